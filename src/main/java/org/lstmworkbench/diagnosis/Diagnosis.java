package org.lstmworkbench.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The label of a learning curve with the numbers behind it and the next step to try.
 *
 * @param label      what the curves show
 * @param kind       which underfitting pattern, for {@link FitLabel#UNDERFIT} only; null otherwise
 * @param confidence how clearly the evidence passed its thresholds, in [0, 1]
 * @param bestEpoch  1-based epoch of the lowest validation loss (training loss without a
 *                   validation curve); 0 when no finite loss exists
 * @param evidence   named numbers in the order they were computed (unmodifiable)
 * @param suggestion one sentence: the next step
 */
public record Diagnosis(FitLabel label, UnderfitKind kind, double confidence, int bestEpoch,
                        Map<String, Double> evidence, String suggestion) {

    public Diagnosis {
        if (label == null) {
            throw new IllegalArgumentException("A diagnosis needs a label, got null");
        }
        if ((label == FitLabel.UNDERFIT) != (kind != null)) {
            throw new IllegalArgumentException("Underfit kind must be given exactly for UNDERFIT, got " + label + " with "
                    + kind);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be in [0, 1], got " + confidence);
        }
        if (bestEpoch < 0) {
            throw new IllegalArgumentException("Best epoch must be >= 0 (0 = none), got " + bestEpoch);
        }
        if (suggestion == null || suggestion.isBlank()) {
            throw new IllegalArgumentException("A diagnosis needs a suggestion, got '" + suggestion + "'");
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
    }

    /** Label and kind as one word, e.g. {@code UNDERFIT (STILL_IMPROVING)}. */
    public String title() {
        return kind == null ? label.name() : label.name() + " (" + kind.name() + ")";
    }

    /** What the curves show in two or three plain sentences with their numbers (see {@link Verdicts}). */
    public String verdict() {
        return Verdicts.of(this);
    }

    /**
     * A short block for people: label (kind) and confidence, the verdict in sentences, the next
     * step, the best epoch and the evidence under its raw names (those of {@code --json}).
     */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(title()).append(String.format(Locale.ROOT, "  confidence %.2f%n", confidence));
        out.append(verdict()).append('\n');
        out.append("next: ").append(suggestion).append('\n');
        out.append("best epoch: ").append(bestEpoch == 0 ? "-" : String.valueOf(bestEpoch)).append('\n');
        out.append("evidence:");
        evidence.forEach((k, v) -> out.append(' ').append(k).append('=').append(format(v)));
        out.append('\n');
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
