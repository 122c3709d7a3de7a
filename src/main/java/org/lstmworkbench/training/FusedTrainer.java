package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.metrics.EarlyStoppingCriterion;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.StoppingKind;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains several independent runs (same data and configuration apart from cells and seed) as one
 * {@link FusedNetwork}, with the same results as {@link Trainer} run by run: each block starts
 * from the weights its own seed gives a separate network, gets exactly its own gradient, and has
 * its own history, best epoch and early stopping, all tracked here. After every epoch the whole
 * training and validation sets go through the fused network in one {@code output()} call and
 * every block's losses are read from its output column.
 *
 * <p>A block whose loss stops being finite would spread NaN to the others (0 x NaN is NaN in the
 * shared matrix products), so on the first non-finite loss the fused training stops and the runs
 * still going are trained again by {@link Trainer} alone; the epochs already reported are not
 * reported twice.
 *
 * @implNote One instance per batch; not thread-safe. The listener is called on the calling thread.
 */
public final class FusedTrainer {

    /** One run of the batch: its configuration and seed. */
    public record Member(ModelConfig config, long seed) {
    }

    /** Receives each run's epochs, identified by its index in the member list. */
    public interface MemberListener {
        void onEpoch(int member, EpochMetrics metrics);
    }

    private final List<Member> members;
    private final TrainingData data;

    public FusedTrainer(List<Member> members, TrainingData data) {
        Optional<String> why = whyNot(members.stream().map(Member::config).toList(), data.shape());
        if (why.isPresent()) {
            throw new IllegalArgumentException("these runs cannot be trained as one network: " + why.get());
        }
        members.forEach(m -> m.config().requireValidFor(data.train().samples()));
        this.members = List.copyOf(members);
        this.data = data;
    }

    /**
     * Why the configurations cannot be fused on data of this shape, or empty when they can. They
     * must be equal apart from {@code units} and {@code seed}, have the same depth, and use none
     * of what couples or reorders blocks: dropout (one mask would be drawn for all blocks),
     * bidirectional layers, L2-per-layer clipping (one norm over all blocks), shuffling (each
     * seed shuffles differently), a loss other than MSE or MAE, more than one output column, or an
     * output per time step.
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
        if (first.dropout() > 0) {
            return Optional.of("dropout (one mask would be drawn for all runs)");
        }
        if (first.bidirectional()) {
            return Optional.of("bidirectional layers");
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
        if (shape.sequenceOutput()) {
            return Optional.of("an output per time step (only many-to-one networks are fused)");
        }
        return Optional.empty();
    }

    /** Trains every member; results in member order. */
    public List<RunResult> run(MemberListener listener, CancellationToken cancel) {
        Nd4jRuntime.ensureStarted();
        long start = System.nanoTime();
        int count = members.size();
        List<MultiLayerNetwork> own = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Member m : members) {
            own.add(NetworkFactory.build(m.config(), data.shape(), m.seed()));
            blocks.add(new Block(m.config()));
        }
        FusedNetwork fused = new FusedNetwork(members.stream().map(Member::config).toList(), data.shape());
        fused.load(own);
        MultiLayerNetwork net = fused.network();
        ModelConfig config = members.get(0).config();
        List<DataSet> batches = tiled(data.train().data().batchBy(config.batchSize()), count);
        FusedEvaluator evaluator = new FusedEvaluator(data, config.loss(), count);
        boolean useVal = data.validationPart().isPresent();
        int divergedAt = 0;
        epochs:
        for (int epoch = 1; epoch <= config.epochs() && blocks.stream().anyMatch(b -> b.active); epoch++) {
            net.setEpochCount(epoch - 1);
            double lr = net.getLearningRate(0) == null ? config.learningRate() : net.getLearningRate(0);
            for (DataSet batch : batches) {
                if (cancel.isCancelled()) {
                    for (Block b : blocks) {
                        b.end(RunStatus.CANCELLED, "stopped by the user during epoch " + epoch + "; "
                                + b.history.size() + " epochs kept");
                    }
                    break epochs;
                }
                net.fit(batch);
            }
            EpochMetrics[] metrics = evaluator.evaluate(net, epoch, lr, start);
            for (int r = 0; r < count; r++) {
                if (blocks.get(r).active && !finite(metrics[r], useVal)) {
                    divergedAt = epoch;
                    break epochs;
                }
            }
            for (int r = 0; r < count; r++) {
                Block b = blocks.get(r);
                if (!b.active) {
                    continue;
                }
                boolean stopped = b.record(metrics[r], useVal, epoch, fused, r, own.get(r));
                listener.onEpoch(r, metrics[r]);
                if (stopped) {
                    // Its block keeps training with the others, unread; its own network keeps this epoch's state.
                    fused.extract(r, own.get(r));
                    b.restoreBest(own.get(r));
                }
            }
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        List<RunResult> results = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            Block b = blocks.get(r);
            Member m = members.get(r);
            if (b.active && divergedAt > 0) {
                results.add(alone(r, divergedAt, listener, cancel));
                continue;
            }
            if (b.active) {
                fused.extract(r, own.get(r));
                b.end(RunStatus.DONE, "");
            }
            MultiLayerNetwork n = own.get(r);
            double testRmse = data.testPart().map(p -> Losses.rmse(p.toOriginal().apply(
                    FusedEvaluator.matrix(n.output(p.data().getFeatures(), false))), p.targetsOriginal())).orElse(Double.NaN);
            results.add(new RunResult(m.config(), m.seed(), b.status, b.message, b.history, b.bestEpoch, b.bestLoss,
                    testRmse, n.numParams(), wall));
        }
        return results;
    }

    private RunResult alone(int r, int reportedBefore, MemberListener listener, CancellationToken cancel) {
        Member m = members.get(r);
        return new Trainer(m.config(), data, m.seed()).run(e -> {
            if (e.epoch() >= reportedBefore) {
                listener.onEpoch(r, e);
            }
        }, cancel);
    }

    private static boolean finite(EpochMetrics m, boolean useVal) {
        return Double.isFinite(m.trainLoss()) && (!useVal || Double.isFinite(m.valLoss()));
    }

    /** The minibatches with their labels repeated once per block, built once for the whole run. */
    private static List<DataSet> tiled(List<DataSet> batches, int count) {
        List<DataSet> out = new ArrayList<>();
        for (DataSet b : batches) {
            out.add(new DataSet(b.getFeatures(), Nd4j.tile(b.getLabels(), 1, count)));
        }
        return out;
    }

    /** One block's history, best epoch and stopping state, as {@link Trainer} keeps them for a run. */
    private static final class Block {
        final List<EpochMetrics> history = new ArrayList<>();
        final EarlyStoppingCriterion stopRule;
        final boolean restore;
        final boolean stoppable;
        final int epochs;
        boolean active = true;
        RunStatus status = RunStatus.DONE;
        String message = "";
        int bestEpoch;
        double bestLoss = Double.NaN;
        INDArray bestParams;
        private final String kind;

        Block(ModelConfig c) {
            stopRule = Trainer.stoppingCriterion(c.earlyStopping());
            restore = c.earlyStopping().restoreBest() && c.earlyStopping().kind() != StoppingKind.OFF;
            stoppable = c.earlyStopping().kind() != StoppingKind.OFF;
            epochs = c.epochs();
            kind = c.earlyStopping().kind().name().toLowerCase();
        }

        /** Keeps the epoch; returns true (and ends the block) when early stopping says stop. */
        boolean record(EpochMetrics m, boolean useVal, int epoch, FusedNetwork fused, int r, MultiLayerNetwork own) {
            history.add(m);
            double l = useVal ? m.valLoss() : m.trainLoss();
            if (bestEpoch == 0 || l < bestLoss) {
                bestEpoch = epoch;
                bestLoss = l;
                if (restore) {
                    fused.extract(r, own);
                    bestParams = own.params().dup();
                }
            }
            // OFF never stops: skip building the loss arrays, which would cost O(epochs) per epoch
            if (useVal && stoppable && epoch < epochs && stopRule.shouldStop(losses(false), losses(true), epoch)) {
                end(RunStatus.EARLY_STOPPED, "early stopping (" + kind + ") after epoch " + epoch
                        + "; best epoch " + bestEpoch);
                return true;
            }
            return false;
        }

        void restoreBest(MultiLayerNetwork own) {
            if (restore && bestParams != null && status == RunStatus.EARLY_STOPPED) {
                own.setParams(bestParams);
            }
        }

        void end(RunStatus s, String why) {
            if (active) {
                active = false;
                status = s;
                message = why;
            }
        }

        private double[] losses(boolean validation) {
            double[] out = new double[history.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = validation ? history.get(i).valLoss() : history.get(i).trainLoss();
            }
            return out;
        }
    }
}
