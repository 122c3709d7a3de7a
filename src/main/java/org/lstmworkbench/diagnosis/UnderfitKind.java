package org.lstmworkbench.diagnosis;

/** The two underfitting patterns of seed section 8.2.3, which call for different next steps. */
public enum UnderfitKind {
    /** Validation loss still falling at the end: train longer. */
    STILL_IMPROVING,
    /** Both curves flat and high: the model cannot represent the problem as configured. */
    CAPACITY
}
