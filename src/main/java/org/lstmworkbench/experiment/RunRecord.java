package org.lstmworkbench.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/**
 * The result of one finished run of a sweep, as stored in {@code results.csv} (one line) and
 * {@code histories/ID.csv} (the history).
 *
 * @param point       the sweep point
 * @param repeat      0-based repeat index
 * @param seed        the run's seed
 * @param status      how the run ended (never RUNNING or CANCELLED: cancelled runs are not recorded)
 * @param epochs      epochs trained
 * @param values      the run's numbers by results.csv column ({@link SweepMetric#column()}): the returned
 *                    model's value of each summary metric ({@code train_loss}, {@code val_loss}; NaN without
 *                    validation), the best monitored value ({@code best_val_loss}) and the test metrics
 *                    ({@code test_rmse}, NaN without a test part)
 * @param bestEpoch   1-based epoch of the best monitored value
 * @param label       the diagnosis label of the curves ({@code FitLabel} name, lower case)
 * @param wallMillis  wall time of the run
 * @param history     per-epoch metrics
 */
public record RunRecord(SweepPoint point, int repeat, long seed, RunStatus status, int epochs,
                        Map<String, Double> values, int bestEpoch, String label, long wallMillis,
                        List<EpochMetrics> history, String engine) {

    public RunRecord {
        if (status == RunStatus.RUNNING || status == RunStatus.CANCELLED) {
            throw new IllegalArgumentException("only finished runs are recorded, got status " + status);
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        history = List.copyOf(history);
        engine = engine == null || engine.isEmpty() ? org.lstmworkbench.training.EngineUse.UNKNOWN : engine;
    }

    /** A record whose engine is not known (results written before the engine was recorded). */
    public RunRecord(SweepPoint point, int repeat, long seed, RunStatus status, int epochs,
                     Map<String, Double> values, int bestEpoch, String label, long wallMillis,
                     List<EpochMetrics> history) {
        this(point, repeat, seed, status, epochs, values, bestEpoch, label, wallMillis, history, null);
    }

    /** A regression run's record from its four numbers. */
    public RunRecord(SweepPoint point, int repeat, long seed, RunStatus status, int epochs, double trainLoss,
                     double valLoss, double bestValLoss, int bestEpoch, double testRmse, String label,
                     long wallMillis, List<EpochMetrics> history) {
        this(point, repeat, seed, status, epochs, regression(trainLoss, valLoss, bestValLoss, testRmse), bestEpoch,
                label, wallMillis, history);
    }

    private static Map<String, Double> regression(double trainLoss, double valLoss, double bestValLoss,
                                                  double testRmse) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put(SweepMetric.TRAIN_LOSS.column(), trainLoss);
        v.put(SweepMetric.VAL_LOSS.column(), valLoss);
        v.put(SweepMetric.BEST_VAL_LOSS.column(), bestValLoss);
        v.put(SweepMetric.TEST_RMSE.column(), testRmse);
        return v;
    }

    /** The number in this results.csv column, NaN when the run has none. */
    public double value(String column) {
        Double v = values.get(column);
        return v == null ? Double.NaN : v;
    }

    /** The returned model's training loss. */
    public double trainLoss() {
        return value(SweepMetric.TRAIN_LOSS.column());
    }

    /** The returned model's validation loss (NaN without validation). */
    public double valLoss() {
        return value(SweepMetric.VAL_LOSS.column());
    }

    /** The lowest validation loss. */
    public double bestValLoss() {
        return value(SweepMetric.BEST_VAL_LOSS.column());
    }

    /** Test RMSE in original units, NaN without a test part. */
    public double testRmse() {
        return value(SweepMetric.TEST_RMSE.column());
    }

    /** {@code point-INDEX-repeat-REPEAT}, also the history file's name. */
    public String id() {
        return RunSpec.id(point.index(), repeat);
    }

    /** Whether the run's final losses are meaningful (it did not diverge). */
    public boolean usable() {
        return status != RunStatus.DIVERGED;
    }

    /** Training losses per epoch. */
    public double[] trainLosses() {
        return history.stream().mapToDouble(EpochMetrics::trainLoss).toArray();
    }

    /** Validation losses per epoch. */
    public double[] valLosses() {
        return history.stream().mapToDouble(EpochMetrics::valLoss).toArray();
    }
}
