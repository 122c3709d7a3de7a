package org.lstmworkbench.model;

/** Activation of an LSTM's cell input and output (Keras' {@code activation}). */
public enum CellActivation {
    TANH, SOFTSIGN, SIGMOID, RELU
}
