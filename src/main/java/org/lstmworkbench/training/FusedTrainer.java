package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains several independent runs (same data and configuration apart from cells and seed) as one
 * {@link FusedNetwork}, with the same results as {@link Trainer} run by run: each block starts
 * from the weights its own seed gives a separate network, gets exactly its own gradient, and has
 * its own history, best epoch and early stopping, kept by its own {@link RunTracker} as for a
 * run of {@link Trainer}. After every epoch the whole training and validation sets go through the
 * fused network in one {@code output()} call and every block's metrics are read from its output
 * column ({@link RunEvaluator}).
 *
 * <p>A block whose loss stops being finite would spread NaN to the others (0 x NaN is NaN in the
 * shared matrix products), so on the first non-finite loss the fused training stops and the runs
 * still going are trained again by {@link Trainer} alone; the epochs already reported are not
 * reported twice.
 *
 * @implNote One instance per batch; not thread-safe. The listener is called on the calling thread.
 */
public final class FusedTrainer {

    /** Receives each run's epochs, identified by its index in the member list. */
    public interface MemberListener {
        void onEpoch(int member, EpochMetrics metrics);
    }

    private final List<ModelConfig> members;
    private final TrainingData data;

    /** A trainer of these runs, each with its own configuration's seed ({@link ModelConfig#seed()}). */
    public FusedTrainer(List<ModelConfig> members, TrainingData data) {
        Optional<String> why = whyNot(members, data.shape());
        if (why.isPresent()) {
            throw new IllegalArgumentException("these runs cannot be trained as one network: " + why.get());
        }
        members.forEach(m -> m.requireValidFor(data.train().samples()));
        this.members = List.copyOf(members);
        this.data = data;
    }

    /**
     * Why the configurations cannot be fused on data of this shape, or empty when they can. They
     * must be equal apart from {@code units} and {@code seed}, have the same depth, and use none
     * of what couples or reorders blocks: dropout (one mask would be drawn for all blocks),
     * bidirectional layers, L2-per-layer clipping (one norm over all blocks), shuffling (each
     * seed shuffles differently), a classification task (softmax), a loss other than MSE or MAE, more
     * than one output column, or an output per time step.
     */
    public static Optional<String> whyNot(List<ModelConfig> configs, NetworkShape shape) {
        if (configs.isEmpty()) {
            return Optional.of("no runs");
        }
        ModelConfig first = configs.get(0);
        for (ModelConfig c : configs) {
            if (c.units().size() != first.units().size()
                    || !c.toBuilder().units(first.units()).seed(0).build().equals(first.toBuilder().seed(0).build())) {
                return Optional.of("the configurations differ in more than cells and seed");
            }
        }
        if (first.task() instanceof ClassificationTask) {
            return Optional.of("classification (a softmax couples the output columns it spans, so runs cannot share"
                    + " one output layer; each run trains its own network)");
        }
        Optional<String> architecture = first.architecture().whyNotFusable(first, shape);
        if (architecture.isPresent()) {
            return architecture;
        }
        if (first.clipping() == ClippingKind.L2_PER_LAYER) {
            return Optional.of("L2-per-layer clipping (one norm over all runs)");
        }
        if (first.shuffle()) {
            return Optional.of("shuffling (each seed orders the minibatches differently)");
        }
        if (first.loss() != LossKind.MSE && first.loss() != LossKind.MAE) {
            return Optional.of("loss " + first.loss() + " (only MSE and MAE split by output column)");
        }
        if (shape.outputs() != 1) {
            return Optional.of(shape.outputs() + " output columns (MSE would divide by them)");
        }
        return Optional.empty();
    }

    /** Trains every member; results in member order. */
    public List<RunResult> run(MemberListener listener, CancellationToken cancel) {
        Nd4jRuntime.ensureStarted();
        long start = System.nanoTime();
        Batch batch = new Batch();
        int divergedAt = trainFused(batch, listener, cancel, start);
        long wall = (System.nanoTime() - start) / 1_000_000;
        List<RunResult> results = new ArrayList<>();
        for (int r = 0; r < members.size(); r++) {
            RunTracker run = batch.runs.get(r);
            if (run.active() && divergedAt > 0) {
                results.add(alone(r, divergedAt, listener, cancel));
                continue;
            }
            MultiLayerNetwork own = batch.own.get(r);
            if (run.active()) {
                batch.fused.extract(r, own);
                run.finish();
            }
            results.add(run.result(batch.evaluator.test(own), own.numParams(), wall)
                    .withEngine(new EngineUse(EngineUse.FUSED, members.size() + " runs in one network")));
        }
        return results;
    }

    /**
     * Trains the fused network until every block has ended or the epochs are done.
     *
     * @return the epoch at which a still-training block's loss stopped being finite, 0 if none did
     */
    private int trainFused(Batch batch, MemberListener listener, CancellationToken cancel, long start) {
        ModelConfig config = members.get(0);
        MultiLayerNetwork net = batch.fused.network();
        List<DataSet> batches = tiled(data.train().data().batchBy(config.batchSize()), members.size());
        for (int epoch = 1; epoch <= config.epochs() && batch.anyActive(); epoch++) {
            net.setEpochCount(epoch - 1);
            double lr = net.getLearningRate(0) == null ? config.learningRate() : net.getLearningRate(0);
            if (!fitEpoch(net, batches, cancel)) {
                for (RunTracker run : batch.runs) {
                    run.cancel(epoch);
                }
                return 0;
            }
            EpochMetrics[] metrics = batch.evaluator.evaluateFused(net, epoch, lr, start);
            if (batch.anyDiverged(metrics)) {
                return epoch;
            }
            record(batch, metrics, listener);
        }
        return 0;
    }

    /** Hands each still-training block its epoch; a block that stops early takes its weights out. */
    private void record(Batch batch, EpochMetrics[] metrics, MemberListener listener) {
        for (int r = 0; r < members.size(); r++) {
            RunTracker run = batch.runs.get(r);
            if (!run.active()) {
                continue;
            }
            MultiLayerNetwork own = batch.own.get(r);
            int block = r;
            boolean stopped = run.record(metrics[r], () -> {
                batch.fused.extract(block, own);
                return own.params();
            });
            listener.onEpoch(r, metrics[r]);
            if (stopped) {
                // Its block keeps training with the others, unread; its own network keeps this epoch's state.
                batch.fused.extract(r, own);
                run.restoreBest(own);
            }
        }
    }

    private static boolean fitEpoch(MultiLayerNetwork net, List<DataSet> batches, CancellationToken cancel) {
        for (DataSet batch : batches) {
            if (cancel.isCancelled()) {
                return false;
            }
            net.fit(batch);
        }
        return true;
    }

    private RunResult alone(int r, int reportedBefore, MemberListener listener, CancellationToken cancel) {
        return new Trainer(members.get(r), data).run(e -> {
            if (e.epoch() >= reportedBefore) {
                listener.onEpoch(r, e);
            }
        }, cancel);
    }

    /** The minibatches with their labels repeated once per block, built once for the whole run. */
    private static List<DataSet> tiled(List<DataSet> batches, int count) {
        List<DataSet> out = new ArrayList<>();
        for (DataSet b : batches) {
            out.add(new DataSet(b.getFeatures(), Nd4j.tile(b.getLabels(), 1, count)));
        }
        return out;
    }

    /** The fused network, each run's own network (its weights in and out) and each run's tracker. */
    private final class Batch {
        final List<MultiLayerNetwork> own = new ArrayList<>();
        final List<RunTracker> runs = new ArrayList<>();
        final FusedNetwork fused;
        final RunEvaluator evaluator;
        final boolean useVal = data.validationPart().isPresent();

        Batch() {
            ModelConfig first = members.get(0);
            evaluator = new RunEvaluator(data, first, members.size());
            for (ModelConfig m : members) {
                own.add(NetworkFactory.build(m, data.shape(), m.seed()));
                runs.add(new RunTracker(m, evaluator.metrics(), RunMetrics.of(m).monitored(), useVal));
            }
            fused = new FusedNetwork(members, data.shape());
            fused.load(own);
        }

        boolean anyActive() {
            return runs.stream().anyMatch(RunTracker::active);
        }

        /** Whether a still-training block's watched loss is not finite this epoch. */
        boolean anyDiverged(EpochMetrics[] metrics) {
            for (int r = 0; r < runs.size(); r++) {
                if (runs.get(r).active() && !runs.get(r).finite(metrics[r])) {
                    return true;
                }
            }
            return false;
        }
    }
}
