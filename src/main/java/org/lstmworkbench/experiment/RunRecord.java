package org.lstmworkbench.experiment;

import java.util.List;
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
 * @param trainLoss   final training loss
 * @param valLoss     final validation loss (NaN without validation)
 * @param bestValLoss lowest validation loss
 * @param bestEpoch   its 1-based epoch
 * @param testRmse    test RMSE in original units, NaN without a test part
 * @param label       the diagnosis label of the curves ({@code FitLabel} name, lower case)
 * @param wallMillis  wall time of the run
 * @param history     per-epoch metrics
 */
public record RunRecord(SweepPoint point, int repeat, long seed, RunStatus status, int epochs, double trainLoss,
                        double valLoss, double bestValLoss, int bestEpoch, double testRmse, String label,
                        long wallMillis, List<EpochMetrics> history) {

    public RunRecord {
        if (status == RunStatus.RUNNING || status == RunStatus.CANCELLED) {
            throw new IllegalArgumentException("only finished runs are recorded, got status " + status);
        }
        history = List.copyOf(history);
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
