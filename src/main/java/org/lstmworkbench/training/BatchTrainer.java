package org.lstmworkbench.training;

import java.util.List;
import org.lstmworkbench.model.ModelConfig;

/**
 * How a batch of runs on one dataset gets trained, each run with its configuration's seed. A
 * caller (a sweep, the window's Repeat) groups consecutive runs that {@link #sameBatch} accepts
 * into batches of at most {@link #maxBatchSize()}. The plain implementation,
 * {@link PerRunTrainer}, trains one network per run (on the fast engine where it applies); the
 * batch seam lets another trainer take several runs at once (a block-diagonal "fused" network did
 * until the engine made one network per run faster on every workload measured).
 *
 * @implNote Implementations are called from several worker threads at once, each call with its
 *     own batch and data: they must keep no shared mutable state.
 */
public interface BatchTrainer {

    /** Largest number of runs handed over in one call (1 for one network per run). */
    int maxBatchSize();

    /**
     * Whether a run of {@code next} may join a batch that starts with a run of {@code first} on
     * the same data. By default only repeats of one configuration (equal apart from the seed).
     */
    default boolean sameBatch(ModelConfig first, ModelConfig next) {
        return first.toBuilder().seed(0).build().equals(next.toBuilder().seed(0).build());
    }

    /**
     * Trains every run of the batch, reporting each to the sink as it finishes. A run that
     * ends because of cancellation is reported with status CANCELLED.
     *
     * @param batch  the runs' configurations, accepted together by {@link #sameBatch}
     * @param data   the batch's training data, for this call only
     * @param sink   receives epochs and finished runs, each run named by its index in {@code batch}
     * @param cancel cancels the batch within an epoch
     */
    void train(List<ModelConfig> batch, TrainingData data, Sink sink, CancellationToken cancel);

    /** Receives a batch's progress; runs are named by their index in the batch. */
    interface Sink {

        /** An epoch of a run ended. */
        void epoch(int run, EpochMetrics metrics);

        /** A run started. */
        void started(int run);

        /** A run ended (any status). */
        void finished(int run, RunResult result);
    }
}
