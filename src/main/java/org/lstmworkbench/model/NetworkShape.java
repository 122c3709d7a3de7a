package org.lstmworkbench.model;

/**
 * What the data asks of a network: input features per time step, outputs per sample, whether the
 * output is a sequence (many-to-many: one output per input step) or one vector taken from the last
 * time step (many-to-one, one-to-one, one-to-many), and the time steps of an input window.
 *
 * @param steps time steps per input window, or 0 when they vary (variable-length sequences) or
 *              are not known yet; architectures whose layers depend on the length (convolutions)
 *              check it in {@link Architecture#problemsFor}
 */
public record NetworkShape(int features, int outputs, boolean sequenceOutput, int steps) {

    public NetworkShape {
        if (features < 1) {
            throw new IllegalArgumentException("a network needs at least 1 input feature, got " + features);
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("a network needs at least 1 output, got " + outputs);
        }
        if (steps < 0) {
            throw new IllegalArgumentException("time steps must be 0 (varying) or more, got " + steps);
        }
    }

    /** A shape whose window length varies or is not known ({@code steps} 0). */
    public NetworkShape(int features, int outputs, boolean sequenceOutput) {
        this(features, outputs, sequenceOutput, 0);
    }

    /** This shape with windows of {@code n} steps. */
    public NetworkShape withSteps(int n) {
        return new NetworkShape(features, outputs, sequenceOutput, n);
    }
}
