package org.lstmworkbench.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lstmworkbench.metrics.Smoothing;

/**
 * Labels a pair of learning curves (seed section 8.2) with evidence and a next step.
 *
 * <p>Rules are checked in this order, first match wins: non-finite loss (DIVERGED), too few
 * epochs (TOO_EARLY), training rising (DATA_MISMATCH if validation falls meanwhile, else
 * DIVERGED), training flat at its start or at the expected initial loss (NOT_LEARNING),
 * validation below training throughout without regularisation (DATA_MISMATCH, unless the best
 * validation loss is no better than the training-mean forecast's: a near-constant model, judged
 * by the at-mean rule below), a sustained
 * rise after the validation minimum (OVERFIT), validation still falling at the end (UNDERFIT
 * STILL_IMPROVING), flat and high (UNDERFIT CAPACITY), a large and widening gap (OVERFIT), then
 * what keeps a settled run from being a good fit (see {@link #notGood}: a best validation loss
 * no better than the training-mean forecast, training levelled off far below validation, a gap
 * that is not small while validation still falls), otherwise GOOD_FIT. Thresholds are in {@link Thresholds}; all are relative, so the label
 * does not depend on the loss's scale.
 *
 * <p>A classifier's input ({@link CurveInput#accuracy()} present) adds the rules of
 * {@link ClassifierRules} to that chain: training loss at ln K (NOT_LEARNING) before the flat-loss
 * rule, which a training accuracy clearly above chance vetoes; validation accuracy above training
 * accuracy throughout (DATA_MISMATCH) after the loss's mismatch rule; OVERFIT still by the losses
 * (the advice names the validation accuracy too); validation accuracy still rising at the end
 * (UNDERFIT STILL_IMPROVING) after the loss's rule; both accuracies near chance (UNDERFIT
 * CAPACITY) before the loss's capacity rule. Its suggestion starts with both accuracy curves in
 * words, and the evidence holds their numbers.
 *
 * @implNote Stateless and thread-safe.
 */
public final class CurveDiagnoser {

    static final String SUGGEST_MORE_EPOCHS = "Validation loss was still falling at the end: train for more epochs.";
    static final String SUGGEST_MORE_EPOCHS_TRAINING = "Training loss was still falling at the end: train for "
            + "more epochs, and add a validation set to see when to stop.";
    static final String SUGGEST_CAPACITY = "Both curves are flat and high: add memory cells or layers, "
            + "or reduce regularisation.";
    static final String SUGGEST_GOOD = "The curves settled with a small gap: keep this configuration and "
            + "estimate its skill over repeated runs.";
    static final String SUGGEST_GOOD_MEDIUM_GAP = "The curves settled, but validation loss stays clearly above "
            + "training loss: keep this configuration as a candidate and try a little regularisation (dropout) or "
            + "more data to close the gap; estimate its skill over repeated runs.";
    static final String SUGGEST_AT_MEAN = "The best validation loss is no better than always predicting the "
            + "training mean: the network learnt nothing a constant could not. Lower the learning rate first (too "
            + "high a rate drives an LSTM to a constant output), then add memory cells or layers.";
    static final String SUGGEST_CAPACITY_GAP = "Training loss levelled off far below validation loss, and both "
            + "are flat: add memory cells or layers, or reduce regularisation, and check that the validation part "
            + "resembles the training part.";
    static final String SUGGEST_CLOSING_GAP = "Validation loss was still clearly falling towards training loss: "
            + "train for more epochs and see whether the gap closes.";
    static final String SUGGEST_DIVERGED = "Lower the learning rate, add gradient clipping, and check the "
            + "scaling of inputs and targets.";
    static final String SUGGEST_NOT_LEARNING = "Training loss never left its starting level: check the learning "
            + "rate and the data pipeline, and that the model can overfit a tiny subset.";
    static final String SUGGEST_MISMATCH = "Validation behaves unlike training: check the train/validation split "
            + "for leakage or a shift between the sets, and that both losses are computed the same way.";

    /** Diagnoses one run. */
    public Diagnosis diagnose(CurveInput input) {
        double[] train = input.train();
        double[] val = input.val();
        int n = train.length;
        int firstBad = firstNonFinite(train, val);
        if (firstBad >= 0) {
            return diverged(train, firstBad);
        }
        if (n < Thresholds.MIN_EPOCHS) {
            Map<String, Double> e = new LinkedHashMap<>();
            e.put("epochs", (double) n);
            e.put("minEpochs", (double) Thresholds.MIN_EPOCHS);
            return new Diagnosis(FitLabel.TOO_EARLY, null, 1.0, bestEpoch(train, val), e,
                    "Only " + n + " epochs: train for at least " + Thresholds.MIN_EPOCHS + " before judging the curves.");
        }
        CurveFeatures f = CurveFeatures.of(train, val);
        Map<String, Double> e = f.evidence();
        input.naiveBaselineVal().ifPresent(b -> e.put("baselineRatio", (f.hasVal() ? f.valEnd() : f.trainEnd()) / b));
        if (f.hasVal() && input.meanBaselineVal().isPresent()) {
            e.put("bestToMeanBaseline", val[f.bestEpoch() - 1] / input.meanBaselineVal().getAsDouble());
        }
        input.expectedInitialLoss().ifPresent(x -> e.put("endToExpectedInitial", f.trainEnd() / x));
        if (f.hasVal() && bestEpoch(train, val) != f.bestEpoch()) {
            // the chart's best marker and early stopping's restored weights take the raw minimum; the
            // labeller takes the raw minimum near the smoothed one, so one lucky epoch cannot set it
            e.put("lowestValEpoch", (double) bestEpoch(train, val));
        }
        AccuracyFeatures a = input.accuracy().map(acc -> AccuracyFeatures.of(acc, f)).orElse(null);
        if (a == null) {
            return judge(input, f, null, e);
        }
        a.addTo(e);
        return ClassifierRules.withSummary(judge(input, f, a, e), a, f);
    }

    /** {@code a} is null for a regression run: only the loss rules apply then. */
    private Diagnosis judge(CurveInput in, CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        Diagnosis failure = failure(in, f, a, e);
        return failure != null ? failure : shape(in, f, a, e);
    }

    /** The failure patterns (rising, not learning, mismatched sets), or null when none applies. */
    private static Diagnosis failure(CurveInput in, CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        int best = f.bestEpoch();
        if (f.trainRiseFromMin() > Thresholds.TRAIN_RISE && f.trainRiseShare() > Thresholds.TRAIN_RISE_RANGE_SHARE) {
            double conf = above(f.trainRiseFromMin(), Thresholds.TRAIN_RISE);
            if (f.hasVal() && f.valRelChange() < -Thresholds.VAL_FALL && f.valEndT() < 0) {
                return new Diagnosis(FitLabel.DATA_MISMATCH, null, conf, best, e,
                        "Training loss rose while validation loss fell. " + SUGGEST_MISMATCH);
            }
            return new Diagnosis(FitLabel.DIVERGED, null, conf, best, e, "Training loss rose. " + SUGGEST_DIVERGED);
        }
        Diagnosis atChance = a == null ? null : ClassifierRules.notLearningAtChance(f, a, e);
        if (atChance != null) {
            return atChance;
        }
        boolean nearChance = in.expectedInitialLoss().isPresent()
                && Math.abs(f.trainEnd() / in.expectedInitialLoss().getAsDouble() - 1) < Thresholds.NEAR_EXPECTED_INITIAL;
        // a classifier clearly above chance accuracy learnt, however flat its loss (one long first epoch)
        boolean learnt = a != null && ClassifierRules.learntAboveChance(a);
        if ((f.trainRelImprovement() < Thresholds.NOT_LEARNING_MAX_IMPROVEMENT || nearChance) && !learnt) {
            double conf = nearChance ? 0.9 : below(f.trainRelImprovement(), Thresholds.NOT_LEARNING_MAX_IMPROVEMENT);
            return new Diagnosis(FitLabel.NOT_LEARNING, null, conf, best, e, SUGGEST_NOT_LEARNING);
        }
        // A model no better than the training mean predicts a near-constant: its validation loss is
        // then the validation part's spread about the training mean, and lying below training only
        // says that part varies less. That is no sign of leakage (which makes validation better than
        // it should be, not as bad as a constant): the at-mean rule of notGood labels such a run.
        if (f.hasVal() && !in.regularised() && f.valBelowTrainShare() >= Thresholds.VAL_BELOW_SHARE
                && !atMeanBaseline(e)) {
            return new Diagnosis(FitLabel.DATA_MISMATCH, null, above(f.valBelowTrainShare(), Thresholds.VAL_BELOW_SHARE),
                    best, e, "Validation loss stayed clearly below training loss without dropout or noise. "
                    + SUGGEST_MISMATCH);
        }
        return a == null ? null : ClassifierRules.accuracyMismatch(in, f, a, e);
    }

    /** The shape of a run that learnt: overfit, underfit (still improving or capacity), good fit. */
    private Diagnosis shape(CurveInput in, CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        int best = f.bestEpoch();
        if (f.hasVal() && risesAfterMinimum(f)) {
            return new Diagnosis(FitLabel.OVERFIT, null, above(f.glEnd(), Thresholds.OVERFIT_GL), best, e,
                    a == null ? overfitSuggestion(best) : ClassifierRules.overfitSuggestion(in, a, best));
        }
        double endDrop = f.hasVal() ? -f.valEndSlope() : -f.trainEndSlope();
        double endT = f.hasVal() ? f.valEndT() : f.trainEndT();
        double endShare = f.hasVal() ? -f.valEndShare() : -f.trainEndShare();
        boolean settling = endShare > Thresholds.STILL_IMPROVING_MIN_SHARE
                || (endDrop > Thresholds.STILL_IMPROVING_STRONG_DROP && endT < -Thresholds.STILL_IMPROVING_STRONG_T
                    && !beatsBaseline(in, f));
        if (endDrop > Thresholds.STILL_IMPROVING_MIN_DROP && settling && endT < -Thresholds.CLEAR_T) {
            return new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING,
                    above(endDrop, Thresholds.STILL_IMPROVING_MIN_DROP), best, e,
                    f.hasVal() ? SUGGEST_MORE_EPOCHS : SUGGEST_MORE_EPOCHS_TRAINING);
        }
        Diagnosis classifier = a == null ? null : firstNonNull(ClassifierRules.stillRising(f, a, e),
                ClassifierRules.chancePlateau(f, a, e));
        if (classifier != null) {
            return classifier;
        }
        boolean trainFlat = !(-f.trainEndSlope() > Thresholds.STILL_IMPROVING_MIN_DROP
                && (-f.trainEndShare() > Thresholds.STILL_IMPROVING_MIN_SHARE
                    || (-f.trainEndSlope() > Thresholds.STILL_IMPROVING_STRONG_DROP
                        && f.trainEndT() < -Thresholds.STILL_IMPROVING_STRONG_T && !beatsBaseline(in, f)))
                && f.trainEndT() < -Thresholds.CLEAR_T);
        if (trainFlat && high(in, f)) {
            double conf = in.naiveBaselineVal().isPresent() ? 0.8 : 0.6;
            return new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY, conf, best, e, SUGGEST_CAPACITY);
        }
        // Relative to its level, not its range: a training loss halving every few epochs towards
        // zero is memorising, however small its remaining share of the range.
        boolean trainStillFalling = -f.trainEndSlope() > Thresholds.STILL_IMPROVING_MIN_DROP
                && f.trainEndT() < -Thresholds.CLEAR_T;
        // ...but only while validation has stalled: a validation loss still falling clearly
        // relative to its own level (the seed's toy between epochs 600 and 740 falls over 100%
        // of its end level per window) is catching up, not overfitting.
        boolean valStillFalling = f.hasVal() && -f.valEndSlope() > Thresholds.STILL_IMPROVING_MIN_DROP
                && f.valEndT() < -Thresholds.CLEAR_T;
        if (f.hasVal() && trainStillFalling && !valStillFalling && f.gapRatio() > Thresholds.OVERFIT_GAP) {
            return new Diagnosis(FitLabel.OVERFIT, null, 0.5 * above(f.gapRatio(), Thresholds.OVERFIT_GAP), best, e,
                    "Validation loss has stalled far above a still falling training loss: " + overfitSuggestion(best));
        }
        return notGood(in, f, e, valStillFalling).orElseGet(() -> goodFit(f, e));
    }

    /**
     * What keeps a run that learnt and settled from being a good fit: no better than a naive
     * forecast (the training mean judged by the best validation loss, persistence by the end
     * level), training levelled off far below validation (the seed's capacity underfit, 8.2.3:
     * "performance on the training set is better than on validation and both have levelled
     * off"), or a gap that is not small while validation is still clearly falling (more epochs
     * pay). Empty when none applies.
     */
    private static Optional<Diagnosis> notGood(CurveInput in, CurveFeatures f, Map<String, Double> e,
                                                         boolean valStillFalling) {
        int best = f.bestEpoch();
        if (atMeanBaseline(e)) {
            return Optional.of(new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY, 0.9, best, e,
                    SUGGEST_AT_MEAN));
        }
        if (in.naiveBaselineVal().isPresent() && high(in, f)) {
            return Optional.of(new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY, 0.8, best, e,
                    SUGGEST_CAPACITY));
        }
        if (!f.hasVal()) {
            return Optional.empty();
        }
        if (f.gapRatio() > Thresholds.OVERFIT_GAP && !valStillFalling) {
            return Optional.of(new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY,
                    above(f.gapRatio(), Thresholds.OVERFIT_GAP), best, e, SUGGEST_CAPACITY_GAP));
        }
        // A larger gap while both still fall is the book's own good fit (the toy at 600-800 epochs:
        // validation, extrapolating beyond the training inputs, stays 2-4x training): its share rule decides.
        if (f.gapRatio() > Thresholds.SMALL_GAP && f.gapRatio() <= Thresholds.OVERFIT_GAP && valStillFalling) {
            return Optional.of(new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING,
                    above(-f.valEndSlope(), Thresholds.STILL_IMPROVING_MIN_DROP), best, e, SUGGEST_CLOSING_GAP));
        }
        return Optional.empty();
    }

    /** Whether the best validation loss is within {@link Thresholds#BASELINE_MIN_GAIN} of the training mean's, or worse. */
    static boolean atMeanBaseline(Map<String, Double> e) {
        Double toMean = e.get("bestToMeanBaseline");
        return toMean != null && toMean > 1 - Thresholds.BASELINE_MIN_GAIN;
    }

    private static Diagnosis firstNonNull(Diagnosis first, Diagnosis second) {
        return first != null ? first : second;
    }

    private static boolean risesAfterMinimum(CurveFeatures f) {
        int sustain = Math.max(Thresholds.MIN_HOLD, (int) Math.ceil(Thresholds.SUSTAIN_SHARE * f.epochs()));
        return f.glEnd() > Thresholds.OVERFIT_GL
                && f.epochsAfterBest() >= sustain
                && f.postBestT() > Thresholds.OVERFIT_RISE_T
                && f.trainChangeAfterBest() <= 0;
    }

    /** Whether the end level is clearly better than the naive baseline (false without a baseline). */
    private static boolean beatsBaseline(CurveInput in, CurveFeatures f) {
        if (in.naiveBaselineVal().isEmpty()) {
            return false;
        }
        double level = f.hasVal() ? f.valEnd() : f.trainEnd();
        return level <= in.naiveBaselineVal().getAsDouble() * (1 - Thresholds.BASELINE_MIN_GAIN);
    }

    /**
     * Flat and high: no better than the naive baseline, or (without one) far from zero relative to
     * its start; a classifier's start is the untrained loss ln K, so a loss flat from its first
     * epoch far below chance (one long epoch did the learning) is not high.
     */
    private static boolean high(CurveInput in, CurveFeatures f) {
        if (in.naiveBaselineVal().isPresent()) {
            double level = f.hasVal() ? f.valEnd() : f.trainEnd();
            return level > in.naiveBaselineVal().getAsDouble() * (1 - Thresholds.BASELINE_MIN_GAIN);
        }
        OptionalDouble chance = in.accuracy().map(AccuracyCurves::chanceLoss).orElse(OptionalDouble.empty());
        if (chance.isPresent()) {
            return f.trainEnd() / chance.getAsDouble() > Thresholds.CAPACITY_REMAINING;
        }
        return 1 - f.trainRelImprovement() > Thresholds.CAPACITY_REMAINING;
    }

    private Diagnosis goodFit(CurveFeatures f, Map<String, Double> e) {
        double conf = 0.9;
        if (!f.hasVal()) {
            return new Diagnosis(FitLabel.GOOD_FIT, null, 0.5, f.bestEpoch(), e, "Training loss fell and settled; "
                    + "without a validation curve overfitting cannot be ruled out: add a validation set.");
        }
        boolean mediumGap = f.gapRatio() > Thresholds.SMALL_GAP;
        if (mediumGap) {
            conf -= 0.3; // a medium gap: between a small-gap good fit and the overfitting gap
        }
        if (f.epochsAfterBest() >= f.window()) {
            conf -= 0.2; // validation best is not near the end: it has stalled, not settled at its best
        }
        return new Diagnosis(FitLabel.GOOD_FIT, null, conf, f.bestEpoch(), e,
                mediumGap ? SUGGEST_GOOD_MEDIUM_GAP : SUGGEST_GOOD);
    }

    private static String overfitSuggestion(int best) {
        return "Validation loss was lowest at epoch " + best + ": stop there (early stopping), add regularisation "
                + "such as dropout, or get more data.";
    }

    private static Diagnosis diverged(double[] train, int firstBad) {
        Map<String, Double> e = new LinkedHashMap<>();
        e.put("firstNonFiniteEpoch", (double) firstBad + 1);
        e.put("epochs", (double) train.length);
        return new Diagnosis(FitLabel.DIVERGED, null, 1.0, bestEpoch(train, null), e,
                "Loss became NaN or infinite at epoch " + (firstBad + 1) + ". " + SUGGEST_DIVERGED);
    }

    /** 1-based epoch of the lowest finite raw loss of validation, else training; 0 if none (short or broken runs). */
    private static int bestEpoch(double[] train, double[] val) {
        double[] curve = val != null ? val : train;
        int best = -1;
        for (int i = 0; i < curve.length; i++) {
            if (Double.isFinite(curve[i]) && (best < 0 || curve[i] < curve[best])) {
                best = i;
            }
        }
        return best + 1;
    }

    /** 0-based index of the first NaN/Inf in either curve, or -1. */
    private static int firstNonFinite(double[] train, double[] val) {
        for (int i = 0; i < train.length; i++) {
            if (!Double.isFinite(train[i]) || (val != null && !Double.isFinite(val[i]))) {
                return i;
            }
        }
        return -1;
    }

    /** Confidence for "value above threshold": 0.5 at the threshold, rising towards 1. */
    static double above(double value, double threshold) {
        return clamp(0.5 + 0.5 * (1 - threshold / value));
    }

    /** Confidence for "value below threshold": 0.5 at the threshold, 1 at zero or below. */
    static double below(double value, double threshold) {
        return clamp(0.5 + 0.5 * (1 - value / threshold));
    }

    private static double clamp(double c) {
        return Double.isNaN(c) ? 0.5 : Math.max(0, Math.min(1, c));
    }

    /** The smoothed curve the labeller judges, for charts that want to show the same thing. */
    public static double[] smoothed(double[] curve) {
        return Smoothing.ema(curve, Thresholds.SMOOTHING_WEIGHT);
    }
}
