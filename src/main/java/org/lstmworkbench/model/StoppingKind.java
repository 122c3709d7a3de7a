package org.lstmworkbench.model;

/** Early-stopping rule on validation loss. */
public enum StoppingKind {
    /** Train all epochs. */
    OFF,
    /** Keras' EarlyStopping: stop after {@code patience} epochs without an improvement of {@code minDelta}. */
    PATIENCE,
    /** Prechelt's GL_alpha: stop when the generalisation loss exceeds alpha percent. */
    GL,
    /** Prechelt's PQ_alpha: stop when GL / P_k exceeds alpha. */
    PQ,
    /** Prechelt's UP_s: stop when validation loss rose at the end of s successive strips of k epochs. */
    UP
}
