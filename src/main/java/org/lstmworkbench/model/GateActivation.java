package org.lstmworkbench.model;

/** Activation of an LSTM's input, forget and output gates (Keras' {@code recurrent_activation}). */
public enum GateActivation {
    SIGMOID, HARD_SIGMOID
}
