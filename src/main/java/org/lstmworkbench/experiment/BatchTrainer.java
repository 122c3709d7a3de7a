package org.lstmworkbench.experiment;

import java.util.List;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.TrainingData;

/**
 * How a batch of runs gets trained. The runner groups runs of the same point (same data and
 * configuration, different seeds) into batches of at most {@link #maxBatchSize()} and trains
 * batches in parallel. The plain implementation, {@link PerRunTrainer}, trains one network per
 * run; an implementation that trains several repeats inside one network (one wide batch of
 * independent replicas) can take larger batches without changing the runner.
 *
 * @implNote Implementations are called from several worker threads at once, each call with its
 *     own batch and data: they must keep no shared mutable state.
 */
public interface BatchTrainer {

    /** Largest number of runs handed over in one call (1 for one network per run). */
    int maxBatchSize();

    /**
     * Trains every run of the batch, reporting each to the sink as it finishes. A run that
     * ends because of cancellation is reported with status CANCELLED (the runner drops it).
     *
     * @param batch  runs of one point (same data and configuration, different seeds)
     * @param data   the point's training data, for this call only
     * @param sink   receives epochs and finished runs
     * @param cancel cancels the batch within an epoch
     */
    void train(List<RunSpec> batch, TrainingData data, Sink sink, CancellationToken cancel);

    /** Receives a batch's progress. */
    interface Sink {

        /** An epoch of a run ended. */
        void epoch(RunSpec run, EpochMetrics metrics);

        /** A run started. */
        void started(RunSpec run);

        /** A run ended (any status). */
        void finished(RunSpec run, RunResult result);
    }
}
