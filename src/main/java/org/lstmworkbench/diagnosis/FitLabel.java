package org.lstmworkbench.diagnosis;

/** What a pair of learning curves says about a fit (seed section 8.2 and the checklists). */
public enum FitLabel {
    /** The model has not learnt what it could: still improving, or too little capacity. */
    UNDERFIT,
    /** Both curves fell and settled with a small gap; validation best near the end. */
    GOOD_FIT,
    /** Validation loss passed a minimum and rose while training loss kept falling. */
    OVERFIT,
    /** Training loss stayed at its initial level (or at the loss of an untrained model). */
    NOT_LEARNING,
    /** Training loss became NaN or infinite, or rose over the run. */
    DIVERGED,
    /** The curves disagree in a way a correct split would not produce. */
    DATA_MISMATCH,
    /** Too few epochs to judge. */
    TOO_EARLY
}
