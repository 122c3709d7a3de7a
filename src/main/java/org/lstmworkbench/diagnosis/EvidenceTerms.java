package org.lstmworkbench.diagnosis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Readable names, units and explanations of the evidence numbers, for people: the window's
 * evidence table and the Help menu. The raw keys ({@code glEnd}, {@code pk5End}) stay what
 * {@code --json} and run.json write; this is only how they are shown.
 */
public final class EvidenceTerms {

    /** How a number is shown. */
    public enum Unit {
        /** A count of epochs. */
        EPOCHS,
        /** A share or relative change (0.05), shown as a percent (5.0%). */
        SHARE,
        /** Already a percent (Prechelt's GL), shown with a % sign. */
        PERCENT,
        /** A t-statistic: how far a fitted trend stands out of the epoch-to-epoch noise. */
        T,
        /** A ratio of two losses, shown with a times sign. */
        RATIO,
        /** Prechelt's training progress, in parts per thousand. */
        PER_MILLE,
        /** A loss in the loss's own units. */
        LOSS,
        /** An accuracy in [0, 1], shown as a percent. */
        ACCURACY
    }

    /**
     * One evidence number explained.
     *
     * @param key         the raw key in the evidence map and in JSON
     * @param name        a short readable name for a table row
     * @param unit        how the value is shown
     * @param explanation one or two sentences for a tooltip
     */
    public record Term(String key, String name, Unit unit, String explanation) {

        /** The value in this term's unit, e.g. {@code 14.5%}, {@code 612 epochs}, {@code 1.00×}. */
        public String format(double v) {
            if (!Double.isFinite(v)) {
                return Double.isNaN(v) ? "-" : (v > 0 ? "∞" : "-∞");
            }
            return switch (unit) {
                case EPOCHS -> Math.round(v) + (Math.round(v) == 1 ? " epoch" : " epochs");
                case SHARE, ACCURACY -> percent(100 * v);
                case PERCENT -> percent(v);
                case T -> String.format(Locale.ROOT, "t = %.1f", v);
                case RATIO -> String.format(Locale.ROOT, "%.3g×", v);
                case PER_MILLE -> String.format(Locale.ROOT, "%.3g ‰", v);
                case LOSS -> String.format(Locale.ROOT, "%.4g", v);
            };
        }
    }

    private static final Map<String, Term> TERMS = new LinkedHashMap<>();

    static {
        add("epochs", "Epochs judged", Unit.EPOCHS, "How many epochs the curves have.");
        add("minEpochs", "Epochs needed", Unit.EPOCHS, "Fewer epochs than this are too few to judge the curves.");
        add("endWindow", "End window", Unit.EPOCHS, "The last 20% of the epochs (at least 5): trends at the end are "
                + "fitted over this window.");
        add("trainRelImprovement", "Training loss fall (start to end)", Unit.SHARE, "How much training loss fell from its first "
                + "3 epochs to the end window, as a share of where it started.");
        add("trainEndSlope", "Training change at end", Unit.SHARE, "Fitted change of training loss over the end "
                + "window, relative to its level there (-2% = fell 2%).");
        add("trainEndT", "Training trend strength", Unit.T, "t-statistic of the training loss trend over the end "
                + "window: beyond ±3 the trend stands clearly out of the noise.");
        add("trainEndShare", "Training change at end (of range)", Unit.SHARE, "Fitted change of training loss over "
                + "the end window as a share of everything the curve moved.");
        add("trainRiseFromMin", "Training rise from its lowest", Unit.SHARE, "How far the smoothed training loss "
                + "ends above its lowest point; above 25% the training is failing.");
        add("pk5End", "Training progress (Prechelt P5)", Unit.PER_MILLE, "Prechelt's training progress over the "
                + "last 5 epochs: how much larger the average training loss is than the strip's minimum. Near 0 "
                + "means training has stopped improving.");
        add("valEndSlope", "Validation change at end", Unit.SHARE, "Fitted change of validation loss over the end "
                + "window, relative to its level there (-2% = fell 2%).");
        add("valEndT", "Validation trend strength", Unit.T, "t-statistic of the validation loss trend over the end "
                + "window: beyond ±3 the trend stands clearly out of the noise.");
        add("valEndShare", "Validation change at end (of range)", Unit.SHARE, "Fitted change of validation loss "
                + "over the end window as a share of everything the curve moved: below 5% it has done its falling.");
        add("relImprovement", "Validation loss fall (start to end)", Unit.SHARE, "How much validation loss fell from its first "
                + "3 epochs to the end window, as a share of where it started.");
        add("glEnd", "Rise above best (GL at end)", Unit.PERCENT, "Prechelt's generalisation loss at the last epoch: "
                + "how far the smoothed validation loss is above its lowest value so far. Above 5% with training "
                + "still falling is overfitting.");
        add("glMax", "Largest rise above best (GL max)", Unit.PERCENT, "The largest generalisation loss during the "
                + "run, at any epoch.");
        add("pq5End", "Rise per progress (Prechelt PQ5)", Unit.RATIO, "Generalisation loss divided by training "
                + "progress at the end: large when validation gets worse while training barely improves.");
        add("epochsAfterBest", "Epochs after the best", Unit.EPOCHS, "Epochs between the lowest smoothed "
                + "validation loss and the end of the run.");
        add("postBestT", "Trend after the best", Unit.T, "t-statistic of the validation trend after its lowest "
                + "point: above 2 the rise is sustained, not noise.");
        add("gapRatio", "Validation above training", Unit.SHARE, "How far validation loss ends above training "
                + "loss, relative to training loss (30% or less is a small gap; 100% is twice the training loss).");
        add("valBelowTrainShare", "Epochs with validation below training", Unit.SHARE, "Share of epochs whose "
                + "validation loss is more than 10% below the training loss; near 100% without dropout points to the "
                + "split.");
        add("baselineRatio", "Against persistence", Unit.RATIO, "Validation loss at the end divided by the loss of "
                + "the persistence forecast (each value predicted by the one before). Below 0.95× beats it.");
        add("bestToMeanBaseline", "Best against the training mean", Unit.RATIO, "The lowest validation loss divided "
                + "by the loss of always predicting the training mean. At 0.95× or above the model is no better "
                + "than a constant.");
        add("lowestValEpoch", "Lowest single validation epoch", Unit.EPOCHS, "The epoch of the lowest raw "
                + "validation loss (the chart's best marker, and the weights early stopping restores), given when it "
                + "differs from the best epoch the diagnosis judges: the raw minimum near the smoothed curve's.");
        add("endToExpectedInitial", "Against an untrained model", Unit.RATIO, "Training loss at the end divided by "
                + "the loss an untrained model has; near 1× it has not learnt.");
        add("firstNonFiniteEpoch", "First NaN or infinite epoch", Unit.EPOCHS, "The epoch at which a loss first "
                + "became NaN or infinite.");
        add("chanceLoss", "Chance-level loss (ln K)", Unit.LOSS, "Cross-entropy of guessing uniformly over the K "
                + "classes, in nats.");
        add("trainEndToChanceLoss", "Training loss against chance", Unit.RATIO, "Training loss at the end divided "
                + "by ln K; near 1× the network is guessing.");
        add("chanceAccuracy", "Chance accuracy", Unit.ACCURACY, "The accuracy of the best constant guess: the "
                + "larger of 1/K and the largest class's share.");
        add("trainAccFirst", "Training accuracy, first epoch", Unit.ACCURACY, "Training accuracy after epoch 1.");
        add("trainAccLast", "Training accuracy, last epoch", Unit.ACCURACY, "Training accuracy after the last epoch.");
        add("trainAccEnd", "Training accuracy, end window", Unit.ACCURACY, "Mean training accuracy over the end "
                + "window.");
        add("valAccFirst", "Validation accuracy, first epoch", Unit.ACCURACY, "Validation accuracy after epoch 1.");
        add("valAccLast", "Validation accuracy, last epoch", Unit.ACCURACY, "Validation accuracy after the last "
                + "epoch.");
        add("valAccEnd", "Validation accuracy, end window", Unit.ACCURACY, "Mean validation accuracy over the end "
                + "window.");
        add("valAccMax", "Best validation accuracy", Unit.ACCURACY, "The highest validation accuracy of the run.");
        add("valAccAtBest", "Validation accuracy at best loss", Unit.ACCURACY, "Validation accuracy at the epoch of "
                + "the lowest validation loss.");
        for (String who : new String[] {"valAcc", "trainAcc"}) {
            String words = who.startsWith("val") ? "Validation" : "Training";
            add(who + "EndRise", words + " accuracy change at end", Unit.SHARE, "Fitted change of the accuracy over "
                    + "the end window, in accuracy points.");
            add(who + "EndT", words + " accuracy trend strength", Unit.T, "t-statistic of the accuracy trend over "
                    + "the end window: beyond ±3 it stands clearly out of the noise.");
            add(who + "EndShare", words + " accuracy change at end (of range)", Unit.SHARE, "Fitted change of the "
                    + "accuracy over the end window as a share of everything it moved.");
        }
        add("valAccAboveTrainShare", "Epochs with validation accuracy above training", Unit.SHARE, "Share of epochs "
                + "whose validation error rate is more than 10% below the training one.");
    }

    private EvidenceTerms() {
    }

    private static void add(String key, String name, Unit unit, String explanation) {
        TERMS.put(key, new Term(key, name, unit, explanation));
    }

    /** The term of a raw key, if it is one the labeller writes. */
    public static Optional<Term> of(String key) {
        return Optional.ofNullable(TERMS.get(key));
    }

    /** The term of a raw key; an unknown key is shown as itself with a plain number. */
    public static Term describe(String key) {
        return of(key).orElseGet(() -> new Term(key, key, Unit.LOSS, "A number the labeller computed."));
    }

    /** Every known term, in the order the labeller writes evidence. */
    public static Map<String, Term> all() {
        return java.util.Collections.unmodifiableMap(TERMS);
    }

    private static String percent(double p) {
        if (Math.abs(p) < 0.05) {
            return "0.0%"; // not "-0.0%"
        }
        return String.format(Locale.ROOT, Math.abs(p) < 10 ? "%.1f%%" : "%.0f%%", p);
    }
}
