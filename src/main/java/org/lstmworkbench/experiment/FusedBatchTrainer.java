package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.FusedTrainer;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.TrainingData;

/**
 * Trains a batch of runs that differ only in seed and cells as one fused network per group
 * ({@link FusedTrainer}), with the same results as {@link PerRunTrainer}; a batch that cannot be
 * fused (see {@link FusedTrainer#whyNot}) is handed to {@link PerRunTrainer}. A batch is split
 * into groups of at most {@link #MAX_FUSED_CELLS} cells in the widest layer, trained in turn,
 * because the fused recurrent matrix grows as the square of the cells.
 *
 * <p>Every run of a group reports the group's wall time as its own.
 *
 * @implNote Stateless apart from its batch size; thread-safe.
 */
public final class FusedBatchTrainer implements BatchTrainer {

    /** Cells of the widest fused layer beyond which a batch is split (fused nets stay cheap up to a few hundred). */
    public static final int MAX_FUSED_CELLS = 512;

    /**
     * Total cells up to which all runs go into one network on one worker: measured on 2 cores,
     * the seed grid (80 cells) took 1.4-1.6 s as one network and 1.8-2.1 s as two networks on
     * two workers (a small fused epoch costs the same per-op overhead whatever its width, and the
     * workers contend in ND4J's allocator), while 30 x LSTM(10) (300 cells) took 3.2-3.4 s as one
     * network and 2.2-2.5 s as two.
     */
    static final int ONE_NETWORK_CELLS = 128;

    private final int maxBatchSize;
    private final PerRunTrainer plain = new PerRunTrainer();

    /** @param maxBatchSize runs per batch, at least 1 */
    public FusedBatchTrainer(int maxBatchSize) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1, got " + maxBatchSize);
        }
        this.maxBatchSize = maxBatchSize;
    }

    /**
     * The fastest trainer for an experiment on {@code threads} workers: one fused batch when the
     * runs have at most {@link #ONE_NETWORK_CELLS} cells in all, else fused batches sized so that
     * every worker gets one, or {@link PerRunTrainer} when the base configuration cannot be
     * fused or every batch would hold one run. Runs of different points share a
     * batch only when the points differ in nothing but {@code units}.
     */
    public static BatchTrainer forExperiment(Experiment experiment, int threads) {
        if (FusedTrainer.whyNot(List.of(experiment.base()), new NetworkShape(1, 1, false)).isPresent()) {
            return new PerRunTrainer();
        }
        int points = experiment.sweep().size();
        boolean pointsShare = experiment.parameterNames().stream().allMatch("units"::equals);
        int size;
        if (pointsShare && totalCells(experiment) <= ONE_NETWORK_CELLS) {
            size = experiment.size();
        } else if (pointsShare) {
            size = ceilDiv(experiment.size(), threads);
        } else {
            size = ceilDiv(experiment.repeats(), ceilDiv(threads, points));
        }
        return size < 2 ? new PerRunTrainer() : new FusedBatchTrainer(size);
    }

    @Override
    public int maxBatchSize() {
        return maxBatchSize;
    }

    /** Runs may share a batch when their data settings are equal and their configurations differ only in cells and seed. */
    @Override
    public boolean sameBatch(RunSpec first, RunSpec next) {
        return first.data().equals(next.data())
                && FusedTrainer.whyNot(List.of(first.config(), next.config()), new NetworkShape(1, 1, false)).isEmpty();
    }

    @Override
    public void train(List<RunSpec> batch, TrainingData data, Sink sink, CancellationToken cancel) {
        List<ModelConfig> configs = batch.stream().map(RunSpec::config).toList();
        if (batch.size() < 2 || FusedTrainer.whyNot(configs, data.shape()).isPresent()) {
            plain.train(batch, data, sink, cancel);
            return;
        }
        for (List<RunSpec> group : groups(batch)) {
            if (cancel.isCancelled()) {
                return;
            }
            group.forEach(sink::started);
            List<RunResult> results = new FusedTrainer(group.stream().map(RunSpec::config).toList(), data)
                    .run((r, m) -> sink.epoch(group.get(r), m), cancel);
            for (int i = 0; i < group.size(); i++) {
                sink.finished(group.get(i), results.get(i));
            }
        }
    }

    private static List<List<RunSpec>> groups(List<RunSpec> batch) {
        List<List<RunSpec>> groups = new ArrayList<>();
        List<RunSpec> current = new ArrayList<>();
        int cells = 0;
        for (RunSpec r : batch) {
            int widest = Collections.max(r.config().units());
            if (!current.isEmpty() && cells + widest > MAX_FUSED_CELLS) {
                groups.add(current);
                current = new ArrayList<>();
                cells = 0;
            }
            current.add(r);
            cells += widest;
        }
        groups.add(current);
        return groups;
    }

    private static int totalCells(Experiment experiment) {
        return experiment.runs().stream().mapToInt(r -> Collections.max(r.config().units())).sum();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
