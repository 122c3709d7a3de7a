package org.lstmworkbench.data;

import java.util.Arrays;

/**
 * A fitted affine scaler {@code z = (w - shift) / scale}: min-max to [0, 1] has shift min
 * and scale max-min; to [-1, 1] shift (min+max)/2 and scale (max-min)/2; z-score shift mean
 * and scale the sample standard deviation. A constant training part gets scale 1 (so the
 * transform stays invertible instead of dividing by zero).
 *
 * @param scaling which scaler
 * @param shift value subtracted
 * @param scale positive divisor
 */
public record Scaler(TransformSpec.Scaling scaling, double shift, double scale) {

    public Scaler {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(shift)) {
            throw new IllegalArgumentException("scaler needs a finite shift and positive scale, got "
                    + shift + " and " + scale);
        }
    }

    /** Fits the scaler on the given (training) values. */
    public static Scaler fit(TransformSpec.Scaling scaling, double[] training) {
        if (scaling == TransformSpec.Scaling.NONE) {
            return new Scaler(scaling, 0, 1);
        }
        if (training.length == 0) {
            throw new DataException("cannot fit the scaler: the training part has no values");
        }
        double min = Arrays.stream(training).min().orElseThrow();
        double max = Arrays.stream(training).max().orElseThrow();
        double range = max > min ? max - min : 1;
        return switch (scaling) {
            case MIN_MAX -> new Scaler(scaling, min, range);
            case MIN_MAX_SYMMETRIC -> new Scaler(scaling, (min + max) / 2, range / 2);
            case Z_SCORE -> {
                double mean = Arrays.stream(training).average().orElseThrow();
                double sumSq = Arrays.stream(training).map(v -> (v - mean) * (v - mean)).sum();
                double sd = training.length > 1 ? Math.sqrt(sumSq / (training.length - 1)) : 0;
                yield new Scaler(scaling, mean, sd > 0 ? sd : 1);
            }
            case NONE -> throw new AssertionError(scaling);
        };
    }

    public double apply(double w) {
        return (w - shift) / scale;
    }

    public double invert(double z) {
        return z * scale + shift;
    }
}
