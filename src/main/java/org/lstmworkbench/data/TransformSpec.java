package org.lstmworkbench.data;

/**
 * The transforms a user chose for the series, applied in this order: power (log or
 * Box-Cox), seasonal difference with period {@code seasonalPeriod}, difference of order
 * {@code differenceOrder}, then scaling. Every parameter (Box-Cox lambda when not given,
 * scaler bounds) is fitted on the training part only. Serialisable as it is (Jackson).
 *
 * @param power {@link Power#NONE}, {@link Power#LOG} or {@link Power#BOX_COX}
 * @param boxCoxLambda the Box-Cox lambda, or {@code null} to fit it by maximum likelihood
 *     (only used with {@link Power#BOX_COX})
 * @param seasonalPeriod seasonal differencing period {@code m >= 2}, or 0 for none
 * @param differenceOrder order {@code d} of plain differencing, 0 (none) to 2
 * @param scaling the scaler applied last
 */
public record TransformSpec(Power power, Double boxCoxLambda, int seasonalPeriod, int differenceOrder,
                            Scaling scaling) {

    /** Power transforms that stabilise a growing variance; both need positive data. */
    public enum Power { NONE, LOG, BOX_COX }

    /** Scalers, fitted on the (transformed) training part. */
    public enum Scaling {
        NONE,
        /** Min-max to [0, 1]. */
        MIN_MAX,
        /** Min-max to [-1, 1]. */
        MIN_MAX_SYMMETRIC,
        /** Z-score: subtract the mean, divide by the standard deviation. */
        Z_SCORE
    }

    public TransformSpec {
        power = power == null ? Power.NONE : power;
        scaling = scaling == null ? Scaling.NONE : scaling;
        if (seasonalPeriod < 0 || seasonalPeriod == 1) {
            throw new DataException("seasonal period must be 0 (none) or at least 2, got " + seasonalPeriod);
        }
        if (differenceOrder < 0 || differenceOrder > 2) {
            throw new DataException("difference order must be 0, 1 or 2, got " + differenceOrder);
        }
        if (boxCoxLambda != null && !(Math.abs(boxCoxLambda) <= 5)) {
            throw new DataException("Box-Cox lambda must lie in [-5, 5], got " + boxCoxLambda);
        }
    }

    /** No transform at all: the model sees the raw values. */
    public static TransformSpec none() {
        return new TransformSpec(Power.NONE, null, 0, 0, Scaling.NONE);
    }

    /** Only a scaler. */
    public static TransformSpec scaled(Scaling scaling) {
        return none().withScaling(scaling);
    }

    public TransformSpec withLog() {
        return new TransformSpec(Power.LOG, null, seasonalPeriod, differenceOrder, scaling);
    }

    /** Box-Cox with the given lambda, or fitted on the training part when {@code null}. */
    public TransformSpec withBoxCox(Double lambda) {
        return new TransformSpec(Power.BOX_COX, lambda, seasonalPeriod, differenceOrder, scaling);
    }

    public TransformSpec withSeasonalDifference(int period) {
        return new TransformSpec(power, boxCoxLambda, period, differenceOrder, scaling);
    }

    public TransformSpec withDifference(int order) {
        return new TransformSpec(power, boxCoxLambda, seasonalPeriod, order, scaling);
    }

    public TransformSpec withScaling(Scaling newScaling) {
        return new TransformSpec(power, boxCoxLambda, seasonalPeriod, differenceOrder, newScaling);
    }

    /** Leading values lost to differencing: {@code seasonalPeriod + differenceOrder}. */
    public int lostValues() {
        return seasonalPeriod + differenceOrder;
    }
}
