package org.lstmworkbench.training;

/** How a training run stands or ended. */
public enum RunStatus {
    /** Still training. */
    RUNNING,
    /** Trained every epoch asked for. */
    DONE,
    /** Stopped by the user; the history so far is kept. */
    CANCELLED,
    /** A loss became NaN or infinite; the finite part of the history is kept. */
    DIVERGED,
    /** Ended by the early-stopping rule. */
    EARLY_STOPPED,
    /** An internal error ended the run (not produced by the trainer; the window marks runs so). */
    FAILED;

    /** Lower-case name for files and tables. */
    public String label() {
        return name().toLowerCase().replace('_', '-');
    }
}
