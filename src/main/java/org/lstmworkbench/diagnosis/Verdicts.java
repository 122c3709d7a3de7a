package org.lstmworkbench.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A diagnosis in two or three plain sentences with its numbers, for people ("Validation loss was
 * lowest at epoch 612 and has risen 14% since, while training loss kept falling."). Written from
 * the label and its evidence only, so a diagnosis read back from run.json reads the same.
 *
 * @implNote Stateless and thread-safe.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** What the curves show, in sentences; the next step is {@link Diagnosis#suggestion()}. */
    public static String of(Diagnosis d) {
        Evidence e = new Evidence(d.evidence());
        return sentences(d, e) + lowestEpochNote(d, e);
    }

    private static String sentences(Diagnosis d, Evidence e) {
        return switch (d.label()) {
            case OVERFIT -> overfit(d, e);
            case UNDERFIT -> d.kind() == UnderfitKind.STILL_IMPROVING ? stillImproving(e) : capacity(d, e);
            case GOOD_FIT -> goodFit(d, e);
            case NOT_LEARNING -> notLearning(e);
            case DIVERGED -> diverged(e);
            case DATA_MISMATCH -> mismatch(e);
            case TOO_EARLY -> String.format(Locale.ROOT, "Only %d epochs so far: the curves need at least %d "
                    + "before they can be judged.", e.epochs("epochs"), e.epochs("minEpochs"));
        };
    }

    /**
     * A repeat group's verdict in words: how many runs got which label, then the mean curve's
     * label and its sentences ("4 of 5 runs: Overfit; 1 of 5: Good fit. The mean curve of the 5
     * runs: Overfit. Validation loss was lowest at ...").
     */
    public static String group(RepeatDiagnosis r) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        r.runs().forEach(d -> counts.merge(LabelGlossary.words(d), 1, Integer::sum));
        List<Map.Entry<String, Integer>> byCount = new ArrayList<>(counts.entrySet());
        // most frequent first; a stable sort keeps ties in the order first seen
        byCount.sort((x, y) -> Integer.compare(y.getValue(), x.getValue()));
        StringBuilder s = new StringBuilder();
        int n = r.runs().size();
        for (int i = 0; i < byCount.size(); i++) {
            Map.Entry<String, Integer> c = byCount.get(i);
            s.append(i == 0 ? "" : "; ").append(c.getValue()).append(" of ").append(n).append(i == 0 ? " runs: " : ": ")
                    .append(c.getKey());
        }
        s.append(". The mean curve of the ").append(n).append(" runs: ").append(LabelGlossary.words(r.meanCurve()))
                .append(". ").append(of(r.meanCurve()));
        Map<String, Double> m = r.meanCurve().evidence();
        if (m.containsKey("valAccLast") || m.containsKey("trainAccLast")) {
            // a classifier group talks about accuracy as its label does
            EvidenceTerms.Term acc = EvidenceTerms.describe("valAccLast");
            List<String> parts = new ArrayList<>();
            if (m.containsKey("valAccLast")) {
                parts.add("validation " + acc.format(m.get("valAccLast")));
            }
            if (m.containsKey("trainAccLast")) {
                parts.add("training " + acc.format(m.get("trainAccLast")));
            }
            s.append(" Mean final accuracy: ").append(String.join(", ", parts))
                    .append(m.containsKey("chanceAccuracy") ? " (chance " + acc.format(m.get("chanceAccuracy")) + ")" : "")
                    .append('.');
        }
        if (r.truncated()) {
            s.append(" The runs differ in length, so the mean curve is cut to the shortest (").append(r.epochsUsed())
                    .append(" epochs).");
        }
        return s.toString();
    }

    /**
     * Why the chart's best marker (the raw minimum) and the diagnosis's best epoch (the raw minimum
     * near the smoothed minimum) differ, when they do; empty otherwise.
     */
    private static String lowestEpochNote(Diagnosis d, Evidence e) {
        if (!e.has("lowestValEpoch") || e.epochs("lowestValEpoch") == d.bestEpoch()) {
            return "";
        }
        return " The single lowest validation loss came at epoch " + e.epochs("lowestValEpoch") + " (the chart's "
                + "best marker, and the weights early stopping restores); the diagnosis judges the smoothed curve, "
                + "lowest around epoch " + d.bestEpoch() + ", so that one epoch's dip does not decide.";
    }

    private static String overfit(Diagnosis d, Evidence e) {
        if (e.get("glEnd") > Thresholds.OVERFIT_GL) {
            double gl = e.get("glEnd");
            // beyond doubling, "risen 3352%" is harder to picture than "risen to 34x its lowest value"
            String rise = gl >= 100 ? "has risen to " + e.ratio(1 + gl / 100) + " its lowest value" : "has risen "
                    + e.pct(gl);
            return "Validation loss was lowest at epoch " + d.bestEpoch() + " and " + rise
                    + " since, while training loss kept falling. " + gapSentence(e);
        }
        return "Validation loss has stopped falling while training loss still fell " + e.share(-e.get("trainEndSlope"))
                + " over the last " + e.epochs("endWindow") + " epochs. " + gapSentence(e);
    }

    private static String stillImproving(Evidence e) {
        if (!e.has("valEndSlope")) {
            return "Training loss was still falling at the end: " + e.share(-e.get("trainEndSlope")) + " over the "
                    + "last " + e.epochs("endWindow") + " epochs. There is no validation curve to compare it with.";
        }
        String s = "Validation loss was still falling at the end: " + e.share(-e.get("valEndSlope")) + " over the last "
                + e.epochs("endWindow") + " epochs, a clear trend (" + EvidenceTerms.describe("valEndT")
                .format(e.get("valEndT")) + "). Over the whole run it fell " + e.share(e.get("relImprovement")) + ".";
        return e.get("gapRatio") > Thresholds.SMALL_GAP ? s + " " + gapSentence(e) : s;
    }

    private static String capacity(Diagnosis d, Evidence e) {
        if (e.has("bestToMeanBaseline") && e.get("bestToMeanBaseline") > 1 - Thresholds.BASELINE_MIN_GAIN) {
            double r = e.get("bestToMeanBaseline");
            String how = Math.abs(r - 1) < 0.005 ? "equals" : r > 1 ? "is " + e.ratio(r) + " of" : "is only "
                    + e.share(1 - r) + " below";
            String s = "The best validation loss " + how + " the loss of always "
                    + "predicting the training mean: the model does no better than a constant.";
            if (e.has("glEnd") && e.get("glEnd") > 1) {
                s += " By the end validation loss had risen " + e.pct(e.get("glEnd")) + " above that best.";
            }
            if (e.has("valBelowTrainShare") && e.get("valBelowTrainShare") >= Thresholds.VAL_BELOW_SHARE) {
                s += " Validation loss stays below training loss on " + e.share(e.get("valBelowTrainShare"))
                        + " of the epochs; for a near-constant model that only says the validation part varies "
                        + "less about the training mean than the training part, no sign of leakage.";
            }
            return s;
        }
        if (e.has("baselineRatio") && e.get("baselineRatio") > 1 - Thresholds.BASELINE_MIN_GAIN) {
            return "Both curves levelled off, and validation loss ended at " + e.ratio(e.get("baselineRatio"))
                    + " the loss of the persistence forecast (each value predicted by the one before): no better "
                    + "than that naive forecast.";
        }
        if (e.has("gapRatio") && e.get("gapRatio") > Thresholds.OVERFIT_GAP) {
            return "Both curves levelled off, with validation loss " + e.ratio(e.get("gapRatio") + 1) + " the "
                    + "training loss at the end. Training is far better than validation, and validation moved only "
                    + e.moved(e.get("valEndSlope")) + " over the last " + e.epochs("endWindow") + " epochs.";
        }
        return "Both curves levelled off high: after " + e.epochs("epochs") + " epochs training loss is still "
                + e.share(1 - e.get("trainRelImprovement")) + " of its starting level.";
    }

    private static String goodFit(Diagnosis d, Evidence e) {
        if (!e.has("valEndSlope")) {
            return "Training loss fell " + e.share(e.get("trainRelImprovement")) + " and levelled off. There is no "
                    + "validation curve, so overfitting cannot be ruled out.";
        }
        StringBuilder s = new StringBuilder("Both curves fell and levelled off: training loss fell ")
                .append(e.share(e.get("trainRelImprovement"))).append(" and validation loss ")
                .append(e.share(e.get("relImprovement"))).append(", and over the last ")
                .append(e.epochs("endWindow")).append(" epochs validation moved only ")
                .append(e.moved(e.get("valEndShare"))).append(" of its whole fall. ").append(gapSentence(e));
        if (e.has("baselineRatio")) {
            s.append(" It ends ").append(e.share(1 - e.get("baselineRatio")))
                    .append(" below the persistence forecast's loss.");
        }
        if (e.get("epochsAfterBest") >= e.get("endWindow")) {
            s.append(" Its lowest validation loss came at epoch ").append(d.bestEpoch()).append(", ")
                    .append(e.epochs("epochsAfterBest")).append(" epochs before the end.");
        }
        return s.toString();
    }

    private static String notLearning(Evidence e) {
        if (e.has("trainEndToChanceLoss") && Math.abs(e.get("trainEndToChanceLoss") - 1)
                < Thresholds.CHANCE_LOSS_TOLERANCE) {
            return "Training loss ended at " + e.ratio(e.get("trainEndToChanceLoss")) + " the chance level ln K of a "
                    + "network guessing uniformly: it has not learnt.";
        }
        if (e.has("endToExpectedInitial")) {
            return "Training loss ended at " + e.ratio(e.get("endToExpectedInitial")) + " the loss of an untrained "
                    + "model: it has not learnt.";
        }
        return "Training loss barely moved: after " + e.epochs("epochs") + " epochs it fell only "
                + e.share(e.get("trainRelImprovement")) + " from where it started.";
    }

    private static String diverged(Evidence e) {
        if (e.has("firstNonFiniteEpoch")) {
            return "The loss became NaN or infinite at epoch " + e.epochs("firstNonFiniteEpoch") + " of "
                    + e.epochs("epochs") + ": training broke down.";
        }
        return "Training loss rose " + e.share(e.get("trainRiseFromMin")) + " above its lowest level and did not come "
                + "back down: training is failing.";
    }

    private static String mismatch(Evidence e) {
        if (e.has("valBelowTrainShare") && e.get("valBelowTrainShare") >= Thresholds.VAL_BELOW_SHARE) {
            return "Validation loss stayed more than 10% below training loss on " + e.share(e.get("valBelowTrainShare"))
                    + " of the epochs, with no dropout or noise to explain it.";
        }
        if (e.has("valAccAboveTrainShare") && e.get("valAccAboveTrainShare") >= Thresholds.VAL_BELOW_SHARE) {
            return "Validation accuracy stayed clearly above training accuracy on "
                    + e.share(e.get("valAccAboveTrainShare")) + " of the epochs, with no dropout or noise to explain it.";
        }
        return "Training loss rose " + e.share(e.get("trainRiseFromMin")) + " above its lowest level while validation "
                + "loss fell " + e.share(e.get("relImprovement")) + ".";
    }

    /** "At the end validation loss is 12% above training loss (a small gap)." */
    private static String gapSentence(Evidence e) {
        double gap = e.get("gapRatio");
        if (!Double.isFinite(gap)) {
            return "";
        }
        if (gap < 0) {
            return "At the end validation loss is " + e.share(-gap) + " below training loss.";
        }
        String size = gap <= Thresholds.SMALL_GAP ? "a small gap" : gap <= Thresholds.OVERFIT_GAP ? "not a small gap"
                : "a large gap";
        String amount = gap > Thresholds.OVERFIT_GAP ? e.ratio(gap + 1) + " the" : e.share(gap) + " above";
        return "At the end validation loss is " + amount + " training loss (" + size + ").";
    }

    /** Evidence lookups and the number formats of the sentences. */
    private record Evidence(Map<String, Double> values) {

        boolean has(String key) {
            return values.containsKey(key) && Double.isFinite(values.get(key));
        }

        double get(String key) {
            Double v = values.get(key);
            return v == null ? Double.NaN : v;
        }

        long epochs(String key) {
            return Math.round(get(key));
        }

        String share(double v) {
            return pct(100 * v);
        }

        /** An end-window change in size only; below 0.1% it is "less than 0.1%", not "0.0%". */
        String moved(double change) {
            return Math.abs(change) < 0.001 ? "less than 0.1%" : share(Math.abs(change));
        }

        String pct(double p) {
            // 99.95% is not 100%: a curve that fell that far still has a level
            String f = Math.abs(p) < 10 ? "%.1f%%" : Math.abs(p) >= 99.5 && Math.abs(p) < 100 ? "%.2f%%" : "%.0f%%";
            return String.format(Locale.ROOT, f, p);
        }

        String ratio(double r) {
            return String.format(Locale.ROOT, r >= 10 ? "%.0f×" : "%.2f×", r);
        }
    }
}
