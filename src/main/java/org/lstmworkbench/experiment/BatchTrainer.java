package org.lstmworkbench.experiment;

import java.util.List;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.TrainingData;

/**
 * How a batch of runs gets trained. The runner groups consecutive runs that {@link #sameBatch}
 * accepts (by default those of one point: same data and configuration, different seeds) into
 * batches of at most {@link #maxBatchSize()} and trains batches in parallel. The plain
 * implementation, {@link PerRunTrainer}, trains one network per run; {@link FusedBatchTrainer}
 * trains several runs inside one network (independent blocks) and takes larger batches.
 *
 * @implNote Implementations are called from several worker threads at once, each call with its
 *     own batch and data: they must keep no shared mutable state.
 */
public interface BatchTrainer {

    /** Largest number of runs handed over in one call (1 for one network per run). */
    int maxBatchSize();

    /**
     * Whether {@code next} may join a batch that starts with {@code first} (runs come point by
     * point, repeats in order). By default only runs of the same point share a batch.
     */
    default boolean sameBatch(RunSpec first, RunSpec next) {
        return first.point().index() == next.point().index();
    }

    /**
     * Trains every run of the batch, reporting each to the sink as it finishes. A run that
     * ends because of cancellation is reported with status CANCELLED (the runner drops it).
     *
     * @param batch  runs accepted together by {@link #sameBatch} (same data settings)
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
