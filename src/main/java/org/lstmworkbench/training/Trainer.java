package org.lstmworkbench.training;

import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains one configuration on one framed dataset with the configuration's seed, driving the epochs itself so
 * that after every epoch the losses are computed on the whole training and validation sets.
 * Plain and blocking: the caller picks the thread and cancels through a {@link CancellationToken}.
 *
 * The epoch's metrics come from {@link RunEvaluator}, the bookkeeping (best epoch, early stopping,
 * how the run ended) from {@link RunTracker}.
 *
 * <p>Same seed, same data, same configuration: the same history, value for value (weights,
 * dropout masks and shuffling all derive from the seed; ND4J runs one native thread).
 *
 * @implNote One instance per run; not thread-safe. Listeners are called on the calling thread.
 */
public final class Trainer {

    private final ModelConfig config;
    private final TrainingData data;
    private final EnginePolicy policy;
    private MultiLayerNetwork network;

    /** A trainer of {@code config} with its own seed ({@link ModelConfig#seed()}), on the process's engine policy. */
    public Trainer(ModelConfig config, TrainingData data) {
        this(config, data, EnginePolicy.fromSystem());
    }

    /** A trainer that uses the fast engine when {@code policy} allows and it covers the configuration. */
    public Trainer(ModelConfig config, TrainingData data, EnginePolicy policy) {
        this.config = config.requireValidFor(data.train().samples(), data.shape());
        this.data = TrainingDataFactory.forArchitecture(data, config.architecture());
        this.policy = policy;
    }

    /** The network after {@link #run}: the final (or restored best) weights. */
    public Optional<MultiLayerNetwork> network() {
        return Optional.ofNullable(network);
    }

    /** Trains until the last epoch, early stopping, divergence or cancellation. */
    public RunResult run(EpochListener listener, CancellationToken cancel) {
        Nd4jRuntime.ensureStarted();
        long start = System.nanoTime();
        network = NetworkFactory.build(config, data.shape(), config.seed());
        RunEvaluator evaluator = new RunEvaluator(data, config);
        RunTracker run = new RunTracker(config, evaluator.metrics(), RunMetrics.of(config).monitored(),
                data.validationPart().isPresent());
        EngineRun.Batches batches = minibatches();
        EngineUse used;
        Optional<String> whyNot = policy == EnginePolicy.DL4J ? Optional.of("the fast engine is turned off")
                : EngineRun.whyNot(config, data, network);
        if (whyNot.isEmpty()) {
            used = EngineRun.use(config, data);
            new EngineRun(config, data, network).train(evaluator, run, batches, listener, cancel, start);
        } else {
            used = EngineUse.dl4j(whyNot.get());
            fitEpochs(evaluator, run, batches, listener, cancel, start);
        }
        run.finish();
        run.restoreBest(network);
        long wall = (System.nanoTime() - start) / 1_000_000;
        return run.result(evaluator.test(network), network.numParams(), wall)
                .withClassificationReports(evaluator.classificationReports(network))
                .withEngine(used);
    }

    /**
     * Each epoch's minibatches in DL4J's order, for either path: the same list every epoch, or
     * (shuffled) the data's own padded batches or slices of the training part shuffled by the
     * run's seed and the epoch.
     */
    private EngineRun.Batches minibatches() {
        DataSet train = data.train().data();
        List<DataSet> same = config.shuffle() ? null : data.minibatches() != null
                ? data.minibatches().batches(config.batchSize(), false, 0) : train.batchBy(config.batchSize());
        return new EngineRun.Batches() {
            @Override
            public List<DataSet> of(int epoch) {
                return same != null ? same : epochBatches(train, epoch);
            }

            @Override
            public boolean fixed() {
                return same != null;
            }
        };
    }

    /** DL4J's own path: {@code fit} on each minibatch, the network's output for the metrics. */
    private void fitEpochs(RunEvaluator evaluator, RunTracker run, EngineRun.Batches batches, EpochListener listener,
                           CancellationToken cancel, long start) {
        for (int epoch = 1; epoch <= config.epochs() && run.active(); epoch++) {
            network.setEpochCount(epoch - 1);
            double lr = network.getLearningRate(0) == null ? config.learningRate() : network.getLearningRate(0);
            if (!fitEpoch(batches.of(epoch), cancel)) {
                run.cancel(epoch);
                break;
            }
            EpochMetrics m = evaluator.evaluate(network, epoch, lr, start);
            if (!run.finite(m)) {
                run.diverge(m);
                break;
            }
            run.record(m, network::params);
            listener.onEpoch(m);
        }
    }

    /** Fits one epoch's minibatches; false when cancelled before one of them. */
    private boolean fitEpoch(List<DataSet> batches, CancellationToken cancel) {
        for (DataSet batch : batches) {
            if (cancel.isCancelled()) {
                return false;
            }
            network.fit(batch);
        }
        return true;
    }

    /**
     * Predictions in model units as {@code [samples][outputs]} (sequence outputs flattened per
     * sample); a part with a features mask is predicted through it (padded steps are ignored).
     */
    double[][] predict(DataSet part) {
        return RunEvaluator.matrix(RunEvaluator.output(network, part));
    }

    /** One epoch's shuffled minibatches: the data's own (padded sequences) or slices of the training part. */
    private List<DataSet> epochBatches(DataSet train, int epoch) {
        if (data.minibatches() != null) {
            return data.minibatches().batches(config.batchSize(), true, shuffleSeed(epoch));
        }
        return shuffled(train, epoch);
    }

    private long shuffleSeed(int epoch) {
        return config.seed() * 1_000_003L + epoch;
    }

    private List<DataSet> shuffled(DataSet train, int epoch) {
        DataSet copy = train.copy();
        copy.shuffle(shuffleSeed(epoch));
        return copy.batchBy(config.batchSize());
    }
}
