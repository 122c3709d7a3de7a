package org.lstmworkbench.experiment;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lstmworkbench.metrics.Describe;

/**
 * One of the seed's experiments, ready to run: its settings as an {@link Experiment}, what the
 * seed concluded, and how to say what we measured.
 *
 * @param name        command-line name ({@code underfit}, {@code cells}, ...)
 * @param title       one line for {@code demo --list}
 * @param kind        what it draws: one run's curves, several runs overlaid, or a box plot per point
 * @param experiment  settings
 * @param seedSays    the seed's conclusion (and its settings where the seed gives no script)
 * @param seedTable   the seed's printed describe() table, or null
 * @param measured    turns our result into a sentence to print next to the seed's
 */
public record Demo(String name, String title, Kind kind, Experiment experiment, String seedSays, String seedTable,
                   Function<SweepResult, String> measured) {

    /** What a demo draws. */
    public enum Kind {
        /** One run: the seed's "model train vs validation loss" chart. */
        SINGLE,
        /** Several runs of one configuration overlaid. */
        OVERLAY,
        /** A sweep with repeats: describe() table and box plot. */
        SWEEP
    }

    /** The label, validation minimum and final loss of a single run, as one sentence. */
    static String single(SweepResult r) {
        RunRecord run = r.runs().get(0);
        return String.format(Locale.ROOT, "label %s; validation loss lowest at epoch %d of %d (%.6f), final %.6f; "
                        + "training loss final %.6f", run.label(), run.bestEpoch(), run.epochs(), run.bestValLoss(),
                run.valLoss(), run.trainLoss());
    }

    /** The labels of several runs and the spread of their final validation loss. */
    static String labels(SweepResult r) {
        Map<String, Long> counts = r.runs().stream()
                .collect(Collectors.groupingBy(RunRecord::label, TreeMap::new, Collectors.counting()));
        Describe d = Describe.of(r.runs().stream().mapToDouble(SweepMetric.VAL_LOSS::of).toArray());
        return String.format(Locale.ROOT, "labels %s over %d runs; final validation loss %.6f ± %.6f (mean ± std)",
                counts, r.runs().size(), d.mean(), d.std());
    }

    /** The order of the points' mean final validation loss, highest first, and the best-point verdict. */
    static String ordering(SweepResult r) {
        Map<String, Describe> table = r.describe(SweepMetric.VAL_LOSS);
        String order = table.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().mean(), a.getValue().mean()))
                .map(e -> e.getKey() + String.format(Locale.ROOT, " (%.6f)", e.getValue().mean()))
                .collect(Collectors.joining(" > "));
        return "mean final validation loss " + order + ". "
                + r.best(SweepMetric.VAL_LOSS).map(BestPoint::text).orElse("");
    }
}
