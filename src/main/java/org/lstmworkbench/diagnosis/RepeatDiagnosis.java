package org.lstmworkbench.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Diagnosis of repeated runs of one configuration (seed section 8.2.6): a label per run, a
 * label for the mean curve, and how far the runs agree.
 *
 * <p>The mean curve is the per-epoch mean over runs. Runs of unequal length (early stopping)
 * are truncated to the shortest, and the agreement text says so. A run with NaN makes the
 * mean NaN from that epoch, so the mean curve is then labelled DIVERGED: a configuration that
 * diverges in one run of five is not reliable.
 *
 * @param runs         diagnosis of each run, in input order
 * @param meanCurve    diagnosis of the per-epoch mean curve
 * @param epochsUsed   epochs of the mean curve (the shortest run)
 * @param truncated    whether any run was longer than {@code epochsUsed}
 * @param agreement    text such as {@code "OVERFIT in 4 of 5 runs; mean curve: OVERFIT"}; a classifier's
 *                     adds the mean curve's final accuracies and chance level
 */
public record RepeatDiagnosis(List<Diagnosis> runs, Diagnosis meanCurve, int epochsUsed, boolean truncated,
                              String agreement) {

    public RepeatDiagnosis {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("Repeat diagnosis needs at least one run, got " + runs);
        }
        runs = List.copyOf(runs);
    }

    /** Diagnoses each run and their mean curve with a {@link CurveDiagnoser}. */
    public static RepeatDiagnosis of(List<CurveInput> runs) {
        return of(runs, new CurveDiagnoser());
    }

    /** Diagnoses each run and their mean curve with {@code diagnoser}. */
    public static RepeatDiagnosis of(List<CurveInput> runs, CurveDiagnoser diagnoser) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("Repeat diagnosis needs at least one run, got " + runs);
        }
        List<Diagnosis> each = new ArrayList<>();
        for (CurveInput run : runs) {
            each.add(diagnoser.diagnose(run));
        }
        int shortest = runs.stream().mapToInt(CurveInput::epochs).min().orElseThrow();
        boolean truncated = runs.stream().anyMatch(r -> r.epochs() > shortest);
        Diagnosis mean = diagnoser.diagnose(meanOf(runs, shortest));
        return new RepeatDiagnosis(each, mean, shortest, truncated, agreement(each, mean, truncated, shortest));
    }

    /** The per-epoch mean curve of the runs over their first {@code epochs} epochs. */
    static CurveInput meanOf(List<CurveInput> runs, int epochs) {
        boolean allVal = runs.stream().allMatch(CurveInput::hasValidation);
        double[] train = new double[epochs];
        double[] val = allVal ? new double[epochs] : null;
        for (CurveInput run : runs) {
            double[] t = run.train();
            double[] v = run.val();
            for (int i = 0; i < epochs; i++) {
                train[i] += t[i] / runs.size();
                if (allVal) {
                    val[i] += v[i] / runs.size();
                }
            }
        }
        OptionalDouble baseline = runs.stream().filter(r -> r.naiveBaselineVal().isPresent())
                .mapToDouble(r -> r.naiveBaselineVal().getAsDouble()).average();
        OptionalDouble expected = runs.stream().filter(r -> r.expectedInitialLoss().isPresent())
                .mapToDouble(r -> r.expectedInitialLoss().getAsDouble()).average();
        OptionalDouble meanBaseline = runs.stream().filter(r -> r.meanBaselineVal().isPresent())
                .mapToDouble(r -> r.meanBaselineVal().getAsDouble()).average();
        boolean regularised = runs.stream().anyMatch(CurveInput::regularised);
        CurveInput mean = new CurveInput(train, val, baseline, regularised, expected, Optional.empty(),
                meanBaseline);
        return runs.stream().allMatch(r -> r.accuracy().isPresent()) ? mean.withAccuracy(meanAccuracy(runs, epochs))
                : mean;
    }

    /** Per-epoch mean accuracy of classifier runs; a curve is kept only when every run has it. */
    private static AccuracyCurves meanAccuracy(List<CurveInput> runs, int epochs) {
        List<AccuracyCurves> acc = runs.stream().map(r -> r.accuracy().orElseThrow()).toList();
        double[] train = acc.stream().allMatch(a -> a.train() != null) ? new double[epochs] : null;
        double[] val = acc.stream().allMatch(a -> a.val() != null) ? new double[epochs] : null;
        for (AccuracyCurves a : acc) {
            addShare(train, a.train(), acc.size());
            addShare(val, a.val(), acc.size());
        }
        AccuracyCurves first = acc.get(0);
        return new AccuracyCurves(train, val, first.classes(), first.majorityShare());
    }

    private static void addShare(double[] sum, double[] curve, int runs) {
        if (sum != null) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += curve[i] / runs;
            }
        }
    }

    private static String agreement(List<Diagnosis> each, Diagnosis mean, boolean truncated, int epochs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        each.forEach(d -> counts.merge(d.title(), 1, Integer::sum));
        String top = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (top == null || c.getValue() > counts.get(top)) {
                top = c.getKey(); // ties go to the label seen first
            }
        }
        String text = top + " in " + counts.get(top) + " of " + each.size() + " runs; mean curve: " + mean.title()
                + accuracyWords(mean);
        if (truncated) {
            text += "; runs of unequal length truncated to the shortest (" + epochs + " epochs)";
        }
        return text;
    }

    /**
     * A classifier group's mean final accuracies beside its chance level, so the group's line
     * talks about accuracy as its label does ("; mean final accuracy: validation 0.50, training
     * 0.51 (chance 0.50)"); empty when the mean curve's evidence has no accuracy (regression).
     */
    private static String accuracyWords(Diagnosis mean) {
        Map<String, Double> e = mean.evidence();
        List<String> parts = new ArrayList<>();
        if (e.containsKey("valAccLast")) {
            parts.add(String.format(Locale.ROOT, "validation %.2f", e.get("valAccLast")));
        }
        if (e.containsKey("trainAccLast")) {
            parts.add(String.format(Locale.ROOT, "training %.2f", e.get("trainAccLast")));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String chance = e.containsKey("chanceAccuracy")
                ? String.format(Locale.ROOT, " (chance %.2f)", e.get("chanceAccuracy")) : "";
        return "; mean final accuracy: " + String.join(", ", parts) + chance;
    }

    /** How many runs got {@code label}. */
    public long count(FitLabel label) {
        return runs.stream().filter(d -> d.label() == label).count();
    }
}
