package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;

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
    public static final int ONE_NETWORK_CELLS = 128;

    private final int maxBatchSize;
    private final int maxCells;
    private final PerRunTrainer plain = new PerRunTrainer();

    /** @param maxBatchSize runs per batch, at least 1 */
    public FusedBatchTrainer(int maxBatchSize) {
        this(maxBatchSize, MAX_FUSED_CELLS);
    }

    private FusedBatchTrainer(int maxBatchSize, int maxCells) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize must be at least 1, got " + maxBatchSize);
        }
        this.maxBatchSize = maxBatchSize;
        this.maxCells = maxCells;
    }

    /**
     * The fastest trainer for a sweep on {@code threads} workers: one fused batch when the runs
     * have at most {@link #ONE_NETWORK_CELLS} cells in all, else fused batches sized so that
     * every worker gets one, or {@link PerRunTrainer} when the base configuration cannot be
     * fused or every batch would hold one run.
     *
     * @param base        the sweep's base configuration
     * @param runs        every run's configuration, point by point
     * @param points      the sweep's points
     * @param repeats     runs per point
     * @param pointsShare whether runs of different points may share a batch (the points differ
     *                    in nothing but {@code units})
     * @param threads     workers
     */
    public static BatchTrainer forSweep(ModelConfig base, List<ModelConfig> runs, int points, int repeats,
                                        boolean pointsShare, int threads) {
        if (whyPerRun(base).isPresent()) {
            return new PerRunTrainer();
        }
        int size;
        if (pointsShare && totalCells(runs) <= ONE_NETWORK_CELLS) {
            size = runs.size();
        } else if (pointsShare) {
            size = ceilDiv(runs.size(), threads);
        } else {
            size = ceilDiv(repeats, ceilDiv(threads, points));
        }
        return size < 2 ? new PerRunTrainer() : new FusedBatchTrainer(size);
    }

    /**
     * Why runs of {@code base} train one network each rather than fused (shown beside a sweep's or
     * Repeat's progress), or empty when they may be fused; the data's shape is not checked here.
     */
    public static Optional<String> whyPerRun(ModelConfig base) {
        return FusedTrainer.whyNot(List.of(base), new NetworkShape(1, 1, false));
    }

    /**
     * The trainer of the window's Repeat: all the repeats in one fused network (whatever their
     * cells: the window shows them training side by side) when they can be fused on data of this
     * shape, else {@link PerRunTrainer} (each repeat its own network).
     */
    public static BatchTrainer forRepeats(List<ModelConfig> repeats, NetworkShape shape) {
        return repeats.size() > 1 && FusedTrainer.whyNot(repeats, shape).isEmpty()
                ? new FusedBatchTrainer(repeats.size(), Integer.MAX_VALUE) : new PerRunTrainer();
    }

    @Override
    public int maxBatchSize() {
        return maxBatchSize;
    }

    /** Runs (on equal data) may share a batch when their configurations differ only in cells and seed. */
    @Override
    public boolean sameBatch(ModelConfig first, ModelConfig next) {
        return FusedTrainer.whyNot(List.of(first, next), new NetworkShape(1, 1, false)).isEmpty();
    }

    @Override
    public void train(List<ModelConfig> batch, TrainingData data, Sink sink, CancellationToken cancel) {
        if (batch.size() < 2 || FusedTrainer.whyNot(batch, data.shape()).isPresent()) {
            plain.train(batch, data, sink, cancel);
            return;
        }
        int from = 0;
        for (int to : groupEnds(batch)) {
            if (cancel.isCancelled()) {
                return;
            }
            int first = from;
            for (int i = first; i < to; i++) {
                sink.started(i);
            }
            List<RunResult> results = new FusedTrainer(batch.subList(first, to), data)
                    .run((r, m) -> sink.epoch(first + r, m), cancel);
            for (int i = first; i < to; i++) {
                sink.finished(i, results.get(i - first));
            }
            from = to;
        }
    }

    /** Where each group of the batch ends (exclusive), groups holding at most maxCells widest-layer cells. */
    private List<Integer> groupEnds(List<ModelConfig> batch) {
        List<Integer> ends = new ArrayList<>();
        int cells = 0;
        for (int i = 0; i < batch.size(); i++) {
            int widest = Collections.max(batch.get(i).units());
            if (i > 0 && cells + widest > maxCells) {
                ends.add(i);
                cells = 0;
            }
            cells += widest;
        }
        ends.add(batch.size());
        return ends;
    }

    private static int totalCells(List<ModelConfig> runs) {
        return runs.stream().mapToInt(r -> Collections.max(r.units())).sum();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
