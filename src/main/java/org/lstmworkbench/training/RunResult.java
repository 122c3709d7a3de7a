package org.lstmworkbench.training;

import java.util.List;
import org.lstmworkbench.model.ModelConfig;

/**
 * The outcome of one training run; the history is kept whatever the status.
 *
 * @param config        the configuration trained
 * @param seed          the seed of this run
 * @param status        how it ended
 * @param message       why it ended that way, for a user (e.g. which epoch diverged); empty for DONE
 * @param history       per-epoch metrics, finite epochs only
 * @param bestEpoch     1-based epoch of the lowest validation loss (of training loss without validation), 0 if none
 * @param bestValLoss   that lowest loss, NaN if none
 * @param testRmse      RMSE on the test part in original units with the final weights, NaN without a test part
 * @param parameterCount trainable parameters
 * @param wallMillis    wall-clock time of the run
 */
public record RunResult(ModelConfig config, long seed, RunStatus status, String message, List<EpochMetrics> history,
                        int bestEpoch, double bestValLoss, double testRmse, long parameterCount, long wallMillis) {

    public RunResult {
        history = List.copyOf(history);
    }

    /** Training loss of the last epoch, NaN with no epoch. */
    public double finalTrainLoss() {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).trainLoss();
    }

    /** Validation loss of the last epoch, NaN with no epoch or no validation part. */
    public double finalValLoss() {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).valLoss();
    }

    /**
     * Whether the returned weights are the best epoch's (early stopping with restore-best), not the
     * last epoch's.
     */
    public boolean restoredBest() {
        return status == RunStatus.EARLY_STOPPED && config.earlyStopping().restoreBest() && bestEpoch > 0;
    }

    /** Validation loss of the model the run returns: the best epoch's when its weights were restored. */
    public double modelValLoss() {
        return restoredBest() ? history.get(bestEpoch - 1).valLoss() : finalValLoss();
    }

    /** Training loss of the model the run returns: the best epoch's when its weights were restored. */
    public double modelTrainLoss() {
        return restoredBest() ? history.get(bestEpoch - 1).trainLoss() : finalTrainLoss();
    }

    public double[] trainLosses() {
        return history.stream().mapToDouble(EpochMetrics::trainLoss).toArray();
    }

    public double[] valLosses() {
        return history.stream().mapToDouble(EpochMetrics::valLoss).toArray();
    }
}
