package org.lstmworkbench.data;

/**
 * Refuses, naming the file row and column, series values a double cannot carry through the
 * transforms: a cell that overflowed when read ({@code 1e309}, a 400-digit number), a value the
 * differencing pushes to infinity, training values too far apart for the scaler to fit
 * ({@code 1e308} beside {@code -1e308}), and a value the fitted scaler sends to infinity.
 * Without these checks such input reached the network and a run "diverged" at epoch 1, or the
 * scaler failed without saying where.
 */
final class OverflowChecks {

    private OverflowChecks() {
    }

    /** Refuses an infinite value of the series as read. */
    static void requireFiniteRaw(double[] raw, SeriesLocation where) {
        for (int t = 0; t < raw.length; t++) {
            if (Double.isInfinite(raw[t])) {
                throw where.error(t, "the number is too large for a double (it overflows to "
                        + (raw[t] > 0 ? "" : "-") + "infinity)");
            }
        }
    }

    /** Refuses a value that became infinite in the power transform or the differencing. */
    static void requireFiniteTransformed(double[] raw, double[] transformed, SeriesLocation where) {
        for (int t = 0; t < raw.length; t++) {
            if (Double.isInfinite(transformed[t])) {
                throw where.error(t, "the value " + raw[t]
                        + " overflows a double in the transform or differencing (values are too large)");
            }
        }
    }

    /**
     * Fits the scaler on the training values from {@code offset} on; a fit that overflows is
     * reported at the training row of largest magnitude.
     */
    static Scaler fitScaler(TransformSpec.Scaling scaling, double[] values, boolean[] training, int offset,
                            SeriesLocation where) {
        double[] fitValues = java.util.stream.IntStream.range(offset, values.length).filter(t -> training[t])
                .mapToDouble(t -> values[t]).toArray();
        try {
            return Scaler.fit(scaling, fitValues);
        } catch (IllegalArgumentException e) {
            int largest = -1;
            for (int t = offset; t < values.length; t++) {
                if (training[t] && (largest < 0 || Math.abs(values[t]) > Math.abs(values[largest]))) {
                    largest = t;
                }
            }
            if (largest < 0) {
                throw e;
            }
            throw where.error(largest, "the value " + values[largest] + " makes the training part's spread too large"
                    + " for a double; the scaler cannot be fitted");
        }
    }

    /** Refuses a value that the fitted scaler sends to infinity (a huge value outside the training part). */
    static void requireFiniteScaled(double[] values, double[] scaled, SeriesLocation where) {
        for (int t = 0; t < values.length; t++) {
            if (Double.isInfinite(scaled[t])) {
                throw where.error(t, "the value " + values[t]
                        + " overflows a double when scaled by the scaler fitted on the training part");
            }
        }
    }
}
