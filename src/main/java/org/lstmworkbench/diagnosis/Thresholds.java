package org.lstmworkbench.diagnosis;

/**
 * Every threshold the curve labeller uses. All are relative (ratios, percents, shares of a
 * curve's own range, t-statistics), so a curve multiplied by any positive constant gets the
 * same label. Values are engineering judgement unless a source is named.
 */
public final class Thresholds {

    private Thresholds() {
    }

    /** Fewer epochs than this cannot show a minimum followed by a sustained rise, or a settled end. */
    public static final int MIN_EPOCHS = 10;

    /**
     * EMA weight for smoothing before judging minima and levels. TensorBoard's default: lag of
     * w/(1-w) = 1.5 epochs, halves white-noise amplitude, so one epoch's wiggle cannot set the minimum.
     */
    public static final double SMOOTHING_WEIGHT = 0.6;

    /** End window as a share of the run: trends are fitted over the last 20% of the epochs. */
    public static final double END_WINDOW_SHARE = 0.2;

    /** Smallest end window in epochs: a regression on fewer points is one wiggle. */
    public static final int MIN_END_WINDOW = 5;

    /** |t| of a fitted slope above which the trend stands clearly out of epoch-to-epoch noise (~99.5%). */
    public static final double CLEAR_T = 3.0;

    /**
     * Smallest relative drop of validation loss over the end window that counts as "still
     * improving": below 1% of its level more epochs buy too little to recommend them.
     */
    public static final double STILL_IMPROVING_MIN_DROP = 0.01;

    /**
     * Smallest share of the curve's whole fall still happening in the end window for "still
     * improving": a curve that has done 95% of its falling has settled, even if noise makes
     * its last window tilt downwards.
     */
    public static final double STILL_IMPROVING_MIN_SHARE = 0.05;

    /**
     * A relative drop over the end window that means "still improving" whatever its share of
     * the whole fall, while the model is not yet better than the naive baseline (or no baseline
     * is known): a curve that fell 100-fold early and still loses 10% of its level per end
     * window (the seed's toy between epochs 180 and 580, above persistence) has not settled and
     * more epochs pay; once it beats the baseline, the share rule alone decides.
     */
    public static final double STILL_IMPROVING_STRONG_DROP = 0.10;

    /**
     * |t| the strong-drop rule also needs: twice {@link #CLEAR_T}, so that noise alone (a plateau
     * at 5% noise reaches t = -3 over 20 epochs about once in a few hundred curves) never passes
     * it, while real descents sit far beyond (the seed's toy: t below -50).
     */
    public static final double STILL_IMPROVING_STRONG_T = 6.0;

    /**
     * Generalisation loss (Prechelt's GL, percent above the best smoothed validation loss) at the
     * end above which a rise is overfitting: Prechelt's GL_5 stopping class.
     */
    public static final double OVERFIT_GL = 5.0;

    /** t of the post-minimum validation trend needed to call a rise sustained rather than noise. */
    public static final double OVERFIT_RISE_T = 2.0;

    /** A rise must last at least this share of the run (and {@link #MIN_HOLD} epochs) to be sustained. */
    public static final double SUSTAIN_SHARE = 0.05;

    /** Smallest number of epochs a rise must last, and the least hysteresis of the live labeller. */
    public static final int MIN_HOLD = 3;

    /**
     * Training loss climbing more than 25% above its smoothed minimum, and more than half of its
     * range back, is rising: optimisation failing, not noise.
     */
    public static final double TRAIN_RISE = 0.25;

    /** Share of its range a rising training curve must have climbed back (see {@link #TRAIN_RISE}). */
    public static final double TRAIN_RISE_RANGE_SHARE = 0.5;

    /**
     * Training loss that improved less than 5% from its first epochs to its end has not
     * learnt: real fits drop by far more in the first few epochs.
     */
    public static final double NOT_LEARNING_MAX_IMPROVEMENT = 0.05;

    /** Ending within 5% of the expected initial loss (an untrained model's loss) is not learning. */
    public static final double NEAR_EXPECTED_INITIAL = 0.05;

    /** Validation below training by more than 10% of the training loss is a clear margin. */
    public static final double VAL_BELOW_MARGIN = 0.10;

    /** "Throughout": at least 90% of epochs (after smoothing) show the margin. */
    public static final double VAL_BELOW_SHARE = 0.90;

    /** Validation must fall by at least 10% over the run to count as falling while training rises. */
    public static final double VAL_FALL = 0.10;

    /** A model must beat the naive baseline's validation loss by at least 5% to count as better. */
    public static final double BASELINE_MIN_GAIN = 0.05;

    /**
     * Without a baseline: training loss still above half of its starting level when flat means
     * capacity is missing (good fits drop by an order of magnitude or more). For a classifier
     * whose K is known the start is the untrained loss ln K: above half of it is high.
     */
    public static final double CAPACITY_REMAINING = 0.5;

    /**
     * Validation loss more than twice the training loss at the end (gap ratio above 1) while
     * training still falls and validation has stalled (not falling by
     * {@link #STILL_IMPROVING_MIN_DROP} of its level with t beyond {@link #CLEAR_T}) is
     * overfitting even before validation has clearly risen.
     */
    public static final double OVERFIT_GAP = 1.0;

    /** Gap ratio up to which a fit counts as having a small gap (full GOOD_FIT confidence). */
    public static final double SMALL_GAP = 0.3;

    /** Hysteresis of the live labeller as a share of the epochs so far (at least {@link #MIN_HOLD}). */
    public static final double HOLD_SHARE = 0.05;

    /** Prechelt's strip length for P_k and PQ in the evidence. */
    public static final int STRIP = 5;

    // Classifiers (applied only when accuracy curves or the number of classes are known).

    /**
     * A classifier's training loss ending within 5% of ln K (the cross-entropy of guessing
     * uniformly over K classes) has not learnt: the same tolerance as
     * {@link #NEAR_EXPECTED_INITIAL}, applied to the chance level, so a run that started above
     * ln K (bad initialisation) and only fell to it is caught too.
     */
    public static final double CHANCE_LOSS_TOLERANCE = 0.05;

    /**
     * An accuracy within 10% of the way from chance (max(1/K, majority share)) to 1 is "near
     * chance" (0.55 for two balanced classes, 0.25 for six); a training accuracy beyond it shows
     * the model learnt something, which vetoes NOT_LEARNING.
     */
    public static final double CHANCE_ACCURACY_MARGIN = 0.10;

    /**
     * Validation accuracy counts as clearly above training accuracy when its error rate
     * (1 - accuracy, smoothed) is more than 10% below training's: the margin of
     * {@link #VAL_BELOW_MARGIN} on the error rate, needed on {@link #VAL_BELOW_SHARE} of the epochs.
     */
    public static final double VAL_ACC_ABOVE_MARGIN = 0.10;
}
