package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.RunMetrics;

/**
 * A per-run number that sweeps summarise, one per column of {@code results.csv}; diverged runs
 * count as missing (NaN). The choices derive from the runs' metrics ({@link #forRuns}): the
 * returned model's value of each summary metric (the monitored one first), the best value of
 * the monitored metric (and of a classifier's other validation metrics: {@code best_val_accuracy}),
 * and each test metric, each with its metric's direction.
 *
 * @param column      the column name in results.csv, e.g. {@code val_loss} or {@code best_val_loss}
 * @param description what the number is, for a person
 * @param metric      the metric it measures (its direction decides which point is best)
 */
public record SweepMetric(String column, String description, Metric metric) {

    /** What a regression sweep can summarise, in choice order. */
    private static final List<SweepMetric> REGRESSION = forRuns(RunMetrics.REGRESSION);

    /** Final validation loss (the seed's score: {@code model.evaluate} on the validation set after training). */
    public static final SweepMetric VAL_LOSS = valueOf("val_loss");
    /** Final training loss. */
    public static final SweepMetric TRAIN_LOSS = valueOf("train_loss");
    /** Lowest validation loss of the run. */
    public static final SweepMetric BEST_VAL_LOSS = valueOf("best_val_loss");
    /** Test RMSE in original units. */
    public static final SweepMetric TEST_RMSE = valueOf("test_rmse");

    /** The numbers a sweep of runs measuring {@code m} can summarise: monitored first, then the others, best, test. */
    public static List<SweepMetric> forRuns(RunMetrics m) {
        List<SweepMetric> out = new ArrayList<>();
        out.add(new SweepMetric(m.monitored().id(), "final " + m.monitored().displayName(), m.monitored()));
        for (Metric s : m.summary()) {
            if (!s.equals(m.monitored())) {
                out.add(new SweepMetric(s.id(), "final " + s.displayName(), s));
            }
        }
        for (Metric b : m.best()) {
            out.add(new SweepMetric(bestColumn(b), "best " + b.displayName(), b));
        }
        for (Metric t : m.test()) {
            out.add(new SweepMetric(t.id(), t.displayName(), t));
        }
        return List.copyOf(out);
    }

    /** The results.csv column of a metric's best value over the epochs: {@code best_val_loss}. */
    static String bestColumn(Metric monitored) {
        return "best_" + monitored.id();
    }

    /** A regression sweep's choices, in order. */
    public static SweepMetric[] values() {
        return REGRESSION.toArray(SweepMetric[]::new);
    }

    /** The choice with this column name among the sweep metrics of runs measuring {@code m}. */
    public static SweepMetric valueOf(RunMetrics m, String column) {
        List<SweepMetric> all = forRuns(m);
        for (SweepMetric s : all) {
            if (s.column.equals(column)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no sweep metric '" + column + "'; known: "
                + all.stream().map(SweepMetric::column).toList());
    }

    /** The regression sweep choice with this column name. */
    public static SweepMetric valueOf(String column) {
        for (SweepMetric m : REGRESSION) {
            if (m.column.equals(column)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no sweep metric '" + column + "'; known: "
                + REGRESSION.stream().map(SweepMetric::column).toList());
    }

    /** Whether a higher mean is better (the metric's direction). */
    public boolean higherIsBetter() {
        return metric.higherIsBetter();
    }

    /** The run's value, NaN for a diverged run. */
    public double of(RunRecord r) {
        return r.usable() ? r.value(column) : Double.NaN;
    }

    @Override
    public String toString() {
        return column;
    }
}
