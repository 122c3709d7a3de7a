package org.lstmworkbench.forecast;

import java.util.Locale;
import org.lstmworkbench.metrics.Losses;

/**
 * Point errors of a forecast against the actual values, in the target's original units.
 *
 * @param count      the points compared
 * @param rmse       root mean squared error
 * @param mae        mean absolute error
 * @param mape       mean absolute percentage error in percent ({@code 100/n * sum |a - p| / |a|}); NaN when
 *                   not defined
 * @param mapeReason why MAPE is not defined (an actual value is 0, or there are no points); empty when it is
 */
public record ForecastErrors(int count, double rmse, double mae, double mape, String mapeReason) {

    public ForecastErrors {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        mapeReason = mapeReason == null ? "" : mapeReason;
    }

    /** The errors of {@code predicted} against {@code actual} (same length). */
    public static ForecastErrors of(double[] predicted, double[] actual) {
        if (actual.length == 0) {
            return new ForecastErrors(0, Double.NaN, Double.NaN, Double.NaN, "no points");
        }
        int zeros = 0;
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == 0) {
                zeros++;
            } else {
                sum += Math.abs((actual[i] - predicted[i]) / actual[i]);
            }
        }
        // a percentage of 0 is infinite: MAPE is left undefined rather than computed on the other points
        String reason = zeros == 0 ? "" : String.format(Locale.ROOT,
                "not defined: the actual value is 0 at %d of %d points", zeros, actual.length);
        double mape = zeros == 0 ? 100 * sum / actual.length : Double.NaN;
        return new ForecastErrors(actual.length, Losses.rmse(predicted, actual), Losses.mae(predicted, actual), mape,
                reason);
    }

    /** Whether MAPE is defined for these points. */
    public boolean hasMape() {
        return mapeReason.isEmpty() && Double.isFinite(mape);
    }

    /** One line for a person: {@code RMSE 1.23, MAE 0.98, MAPE 4.1%} (MAPE left out when not defined). */
    public String describe() {
        String head = String.format(Locale.ROOT, "RMSE %.4g, MAE %.4g", rmse, mae);
        return hasMape() ? head + String.format(Locale.ROOT, ", MAPE %.3g%%", mape) : head + ", MAPE " + mapeReason;
    }
}
