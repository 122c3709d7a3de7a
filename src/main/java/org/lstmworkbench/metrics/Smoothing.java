package org.lstmworkbench.metrics;


/** Smoothing of noisy per-epoch curves before they are judged or drawn. */
public final class Smoothing {

    private Smoothing() {
    }

    /**
     * Exponential moving average with bias correction, as TensorBoard computes it since its
     * debiasing fix: {@code s_t = w s_(t-1) + (1-w) x_t} with {@code s_0 = 0}, reported as
     * {@code s_t / (1 - w^t)} where t counts the finite values seen so far. Without the
     * correction the first points are pulled towards zero, which would look like a fast early
     * drop.
     *
     * <p>Non-finite values (NaN, infinities) are skipped: they do not enter the average, and
     * their position in the result holds the raw value, so a NaN is still visible where it
     * happened but does not poison every later point.
     *
     * @param values the raw curve, not modified
     * @param weight smoothing weight in [0, 1); 0 returns the finite values unchanged
     * @return a new array of the same length
     */
    public static double[] ema(double[] values, double weight) {
        if (values == null) {
            throw new IllegalArgumentException("Cannot smooth a missing curve (null)");
        }
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("Smoothing weight must be in [0, 1), got " + weight);
        }
        double[] out = new double[values.length];
        double state = 0;
        int seen = 0;
        for (int i = 0; i < values.length; i++) {
            double x = values[i];
            if (!Double.isFinite(x)) {
                out[i] = x;
                continue;
            }
            seen++;
            state = weight * state + (1 - weight) * x;
            double debias = 1 - Math.pow(weight, seen);
            out[i] = debias == 0 ? x : state / debias;
        }
        return out;
    }
}
