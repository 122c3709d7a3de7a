package org.lstmworkbench.diagnosis;

import java.util.Locale;
import java.util.Map;

/**
 * The labeller's rules for classifiers, applied by {@link CurveDiagnoser} only when the input
 * carries {@link AccuracyCurves}, so regression runs are labelled by the loss rules alone.
 *
 * <p>Chance levels are absolute by nature: an untrained K-class softmax scores cross-entropy
 * ln K (in nats, as Keras and DL4J report it) and the best constant guess scores accuracy
 * max(1/K, majority share). Everything else is relative, as in {@link Thresholds}.
 *
 * <p>A plateau near chance is labelled NOT_LEARNING when the training loss itself stayed near
 * ln K (the network never left its untrained state), and UNDERFIT (CAPACITY) when the loss did
 * move but both accuracies stayed near chance (the model learnt the class balance and no more).
 */
final class ClassifierRules {

    static final String SUGGEST_AT_CHANCE = "check the learning rate, that the labels belong to their sequences "
            + "(one-hot for the softmax output, not shuffled against the inputs), and that the model can overfit a "
            + "tiny subset.";
    static final String SUGGEST_ACC_RISING = "Validation accuracy had not settled: train for more epochs.";
    static final String SUGGEST_CHANCE_PLATEAU = "the model learnt no more than the class balance; check that the "
            + "inputs carry the label (label column, split, scaling), then add memory cells or layers.";

    private ClassifierRules() {
    }

    /**
     * Training loss ended within {@link Thresholds#CHANCE_LOSS_TOLERANCE} of ln K, and (when
     * measured) training accuracy is not clearly above chance: NOT_LEARNING, or null.
     */
    static Diagnosis notLearningAtChance(CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        double off = Math.abs(a.trainEndToChanceLoss() - 1);
        if (!(off < Thresholds.CHANCE_LOSS_TOLERANCE) || learntAboveChance(a)) {
            return null;
        }
        String words = String.format(Locale.ROOT, "Training loss ended at %.3g, within %.0f%% of the chance level "
                        + "ln %d = %.3g of a network guessing uniformly", f.trainEnd(),
                100 * Thresholds.CHANCE_LOSS_TOLERANCE, Math.round(Math.exp(a.chanceLoss())), a.chanceLoss());
        return new Diagnosis(FitLabel.NOT_LEARNING, null, CurveDiagnoser.below(off, Thresholds.CHANCE_LOSS_TOLERANCE),
                f.bestEpoch(), e, words + ": " + SUGGEST_AT_CHANCE);
    }

    /**
     * Whether training accuracy ended clearly above chance (more than
     * {@link Thresholds#CHANCE_ACCURACY_MARGIN} of the way to 1); false when either is unknown.
     */
    static boolean learntAboveChance(AccuracyFeatures a) {
        return a.hasTrain() && a.aboveChance(a.trainEnd()) > Thresholds.CHANCE_ACCURACY_MARGIN;
    }

    /** Validation accuracy clearly above training accuracy on most epochs without regularisation, or null. */
    static Diagnosis accuracyMismatch(CurveInput in, CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        if (in.regularised() || !(a.valAboveTrainShare() >= Thresholds.VAL_BELOW_SHARE)) {
            return null;
        }
        String words = String.format(Locale.ROOT, "Validation accuracy stayed clearly above training accuracy on "
                + "%.0f%% of the epochs without dropout or noise. ", 100 * a.valAboveTrainShare());
        return new Diagnosis(FitLabel.DATA_MISMATCH, null,
                CurveDiagnoser.above(a.valAboveTrainShare(), Thresholds.VAL_BELOW_SHARE), f.bestEpoch(), e,
                words + CurveDiagnoser.SUGGEST_MISMATCH);
    }

    /** The monitored accuracy still rising at the end: UNDERFIT (STILL_IMPROVING), or null. */
    static Diagnosis stillRising(CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        if (!a.stillRising()) {
            return null;
        }
        String next = a.monitoredIsVal() ? SUGGEST_ACC_RISING
                : "Training accuracy had not settled: train for more epochs.";
        return new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING,
                CurveDiagnoser.above(a.endErrorDrop(), Thresholds.STILL_IMPROVING_MIN_DROP), f.bestEpoch(), e, next);
    }

    /**
     * Every measured accuracy ended within {@link Thresholds#CHANCE_ACCURACY_MARGIN} of chance
     * (and is not still rising, which is checked before): UNDERFIT (CAPACITY), or null.
     */
    static Diagnosis chancePlateau(CurveFeatures f, AccuracyFeatures a, Map<String, Double> e) {
        if (Double.isNaN(a.chanceAccuracy()) || !(a.hasTrain() || a.hasVal())) {
            return null;
        }
        double worst = Math.max(a.hasTrain() ? a.aboveChance(a.trainEnd()) : Double.NEGATIVE_INFINITY,
                a.hasVal() ? a.aboveChance(a.valEnd()) : Double.NEGATIVE_INFINITY);
        if (!(worst < Thresholds.CHANCE_ACCURACY_MARGIN)) {
            return null;
        }
        String words = String.format(Locale.ROOT, "The loss moved but the accuracies ended within %.0f%% of the way "
                + "from chance (%.2f) to perfect: ", 100 * Thresholds.CHANCE_ACCURACY_MARGIN, a.chanceAccuracy());
        return new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY,
                CurveDiagnoser.below(Math.max(worst, 0), Thresholds.CHANCE_ACCURACY_MARGIN), f.bestEpoch(), e,
                words + SUGGEST_CHANCE_PLATEAU);
    }

    /** The overfitting advice with both losses and the validation accuracy in words. */
    static String overfitSuggestion(CurveInput in, AccuracyFeatures a, int best) {
        double[] train = in.train();
        double[] val = in.val();
        int n = train.length;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Validation loss was lowest at epoch %d (%.3g) and rose to %.3g while training loss fell from %.3g to "
                        + "%.3g", best, val[best - 1], val[n - 1], train[0], train[n - 1]));
        if (!Double.isNaN(a.valAtBest())) {
            s.append(String.format(Locale.ROOT, "; validation accuracy was %.2f there and %.2f at the end",
                    a.valAtBest(), a.valLast()));
            if (a.valLast() >= a.valAtBest()) {
                s.append(" (a rising loss beside a steady accuracy: the model grows over-confident on the examples it "
                        + "gets wrong)");
            }
        }
        return s.append(": stop at epoch ").append(best).append(" (early stopping), add regularisation such as "
                + "dropout, or get more data.").toString();
    }

    /** {@code d} with a sentence on the accuracy curves before its suggestion. */
    static Diagnosis withSummary(Diagnosis d, AccuracyFeatures a, CurveFeatures f) {
        String words = summary(a, f);
        if (words.isEmpty()) {
            return d;
        }
        return new Diagnosis(d.label(), d.kind(), d.confidence(), d.bestEpoch(), d.evidence(),
                words + " " + d.suggestion());
    }

    /**
     * Both accuracy curves in plain words, e.g. "Validation accuracy rose from 0.41 to 0.87 and
     * was still rising over the last 20% of epochs; training accuracy rose from 0.45 to 0.93
     * (chance 0.50)."; empty when no accuracy was measured.
     */
    static String summary(AccuracyFeatures a, CurveFeatures f) {
        String end = String.format(Locale.ROOT, " over the last %d%% of epochs",
                Math.round(100.0 * f.window() / f.epochs()));
        String trend = a.stillRising() ? " and was still rising" + end
                : a.falling() ? " and was falling" + end : " and had settled" + end;
        StringBuilder s = new StringBuilder();
        if (a.hasVal()) {
            s.append(change("Validation accuracy", a.valFirst(), a.valLast())).append(trend);
        }
        if (a.hasTrain()) {
            s.append(s.length() == 0 ? "" : "; ")
                    .append(change(s.length() == 0 ? "Training accuracy" : "training accuracy", a.trainFirst(),
                            a.trainLast()))
                    .append(a.hasVal() ? "" : trend);
        }
        if (s.length() == 0) {
            return "";
        }
        if (!Double.isNaN(a.chanceAccuracy())) {
            s.append(String.format(Locale.ROOT, " (chance %.2f)", a.chanceAccuracy()));
        }
        return s.append('.').toString();
    }

    private static String change(String what, double first, double last) {
        if (Math.abs(last - first) < 0.005) {
            return String.format(Locale.ROOT, "%s stayed at %.2f", what, last);
        }
        return String.format(Locale.ROOT, "%s %s from %.2f to %.2f", what, last > first ? "rose" : "fell", first, last);
    }
}
