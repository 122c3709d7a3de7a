package org.lstmworkbench.model;

/** Training loss; the output activation follows from it (identity, sigmoid or softmax). */
public enum LossKind {
    MSE, MAE, BINARY_CROSS_ENTROPY, CROSS_ENTROPY;

    /** Whether this loss is for regression (forecasting) rather than classification. */
    public boolean isRegression() {
        return this == MSE || this == MAE;
    }
}
