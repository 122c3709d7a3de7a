package org.lstmworkbench.training;

import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.model.LossKind;

/** The data part of a loss (no penalty terms) computed from predictions, as the user chose it; cross-entropies clip probabilities like Keras. */
final class LossFunctions {

    /** Probabilities are clipped here before logs, as Keras does with its epsilon. */
    private static final double EPS = 1e-7;

    private LossFunctions() {
    }

    /** Mean loss over all samples and outputs; labels and predictions are {@code [samples][outputs]}. */
    static double loss(LossKind kind, double[][] predicted, double[][] actual) {
        return switch (kind) {
            case MSE -> Losses.mse(predicted, actual);
            case MAE -> Losses.mae(predicted, actual);
            case BINARY_CROSS_ENTROPY -> meanOf(predicted, actual, (p, a) -> {
                double q = Math.min(1 - EPS, Math.max(EPS, p));
                return -(a * Math.log(q) + (1 - a) * Math.log(1 - q));
            });
            case CROSS_ENTROPY -> {
                double sum = 0;
                for (int i = 0; i < predicted.length; i++) {
                    for (int j = 0; j < predicted[i].length; j++) {
                        sum -= actual[i][j] * Math.log(Math.min(1 - EPS, Math.max(EPS, predicted[i][j])));
                    }
                }
                yield sum / predicted.length;
            }
        };
    }

    private interface Term {
        double of(double predicted, double actual);
    }

    private static double meanOf(double[][] predicted, double[][] actual, Term term) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < predicted.length; i++) {
            for (int j = 0; j < predicted[i].length; j++) {
                sum += term.of(predicted[i][j], actual[i][j]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
