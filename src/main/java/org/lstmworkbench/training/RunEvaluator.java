package org.lstmworkbench.training;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Computes a run's task metrics ({@link RunMetrics#epoch()}) after every epoch, and its test metrics
 * at the end, for {@link Trainer} (one network, one run) and {@link FusedTrainer} (one network
 * holding several runs as blocks, each block's prediction in its own output column). The fused
 * network's training and validation features are stacked once (same time steps) and go through
 * one {@code output()} per epoch; each sample's prediction depends only on its own row. Labels
 * are converted to Java arrays once.
 *
 * <p>A metric is computed from one part's predictions in model units: a {@code *_loss} metric is
 * the configured loss against the labels, a {@code *_rmse} metric the RMSE in the target's
 * original units. {@code train_*} metrics read the training part, {@code val_*} the validation
 * part (NaN without one), {@code test_*} the test part.
 *
 * @implNote Not thread-safe; one per training.
 */
final class RunEvaluator {

    private final TrainingData data;
    private final List<Metric> metrics;
    private final List<Metric> testMetrics;
    private final LossKind loss;
    private final int blocks;
    private final double[][] trainLabels;
    private final double[][] valLabels;
    private INDArray stacked;

    /**
     * @param data   the run's data
     * @param config the configuration (its task and loss)
     * @param blocks runs held by the network the evaluator reads (1 for an ordinary network)
     */
    RunEvaluator(TrainingData data, ModelConfig config, int blocks) {
        this.data = data;
        RunMetrics measured = RunMetrics.of(config);
        this.metrics = measured.epoch();
        this.testMetrics = measured.test();
        this.loss = config.loss();
        this.blocks = blocks;
        this.trainLabels = matrix(data.train().data().getLabels());
        this.valLabels = data.validationPart().map(p -> matrix(p.data().getLabels())).orElse(null);
    }

    /** The metrics every epoch records. */
    List<Metric> metrics() {
        return metrics;
    }

    /** One epoch's metrics of an ordinary network (one run); the elapsed time includes the evaluation. */
    EpochMetrics evaluate(MultiLayerNetwork net, int epoch, double lr, long start) {
        double[][] train = predict(net, data.train());
        double[][] val = data.validationPart().map(p -> predict(net, p)).orElse(null);
        double[] values = values(train, val);
        return EpochMetrics.of(epoch, metrics, values, lr, (System.nanoTime() - start) / 1_000_000);
    }

    /** One epoch's metrics of every block of a fused network, from one {@code output()} call. */
    EpochMetrics[] evaluateFused(MultiLayerNetwork net, int epoch, double lr, long start) {
        double[][][] all = split(net.output(stackedFeatures(), false));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        int trainRows = data.train().samples();
        EpochMetrics[] out = new EpochMetrics[blocks];
        for (int r = 0; r < blocks; r++) {
            double[][] train = Arrays.copyOfRange(all[r], 0, trainRows);
            double[][] val = valLabels == null ? null : Arrays.copyOfRange(all[r], trainRows, all[r].length);
            out[r] = EpochMetrics.of(epoch, metrics, values(train, val), lr, elapsed);
        }
        return out;
    }

    /** The test metrics of an ordinary network by id; NaN without a test part. */
    Map<String, Double> test(MultiLayerNetwork net) {
        Optional<DataPart> test = data.testPart();
        Map<String, Double> out = new LinkedHashMap<>();
        double[][] predicted = test.map(p -> predict(net, p)).orElse(null);
        for (Metric m : testMetrics) {
            out.put(m.id(), predicted == null ? Double.NaN : computeTest(m, predicted, test.get()));
        }
        return out;
    }

    private double[] values(double[][] train, double[][] val) {
        double[] values = new double[metrics.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = compute(metrics.get(i), train, val);
        }
        return values;
    }

    /** One metric from the parts' predictions: the metric's computation lives here, by id. */
    private double compute(Metric m, double[][] train, double[][] val) {
        return switch (m.id()) {
            case "train_loss" -> LossFunctions.loss(loss, train, trainLabels);
            case "train_rmse" -> rmse(train, data.train());
            case "val_loss" -> val == null ? Double.NaN : LossFunctions.loss(loss, val, valLabels);
            case "val_rmse" -> val == null ? Double.NaN : rmse(val, data.validationPart().orElseThrow());
            default -> throw new IllegalStateException("no computation for metric " + m.id());
        };
    }

    private static double computeTest(Metric m, double[][] predicted, DataPart test) {
        return switch (m.id()) {
            case "test_rmse" -> rmse(predicted, test);
            default -> throw new IllegalStateException("no computation for test metric " + m.id());
        };
    }

    private static double rmse(double[][] predicted, DataPart part) {
        return Losses.rmse(part.toOriginal().apply(predicted), part.targetsOriginal());
    }

    /** Predictions in model units as {@code [samples][outputs]} (sequence outputs flattened per sample). */
    private static double[][] predict(MultiLayerNetwork net, DataPart part) {
        return matrix(net.output(part.data().getFeatures(), false));
    }

    private INDArray stackedFeatures() {
        if (stacked == null) {
            INDArray train = data.train().data().getFeatures();
            stacked = data.validationPart().map(p -> Nd4j.concat(0, train, p.data().getFeatures())).orElse(train);
        }
        return stacked;
    }

    /** The fused output {@code [samples, blocks]} as one {@code [samples][1]} matrix per block. */
    private double[][][] split(INDArray out) {
        double[][] all = out.toDoubleMatrix();
        double[][][] split = new double[blocks][all.length][1];
        for (int r = 0; r < blocks; r++) {
            for (int i = 0; i < all.length; i++) {
                split[r][i][0] = all[i][r];
            }
        }
        return split;
    }

    /** A network's output or labels as {@code [samples][outputs]}, a sequence output flattened per sample. */
    static double[][] matrix(INDArray a) {
        if (a.rank() == 3) {
            return a.reshape('c', a.size(0), a.size(1) * a.size(2)).toDoubleMatrix();
        }
        return a.toDoubleMatrix();
    }
}
