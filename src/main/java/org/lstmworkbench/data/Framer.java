package org.lstmworkbench.data;

import java.util.List;

/**
 * Cuts series into windows. Sample {@code i} is the window starting at series index
 * {@code offset + i} (the first {@code offset} indices have no transformed value); its
 * inputs are the input series at {@code start .. start+timesteps-1} and its targets are
 * where the {@link FrameShape} says. Samples come out in time order.
 *
 * @param shape the framing shape
 * @param lags input sequence length L (used by the many-in shapes)
 * @param horizon forecast horizon H (used by many-to-one and one-to-many)
 */
public record Framer(FrameShape shape, int lags, int horizon) {

    public Framer {
        if (shape == null || lags < 1 || horizon < 1) {
            throw new DataException("framing needs a shape, lags >= 1 and horizon >= 1, got "
                    + shape + ", " + lags + " and " + horizon);
        }
    }

    public int timesteps() {
        return shape.timesteps(lags);
    }

    public int outputs() {
        return shape.outputs(lags, horizon);
    }

    /** Distance from the window start to its last target: the indices a window spans, minus 1. */
    public long span() {
        return shape == FrameShape.MANY_TO_MANY ? lags : (long) timesteps() + outputs() - 1;
    }

    /** How many windows fit in {@code length} values when the first {@code offset} are unusable. */
    public int sampleCount(int length, int offset) {
        return (int) Math.max(0, length - offset - span());
    }

    /** Series index of output {@code j} of sample {@code i}. */
    public int targetIndex(int i, int j, int offset) {
        return offset + i + shape.targetOffset(lags, horizon, j);
    }

    /**
     * Frames all windows.
     *
     * @param inputs transformed input series (one per feature), each as long as {@code target}
     * @param target transformed target series
     * @param original target series in original units
     * @param offset first usable index
     */
    public FramedSet frame(List<double[]> inputs, double[] target, double[] original, int offset) {
        int n = sampleCount(target.length, offset);
        int features = inputs.size();
        int timesteps = timesteps();
        int outputs = outputs();
        double[][][] x = new double[n][features][timesteps];
        double[][] y = new double[n][outputs];
        double[][] yOriginal = new double[n][outputs];
        int[][] indices = new int[n][outputs];
        for (int i = 0; i < n; i++) {
            int start = offset + i;
            for (int f = 0; f < features; f++) {
                System.arraycopy(inputs.get(f), start, x[i][f], 0, timesteps);
            }
            for (int j = 0; j < outputs; j++) {
                int t = targetIndex(i, j, offset);
                indices[i][j] = t;
                y[i][j] = target[t];
                yOriginal[i][j] = original[t];
            }
        }
        return new FramedSet(shape, features, timesteps, outputs, x, y, yOriginal, indices);
    }
}
