package org.lstmworkbench.ui.common;

import java.math.BigDecimal;
import java.util.Locale;
import org.lstmworkbench.training.RunStatus;

/**
 * How the window writes numbers and names for people: whole numbers without decimals ("4", not
 * "4.000" or "100.0"), other numbers with four significant digits, one word per run status
 * everywhere ("stopped"), and label names as words ("good fit", not {@code good_fit}).
 * Files and {@code --json} keep their raw values; this is for the screen only.
 */
public final class DisplayTexts {

    /** Beyond this a double no longer holds every whole number, so it prints in four digits. */
    private static final double EXACT_INTEGERS = 1e15;

    private static final java.util.regex.Pattern ENUM_WORD = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");
    private static final java.util.Set<String> LABEL_NAMES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(org.lstmworkbench.diagnosis.FitLabel.values()).map(Enum::name),
            java.util.Arrays.stream(org.lstmworkbench.diagnosis.UnderfitKind.values()).map(Enum::name))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What each precision gives, for the model form's tooltip (figures from the README's engine section). */
    public static final String PRECISION_HELP = "Double: DL4J's exact math (the fast engine equals DL4J's fit to "
            + "~1e-12).\nFloat: the fast engine in single precision, measured 1.5-2.3x faster per epoch from about "
            + "64 cells (less on smaller networks and short runs); losses equal to double's to float rounding "
            + "(within 1e-5 relative in the benchmarks), fit labels agreed with double's in the tests. Networks "
            + "the float engine does not cover (bidirectional, dropout) train in double.";

    private DisplayTexts() {
    }

    /** A precision as the model form lists it: "double", "float". */
    public static String precision(org.lstmworkbench.model.Precision p) {
        return p.id();
    }

    /**
     * {@code 4.0} reads "4", {@code 0.012345} "0.01235", {@code 1.5e-7} "1.500e-07"; NaN and
     * infinities read "NaN", "inf", "-inf".
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS) {
            return Long.toString((long) v);
        }
        String g = String.format(Locale.ROOT, "%.4g", v);
        if (g.contains("e")) {
            return g;
        }
        // "%.4g" pads 0.0123 to "0.01230": the trailing zeros add no information
        return new BigDecimal(g).stripTrailingZeros().toPlainString();
    }

    /**
     * A diagnosis text with its label and kind names as words: "GOOD_FIT in 5 of 5 runs; mean
     * curve: UNDERFIT (STILL_IMPROVING)" reads "good fit in 5 of 5 runs; mean curve: underfit
     * (still improving)". Other capitals (MSE, GL) stay.
     */
    public static String labelWords(String text) {
        if (text == null) {
            return "";
        }
        java.util.regex.Matcher m = ENUM_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    LABEL_NAMES.contains(word) ? words(word) : word));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The one word for a run's status, in the run list, the status bar and the sweep tables. */
    public static String status(RunStatus status) {
        return switch (status) {
            case RUNNING -> "running";
            case DONE -> "done";
            case CANCELLED -> "stopped";
            case DIVERGED -> "diverged";
            case EARLY_STOPPED -> "early stopped";
            case FAILED -> "failed";
        };
    }

    /**
     * A label or status id as words: {@code good_fit} and {@code GOOD_FIT} read "good fit",
     * {@code early-stopped} "early stopped", {@code cancelled} "stopped".
     */
    public static String words(String id) {
        if (id == null) {
            return "";
        }
        String words = id.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return words.equals("cancelled") ? "stopped" : words;
    }
}
