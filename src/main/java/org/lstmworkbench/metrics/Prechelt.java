package org.lstmworkbench.metrics;


/**
 * The early-stopping quantities of Prechelt (1998), "Early Stopping - But When?", over
 * per-epoch curves. Array index i is epoch i+1; a value undefined at an epoch is NaN.
 *
 * <p>Losses are assumed non-negative (MSE, cross-entropy), as in the paper. Where the paper's
 * formulas divide by a zero minimum, the result is 0 if the numerator is 0 too and +infinity
 * otherwise, so a curve that reached exactly zero error and rose again is not hidden.
 */
public final class Prechelt {

    private Prechelt() {
    }

    /** E_opt(t): the lowest validation error up to and including epoch t. */
    public static double[] bestSoFar(double[] val) {
        requireCurve(val, "validation");
        double[] opt = new double[val.length];
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < val.length; i++) {
            if (val[i] < best) {
                best = val[i];
            }
            opt[i] = best;
        }
        return opt;
    }

    /** GL(t) = 100 (E_va(t) / E_opt(t) - 1): percent by which validation error exceeds its best. */
    public static double[] generalizationLoss(double[] val) {
        double[] opt = bestSoFar(val);
        double[] gl = new double[val.length];
        for (int i = 0; i < val.length; i++) {
            gl[i] = 100 * (ratio(val[i], opt[i]) - 1);
        }
        return gl;
    }

    /**
     * P_k(t) = 1000 (sum of E_tr over the strip t-k+1..t / (k min of E_tr over that strip) - 1):
     * per mille by which the strip's mean training error exceeds the strip's minimum. Large
     * while training still makes progress, near zero once it has stalled. NaN before the
     * first full strip.
     */
    public static double[] trainingProgress(double[] train, int k) {
        requireCurve(train, "training");
        requireStrip(k);
        double[] p = new double[train.length];
        for (int t = 0; t < train.length; t++) {
            if (t < k - 1) {
                p[t] = Double.NaN;
                continue;
            }
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            for (int i = t - k + 1; i <= t; i++) {
                sum += train[i];
                min = Math.min(min, train[i]);
            }
            p[t] = 1000 * (ratio(sum, k * min) - 1);
        }
        return p;
    }

    /** PQ(t) = GL(t) / P_k(t): generalisation loss per unit of training progress. */
    public static double[] progressQuotient(double[] train, double[] val, int k) {
        if (train == null || val == null || train.length != val.length) {
            throw new IllegalArgumentException("Progress quotient needs training and validation curves of equal "
                    + "length, got " + length(train) + " and " + length(val));
        }
        double[] gl = generalizationLoss(val);
        double[] p = trainingProgress(train, k);
        double[] pq = new double[train.length];
        for (int i = 0; i < pq.length; i++) {
            // No generalisation loss means nothing to trade off, whatever the progress.
            pq[i] = gl[i] == 0 ? 0 : ratio(gl[i], p[i]);
        }
        return pq;
    }

    /**
     * UP_s at 1-based epoch {@code epoch}: true when epoch ends a strip of length k and the
     * validation error rose at the end of each of the last s strips, that is
     * E_va(t - i k) > E_va(t - (i+1) k) for i = 0..s-1. False where the comparison reaches
     * before the first strip's end.
     */
    public static boolean upStrips(double[] val, int epoch, int s, int k) {
        requireCurve(val, "validation");
        requireStrip(k);
        if (s < 1) {
            throw new IllegalArgumentException("UP needs s >= 1 successive strips, got " + s);
        }
        if (epoch < 1 || epoch > val.length) {
            throw new IllegalArgumentException("Epoch " + epoch + " is outside a curve of " + val.length + " epochs");
        }
        if (epoch % k != 0 || epoch - s * k < k) {
            return false;
        }
        for (int i = 0; i < s; i++) {
            int later = epoch - i * k;
            int earlier = later - k;
            if (!(val[later - 1] > val[earlier - 1])) {
                return false;
            }
        }
        return true;
    }

    private static double ratio(double numerator, double denominator) {
        if (Double.isNaN(numerator) || Double.isNaN(denominator)) {
            return Double.NaN;
        }
        if (denominator == 0) {
            return numerator == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        return numerator / denominator;
    }

    private static void requireCurve(double[] curve, String what) {
        if (curve == null) {
            throw new IllegalArgumentException("Missing " + what + " curve (null)");
        }
    }

    private static void requireStrip(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("Strip length k must be >= 1, got " + k);
        }
    }

    private static String length(double[] curve) {
        return curve == null ? "none" : String.valueOf(curve.length);
    }
}
