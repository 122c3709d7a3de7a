package org.lstmworkbench.data;

/**
 * How a window of the series becomes one sample: how many timesteps go in and which values
 * come out. {@code L} is the number of lags, {@code H} the horizon; a window starting at
 * series index {@code s} reads inputs {@code s .. s+timesteps-1}.
 */
public enum FrameShape {
    /** {@code L} steps in, the next {@code H} values out ({@code s+L .. s+L+H-1}). */
    MANY_TO_ONE,
    /** 1 step in, the next value out (lags and horizon must be 1). */
    ONE_TO_ONE,
    /** 1 step in, the next {@code H} values out (lags must be 1). */
    ONE_TO_MANY,
    /**
     * {@code L} steps in and at every step {@code t} the next value {@code y(t+1)} out, so the
     * output has {@code L} values ({@code s+1 .. s+L}); horizon must be 1.
     */
    MANY_TO_MANY;

    /** Input timesteps per sample. */
    public int timesteps(int lags) {
        return this == MANY_TO_ONE || this == MANY_TO_MANY ? lags : 1;
    }

    /** Output values per sample. */
    public int outputs(int lags, int horizon) {
        return switch (this) {
            case MANY_TO_ONE, ONE_TO_MANY -> horizon;
            case ONE_TO_ONE -> 1;
            case MANY_TO_MANY -> lags;
        };
    }

    /** Series index of output {@code j} relative to the window start. */
    public int targetOffset(int lags, int horizon, int j) {
        return this == MANY_TO_MANY ? j + 1 : timesteps(lags) + j;
    }

    /**
     * Whether each output is a one-step-ahead target whose previous value was observed
     * (many-to-many), rather than a path forecast from one origin.
     */
    public boolean stepwiseTargets() {
        return this == MANY_TO_MANY;
    }
}
