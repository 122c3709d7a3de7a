package org.lstmworkbench.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The transforms a user chose for the series, applied in this order: power (log or
 * Box-Cox), seasonal difference with period {@code seasonalPeriod}, difference of order
 * {@code differenceOrder}, then scaling. Every parameter (Box-Cox lambda when not given,
 * scaler bounds) is fitted on the training part only. Serialisable as it is (Jackson).
 *
 * <p>Files written before {@code shift} and {@link Power#LOG1P} existed read as they are: an absent
 * {@code shift} is 0, so the power transform is unchanged.
 *
 * @param power {@link Power#NONE}, {@link Power#LOG}, {@link Power#LOG1P} or {@link Power#BOX_COX}
 * @param boxCoxLambda the Box-Cox lambda, or {@code null} to fit it by maximum likelihood
 *     (only used with {@link Power#BOX_COX})
 * @param seasonalPeriod seasonal differencing period {@code m >= 2}, or 0 for none
 * @param differenceOrder order {@code d} of plain differencing, 0 (none) to 2
 * @param scaling the scaler applied last
 * @param shift {@code c} added before log or Box-Cox ({@code log(x + c)}), so series holding 0
 *     (sunspots, temperatures) can take them; 0 for none, ignored without a power transform
 */
public record TransformSpec(Power power, Double boxCoxLambda, int seasonalPeriod, int differenceOrder,
                            Scaling scaling, double shift) {

    /**
     * Power transforms that stabilise a growing variance. Log and Box-Cox need {@code x + shift > 0};
     * {@code LOG1P} is {@code log(1 + x + shift)}, which takes the zeros of counts.
     */
    public enum Power { NONE, LOG, LOG1P, BOX_COX }

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

    /** A spec without shift. */
    public TransformSpec(Power power, Double boxCoxLambda, int seasonalPeriod, int differenceOrder, Scaling scaling) {
        this(power, boxCoxLambda, seasonalPeriod, differenceOrder, scaling, 0);
    }

    @JsonCreator
    static TransformSpec fromJson(@JsonProperty("power") Power power, @JsonProperty("boxCoxLambda") Double boxCoxLambda,
                                  @JsonProperty("seasonalPeriod") int seasonalPeriod,
                                  @JsonProperty("differenceOrder") int differenceOrder,
                                  @JsonProperty("scaling") Scaling scaling, @JsonProperty("shift") Double shift) {
        return new TransformSpec(power, boxCoxLambda, seasonalPeriod, differenceOrder, scaling,
                shift == null ? 0 : shift);
    }

    public TransformSpec {
        power = power == null ? Power.NONE : power;
        if (!Double.isFinite(shift)) {
            throw new DataException("the shift before log or Box-Cox must be a finite number, got " + shift);
        }
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
        return new TransformSpec(Power.LOG, null, seasonalPeriod, differenceOrder, scaling, shift);
    }

    /** {@code log(1 + x)}: for series with zeros. */
    public TransformSpec withLog1p() {
        return new TransformSpec(Power.LOG1P, null, seasonalPeriod, differenceOrder, scaling, shift);
    }

    /** Box-Cox with the given lambda, or fitted on the training part when {@code null}. */
    public TransformSpec withBoxCox(Double lambda) {
        return new TransformSpec(Power.BOX_COX, lambda, seasonalPeriod, differenceOrder, scaling, shift);
    }

    /** {@code c} added before the power transform: {@code log(x + c)}. */
    public TransformSpec withShift(double c) {
        return new TransformSpec(power, boxCoxLambda, seasonalPeriod, differenceOrder, scaling, c);
    }

    public TransformSpec withSeasonalDifference(int period) {
        return new TransformSpec(power, boxCoxLambda, period, differenceOrder, scaling, shift);
    }

    public TransformSpec withDifference(int order) {
        return new TransformSpec(power, boxCoxLambda, seasonalPeriod, order, scaling, shift);
    }

    public TransformSpec withScaling(Scaling newScaling) {
        return new TransformSpec(power, boxCoxLambda, seasonalPeriod, differenceOrder, newScaling, shift);
    }

    /** Leading values lost to differencing: {@code seasonalPeriod + differenceOrder}. */
    public int lostValues() {
        return seasonalPeriod + differenceOrder;
    }
}
