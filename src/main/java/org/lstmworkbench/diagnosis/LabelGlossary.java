package org.lstmworkbench.diagnosis;

import java.util.List;

/**
 * Each label in words, what it means and its usual next step: one source for the diagnosis
 * pane's heading and the Help menu's "What the labels mean". The next steps are the labeller's
 * own suggestions ({@link CurveDiagnoser}), so the help cannot drift from what a run is told.
 */
public final class LabelGlossary {

    /**
     * One label explained.
     *
     * @param label   the label
     * @param kind    the underfit kind, for {@link FitLabel#UNDERFIT} only; null otherwise
     * @param words   the label for people, e.g. "Underfit: still improving"
     * @param meaning what the curves look like when it is given
     * @param next    the next step the labeller suggests
     */
    public record Entry(FitLabel label, UnderfitKind kind, String words, String meaning, String next) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING, "Underfit: still improving",
                    "Validation loss was still falling clearly at the end of the run (Brownlee ch. 12, "
                            + "underfit example, 100 epochs).", CurveDiagnoser.SUGGEST_MORE_EPOCHS),
            new Entry(FitLabel.UNDERFIT, UnderfitKind.CAPACITY, "Underfit: too little capacity",
                    "Both curves levelled off while the model is still poor: no better than a naive forecast "
                            + "(persistence or the training mean), far from zero, or with training far better than "
                            + "validation (Brownlee ch. 12, underfit example with too few memory cells).",
                    CurveDiagnoser.SUGGEST_CAPACITY),
            new Entry(FitLabel.GOOD_FIT, null, "Good fit",
                    "Both curves fell and levelled off with a small gap, the best validation loss near the end, and "
                            + "better than the naive forecasts (Brownlee ch. 12, good fit example, 800 epochs).",
                    CurveDiagnoser.SUGGEST_GOOD),
            new Entry(FitLabel.OVERFIT, null, "Overfit",
                    "Validation loss passed a minimum and rose for a sustained stretch (more than 5% above its best, "
                            + "Prechelt's GL) while training loss kept falling, or stalled far above a still falling "
                            + "training loss (Brownlee ch. 12, overfit example, 1200 epochs).",
                    "Stop at the epoch of the lowest validation loss (early stopping), add regularisation such as "
                            + "dropout, or get more data."),
            new Entry(FitLabel.NOT_LEARNING, null, "Not learning",
                    "Training loss stayed at its starting level, or at the loss of an untrained model (ln K for a "
                            + "classifier).", CurveDiagnoser.SUGGEST_NOT_LEARNING),
            new Entry(FitLabel.DIVERGED, null, "Diverged",
                    "A loss became NaN or infinite, or training loss rose well above its lowest level.",
                    CurveDiagnoser.SUGGEST_DIVERGED),
            new Entry(FitLabel.DATA_MISMATCH, null, "Data mismatch",
                    "Training loss rose while validation loss fell, or validation stayed clearly below training for "
                            + "the whole run without dropout to explain it.", CurveDiagnoser.SUGGEST_MISMATCH),
            new Entry(FitLabel.TOO_EARLY, null, "Too early to tell",
                    "Fewer than " + Thresholds.MIN_EPOCHS + " epochs: too few to show a minimum and a rise, or a "
                            + "settled end.", "Train for at least " + Thresholds.MIN_EPOCHS + " epochs."));

    private LabelGlossary() {
    }

    /** Every label in the order the Help menu lists them. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The entry of a label and kind (kind ignored unless the label is UNDERFIT). */
    public static Entry of(FitLabel label, UnderfitKind kind) {
        UnderfitKind k = label == FitLabel.UNDERFIT ? kind : null;
        return ENTRIES.stream().filter(e -> e.label() == label && e.kind() == k).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no glossary entry for " + label + " " + kind));
    }

    /** The diagnosis' label in words, e.g. "Underfit: too little capacity". */
    public static String words(Diagnosis d) {
        return of(d.label(), d.kind()).words();
    }
}
