package org.lstmworkbench.training;

import org.lstmworkbench.model.EarlyStopping;

/**
 * Decides after each epoch whether training should stop early, from the validation curve so
 * far. Rules are small and stateless over the curve; {@link #of(EarlyStopping)} picks the one a
 * configuration asks for. Definitions follow Prechelt (1998), "Early Stopping - But When?".
 */
@FunctionalInterface
public interface StoppingRule {

    /**
     * @param train training losses of epochs 1..n
     * @param val   validation losses of epochs 1..n
     * @return whether to stop after epoch n
     */
    boolean shouldStop(double[] train, double[] val);

    /** Never stops. */
    StoppingRule NEVER = (train, val) -> false;

    /** The rule of these settings. */
    static StoppingRule of(EarlyStopping es) {
        return switch (es.kind()) {
            case OFF -> NEVER;
            case PATIENCE -> patience(es.patience(), es.minDelta());
            case GL -> (train, val) -> generalisationLoss(val) > es.alpha();
            case PQ -> (train, val) -> atStripEnd(val.length, es.strip())
                    && generalisationLoss(val) / trainingProgress(train, es.strip()) > es.alpha();
            case UP -> (train, val) -> risingStrips(val, es.strip()) >= es.strips();
        };
    }

    /**
     * Keras' EarlyStopping: an epoch improves when its loss is below the best so far minus
     * {@code minDelta}; stop once {@code patience} epochs in a row did not improve.
     */
    static StoppingRule patience(int patience, double minDelta) {
        return (train, val) -> {
            double best = Double.POSITIVE_INFINITY;
            int wait = 0;
            for (double v : val) {
                if (v < best - minDelta) {
                    best = v;
                    wait = 0;
                } else {
                    wait++;
                }
            }
            return wait >= patience;
        };
    }

    /** GL(t) = 100 (E_va(t) / E_opt(t) - 1), E_opt the lowest validation loss up to t. */
    static double generalisationLoss(double[] val) {
        double opt = Double.POSITIVE_INFINITY;
        for (double v : val) {
            opt = Math.min(opt, v);
        }
        return 100 * (val[val.length - 1] / opt - 1);
    }

    /** P_k(t) = 1000 (sum of the last k training losses / (k * their minimum) - 1). */
    static double trainingProgress(double[] train, int k) {
        int n = train.length;
        if (n < k) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = n - k; i < n; i++) {
            sum += train[i];
            min = Math.min(min, train[i]);
        }
        return 1000 * (sum / (k * min) - 1);
    }

    /** Successive strip ends (every k epochs), counted back from the last one, whose loss rose over the previous strip end. */
    static int risingStrips(double[] val, int k) {
        int n = val.length;
        if (!atStripEnd(n, k)) {
            return 0;
        }
        int count = 0;
        for (int t = n - 1; t - k >= 0 && val[t] > val[t - k]; t -= k) {
            count++;
        }
        return count;
    }

    private static boolean atStripEnd(int epochs, int k) {
        return epochs > 0 && epochs % k == 0;
    }
}
