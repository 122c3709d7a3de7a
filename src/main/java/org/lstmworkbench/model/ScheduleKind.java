package org.lstmworkbench.model;

/** Learning-rate schedule, applied per epoch. */
public enum ScheduleKind {
    /** Constant learning rate. */
    NONE,
    /** lr * gamma^floor(epoch / step). */
    STEP,
    /** lr * gamma^epoch. */
    EXPONENTIAL,
    /** Cosine annealing from lr to 0 over all epochs (SGDR without restarts). */
    COSINE
}
