package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.engine.EngineBatch;
import org.lstmworkbench.training.engine.EngineUpdater;
import org.lstmworkbench.training.engine.FloatLstmEngine;
import org.lstmworkbench.training.engine.LstmEngine;
import org.lstmworkbench.model.Precision;
import org.lstmworkbench.training.engine.TrainingEngine;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The epochs of one {@link Trainer} run on the fast engine ({@code training.engine}): the network
 * DL4J built gives the initial parameters, {@link LstmEngine} the gradient of each minibatch (in
 * the order {@code fit} would see them), {@link EngineUpdater} DL4J's update, and after every
 * epoch the engine's forward pass the predictions the {@link RunEvaluator} turns into metrics.
 * The trained parameters, the updater's state and the iteration and epoch counts go back into
 * the network at the end, so saving, exporting and predicting keep using DL4J.
 *
 * @implNote One per run; owns native buffers, closed at the end of {@link #train}.
 */
final class EngineRun {

    /** Feeds the run's epochs in order; {@code Trainer} owns the minibatch order. */
    interface Batches {
        List<DataSet> of(int epoch);

        /** Whether every epoch gets the same list (then it is converted once). */
        boolean fixed();
    }

    private final ModelConfig config;
    private final TrainingData data;
    private final MultiLayerNetwork network;
    private final Precision precision;

    /** A run in the configuration's precision ({@link Precision#of}), in double where float cannot train it. */
    EngineRun(ModelConfig config, TrainingData data, MultiLayerNetwork network) {
        this.config = config;
        this.data = data;
        this.network = network;
        this.precision = precision(config, data);
    }

    /** The precision the run trains in: the one asked for, or double where the float engine cannot train it. */
    private static Precision precision(ModelConfig config, TrainingData data) {
        return Precision.of(config) == Precision.FLOAT && floatReason(config, data).isEmpty() ? Precision.FLOAT
                : Precision.DOUBLE;
    }

    private static boolean masked(TrainingData data) {
        return data.minibatches() != null || data.train().data().getFeaturesMaskArray() != null;
    }

    /** Why the float engine cannot train this run (then a float request trains in double), or empty. */
    private static Optional<String> floatReason(ModelConfig config, TrainingData data) {
        return FloatLstmEngine.whyNot(config, data.shape(), masked(data));
    }

    /**
     * Why the fast engine cannot train this configuration on data of this shape with this network,
     * or empty when it can (the network's math and the update are both covered).
     */
    static Optional<String> whyNot(ModelConfig config, TrainingData data, MultiLayerNetwork network) {
        Optional<String> math = LstmEngine.whyNot(config, data.shape(), masked(data));
        return math.isPresent() ? math : EngineUpdater.unsupported(network);
    }

    /** What the run records about its engine. */
    static EngineUse use(ModelConfig config, TrainingData data) {
        List<String> notes = new java.util.ArrayList<>();
        if (Precision.of(config) == Precision.FLOAT) {
            Optional<String> no = floatReason(config, data);
            notes.add(no.isEmpty() ? "float precision" : "double precision (float cannot train " + no.get() + ")");
        }
        if (LstmEngine.usesVectorActivations(config)) {
            notes.add("Vector API activations");
        }
        if (LstmEngine.usesDropout(config)) {
            notes.add("dropout masks drawn by the engine from the run's seed: reproducible, not equal to DL4J's fit");
        }
        return EngineUse.fast(precision(config, data), String.join("; ", notes));
    }

    /** Trains until the last epoch, early stopping, divergence or cancellation, as {@code Trainer} does. */
    void train(RunEvaluator evaluator, RunTracker run, Batches batches, EpochListener listener,
               CancellationToken cancel, long start) {
        EngineUpdater updater = EngineUpdater.of(network);
        double[] params = network.params().toDoubleVector();
        double[] grad = new double[params.length];
        Map<DataPart, EngineBatch> parts = new IdentityHashMap<>();
        List<EngineBatch> fixed = batches.fixed() ? convert(batches.of(1)) : null;
        int iteration = 0;
        int begun = 0;
        try (TrainingEngine engine = precision == Precision.FLOAT ? FloatLstmEngine.of(config, data.shape(), network)
                : LstmEngine.of(config, data.shape(), network, config.seed())) {
            for (int epoch = 1; epoch <= config.epochs() && run.active(); epoch++) {
                begun = epoch;
                double lr = updater.learningRate(iteration, epoch - 1);
                List<EngineBatch> epochBatches = fixed != null ? fixed : convert(batches.of(epoch));
                boolean complete = true;
                try {
                    for (EngineBatch b : epochBatches) {
                        if (cancel.isCancelled()) {
                            complete = false;
                            break;
                        }
                        engine.gradient(b, params, grad);
                        updater.step(params, grad, iteration, epoch - 1, b.examples());
                        iteration++;
                    }
                } finally {
                    if (fixed == null) {
                        epochBatches.forEach(EngineBatch::close);
                    }
                }
                if (!complete) {
                    run.cancel(epoch);
                    break;
                }
                EpochMetrics m = evaluator.evaluate(part -> predict(engine, parts, part, params), epoch, lr, start);
                if (!run.finite(m)) {
                    run.diverge(m);
                    break;
                }
                run.record(m, () -> row(params));
                listener.onEpoch(m);
            }
        } finally {
            if (fixed != null) {
                fixed.forEach(EngineBatch::close);
            }
            parts.values().forEach(EngineBatch::close);
        }
        network.setParams(row(params));
        updater.writeState(network);
        network.setIterationCount(iteration);
        // as fit leaves it: the trainer sets the count to epoch - 1 before each epoch it begins
        network.setEpochCount(Math.max(0, begun - 1));
    }

    private static List<EngineBatch> convert(List<DataSet> sets) {
        List<EngineBatch> out = new ArrayList<>(sets.size());
        for (DataSet d : sets) {
            out.add(EngineBatch.of(d));
        }
        return out;
    }

    /** A part's predictions as {@code [samples][outputs]}; the part is converted once per run. */
    private static double[][] predict(TrainingEngine engine, Map<DataPart, EngineBatch> parts, DataPart part,
                                      double[] params) {
        EngineBatch batch = parts.computeIfAbsent(part, p -> EngineBatch.of(p.data()));
        double[] flat = engine.output(batch, params);
        int n = batch.examples();
        int k = flat.length / n;
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * k, out[i], 0, k);
        }
        return out;
    }

    private static INDArray row(double[] params) {
        return Nd4j.createFromArray(params).reshape(1, params.length);
    }
}
