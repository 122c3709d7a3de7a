package org.lstmworkbench.model;

/** Optimisers offered; plain SGD has no momentum in DL4J, NESTEROV uses {@code momentum}. */
public enum OptimizerKind {
    ADAM, RMSPROP, ADAGRAD, SGD, NESTEROV
}
