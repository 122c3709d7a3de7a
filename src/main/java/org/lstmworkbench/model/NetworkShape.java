package org.lstmworkbench.model;

/**
 * What the data asks of a network: input features per time step, outputs per sample, and
 * whether the output is a sequence (many-to-many: one output per input step) or one vector
 * taken from the last time step (many-to-one, one-to-one, one-to-many).
 */
public record NetworkShape(int features, int outputs, boolean sequenceOutput) {

    public NetworkShape {
        if (features < 1) {
            throw new IllegalArgumentException("a network needs at least 1 input feature, got " + features);
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("a network needs at least 1 output, got " + outputs);
        }
    }
}
