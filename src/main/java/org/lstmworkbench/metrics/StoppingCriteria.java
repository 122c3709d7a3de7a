package org.lstmworkbench.metrics;

import java.util.Arrays;

/**
 * Stopping criteria: Prechelt's (1998) GL_alpha, PQ_alpha and UP_s, Keras-style patience,
 * and a plain epoch budget. Each is an immutable record validated on construction.
 */
public final class StoppingCriteria {

    private StoppingCriteria() {
    }

    /** GL_alpha: stop as soon as the generalisation loss exceeds {@code alpha} percent. */
    public static EarlyStoppingCriterion generalizationLoss(double alpha) {
        return new GeneralizationLoss(alpha);
    }

    /** PQ_alpha: stop once GL / P_k exceeds {@code alpha}, checked at the end of each strip of k. */
    public static EarlyStoppingCriterion progressQuotient(double alpha, int k) {
        return new ProgressQuotient(alpha, k);
    }

    /** UP_s: stop when validation error rose at the end of s successive strips of length k. */
    public static EarlyStoppingCriterion successiveRises(int s, int k) {
        return new SuccessiveRises(s, k);
    }

    /**
     * Keras {@code EarlyStopping(patience, min_delta)} on validation loss: an epoch improves
     * when its loss is below the best so far minus {@code minDelta}; stop after
     * {@code patience} epochs in a row without improvement.
     */
    public static EarlyStoppingCriterion patience(int patience, double minDelta) {
        return new Patience(patience, minDelta);
    }

    /** Stop after a fixed number of epochs. */
    public static EarlyStoppingCriterion maxEpochs(int epochs) {
        return new MaxEpochs(epochs);
    }

    /** @param alpha threshold in percent, finite and > 0 */
    public record GeneralizationLoss(double alpha) implements EarlyStoppingCriterion {
        public GeneralizationLoss {
            requirePositive(alpha, "GL alpha");
        }

        @Override
        public boolean shouldStop(double[] train, double[] val, int epochsSoFar) {
            double[] v = prefix(val, epochsSoFar, "validation");
            double[] gl = Prechelt.generalizationLoss(v);
            return gl[gl.length - 1] > alpha;
        }
    }

    /**
     * @param alpha threshold on GL/P_k, finite and > 0
     * @param k     strip length in epochs, >= 1 (Prechelt uses 5)
     */
    public record ProgressQuotient(double alpha, int k) implements EarlyStoppingCriterion {
        public ProgressQuotient {
            requirePositive(alpha, "PQ alpha");
            if (k < 1) {
                throw new IllegalArgumentException("PQ strip length k must be >= 1, got " + k);
            }
        }

        @Override
        public boolean shouldStop(double[] train, double[] val, int epochsSoFar) {
            if (epochsSoFar % k != 0) {
                return false; // Prechelt evaluates PQ only at the end of a strip
            }
            double[] t = prefix(train, epochsSoFar, "training");
            double[] v = prefix(val, epochsSoFar, "validation");
            double[] pq = Prechelt.progressQuotient(t, v, k);
            return pq[pq.length - 1] > alpha;
        }
    }

    /**
     * @param s number of successive rising strips, >= 1
     * @param k strip length in epochs, >= 1
     */
    public record SuccessiveRises(int s, int k) implements EarlyStoppingCriterion {
        public SuccessiveRises {
            if (s < 1 || k < 1) {
                throw new IllegalArgumentException("UP needs s >= 1 and k >= 1, got s=" + s + ", k=" + k);
            }
        }

        @Override
        public boolean shouldStop(double[] train, double[] val, int epochsSoFar) {
            double[] v = prefix(val, epochsSoFar, "validation");
            return Prechelt.upStrips(v, epochsSoFar, s, k);
        }
    }

    /**
     * @param patience epochs without improvement before stopping, >= 1
     * @param minDelta smallest decrease that counts as improvement, >= 0
     */
    public record Patience(int patience, double minDelta) implements EarlyStoppingCriterion {
        public Patience {
            if (patience < 1) {
                throw new IllegalArgumentException("Patience must be >= 1 epoch, got " + patience);
            }
            if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
                throw new IllegalArgumentException("min_delta must be finite and >= 0, got " + minDelta);
            }
        }

        @Override
        public boolean shouldStop(double[] train, double[] val, int epochsSoFar) {
            double[] v = prefix(val, epochsSoFar, "validation");
            double best = Double.POSITIVE_INFINITY;
            int wait = 0;
            for (double x : v) {
                if (x < best - minDelta) {
                    best = x;
                    wait = 0;
                } else {
                    wait++;
                }
            }
            return wait >= patience;
        }
    }

    /** @param epochs epoch budget, >= 1 */
    public record MaxEpochs(int epochs) implements EarlyStoppingCriterion {
        public MaxEpochs {
            if (epochs < 1) {
                throw new IllegalArgumentException("Epoch budget must be >= 1, got " + epochs);
            }
        }

        @Override
        public boolean shouldStop(double[] train, double[] val, int epochsSoFar) {
            return epochsSoFar >= epochs;
        }
    }

    private static void requirePositive(double alpha, String what) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(what + " must be finite and > 0, got " + alpha);
        }
    }

    private static double[] prefix(double[] curve, int epochsSoFar, String what) {
        if (curve == null) {
            throw new IllegalArgumentException("This stopping criterion needs a " + what + " curve, got none");
        }
        if (epochsSoFar < 1 || epochsSoFar > curve.length) {
            throw new IllegalArgumentException("epochsSoFar must be in [1, " + curve.length + "] for this "
                    + what + " curve, got " + epochsSoFar);
        }
        return Arrays.copyOf(curve, epochsSoFar);
    }
}
