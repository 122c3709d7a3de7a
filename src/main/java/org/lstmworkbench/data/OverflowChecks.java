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

    /**
     * Refuses values a double holds but training cannot use: a scaled value so large that the sum of
     * the squared values overflows (beyond {@code sqrt(Double.MAX_VALUE / n)} for n values, so every
     * loss on it would be infinite and the run "diverge" at epoch 1), and two values so far apart that
     * their difference overflows (the forecast chart and the errors in original units need it).
     */
    static void requireUsable(double[] values, double[] scaled, SeriesLocation where) {
        double bound = Math.sqrt(Double.MAX_VALUE / Math.max(1, scaled.length));
        for (int t = 0; t < values.length; t++) {
            if (Math.abs(scaled[t]) > bound) {
                throw where.error(t, String.format(java.util.Locale.ROOT, "the value %s is too large beside the "
                        + "training part: scaled by the scaler fitted there it is %.3g, beyond %.3g, where the loss "
                        + "of a series of %d values overflows a double", values[t], scaled[t], bound, scaled.length));
            }
        }
        int min = -1;
        int max = -1;
        for (int t = 0; t < values.length; t++) {
            if (!Double.isNaN(values[t])) {
                min = min < 0 || values[t] < values[min] ? t : min;
                max = max < 0 || values[t] > values[max] ? t : max;
            }
        }
        if (min >= 0 && Double.isInfinite(values[max] - values[min])) {
            int later = Math.max(min, max);
            int other = later == max ? min : max;
            throw where.error(later, "the value " + values[later] + " is too far from the value " + values[other]
                    + " of row " + where.rows()[other] + " for a double (their difference overflows)");
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
