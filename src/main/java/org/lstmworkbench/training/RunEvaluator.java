package org.lstmworkbench.training;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Computes a run's task metrics ({@link RunMetrics#epoch()}) after every epoch, and its test metrics
 * at the end, for {@link Trainer}, from DL4J's {@code output()} or the fast engine's forward pass.
 * Labels are converted to Java arrays once.
 *
 * <p>A metric is computed from one part's predictions in model units: a {@code *_loss} metric is
 * the configured loss against the labels, a {@code *_rmse} metric the RMSE in the target's
 * original units; a classifier's {@code *_loss} is DL4J's multi-class cross-entropy (what its
 * {@code score} gives without regularisation), {@code *_accuracy} the share of sequences whose
 * most probable class is their label and {@code *_balanced_accuracy} the mean per-class recall
 * ({@link Classification}). {@code train_*} metrics read the training part, {@code val_*} the validation
 * part (NaN without one), {@code test_*} the test part.
 *
 * @implNote Not thread-safe; one per training.
 */
final class RunEvaluator {

    private final TrainingData data;
    private final List<Metric> metrics;
    private final List<Metric> testMetrics;
    private final LossKind loss;
    /** The classes of a classification run (its loss is multi-class cross-entropy whatever {@link #loss} says); null otherwise. */
    private final List<String> classes;
    private final double[][] trainLabels;
    private final double[][] valLabels;

    /**
     * @param data   the run's data
     * @param config the configuration (its task and loss)
     */
    RunEvaluator(TrainingData data, ModelConfig config) {
        this.data = data;
        RunMetrics measured = RunMetrics.of(config);
        this.metrics = measured.epoch();
        this.testMetrics = measured.test();
        this.loss = config.loss();
        this.classes = config.task() instanceof ClassificationTask c ? c.classes().names() : null;
        this.trainLabels = matrix(data.train().data().getLabels());
        this.valLabels = data.validationPart().map(p -> matrix(p.data().getLabels())).orElse(null);
    }

    /** The metrics every epoch records. */
    List<Metric> metrics() {
        return metrics;
    }

    /** Predictions of one part in model units as {@code [samples][outputs]}. */
    interface Predictor {
        double[][] predict(DataPart part);
    }

    /** One epoch's metrics of an ordinary network (one run); the elapsed time includes the evaluation. */
    EpochMetrics evaluate(MultiLayerNetwork net, int epoch, double lr, long start) {
        return evaluate(part -> predict(net, part), epoch, lr, start);
    }

    /** One epoch's metrics from another forward pass of one run (the fast engine's). */
    EpochMetrics evaluate(Predictor predictor, int epoch, double lr, long start) {
        double[][] train = predictor.predict(data.train());
        double[][] val = data.validationPart().map(predictor::predict).orElse(null);
        double[] values = values(train, val);
        return EpochMetrics.of(epoch, metrics, values, lr, (System.nanoTime() - start) / 1_000_000);
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

    /**
     * The confusion matrix and per-class scores of a classification run's network on its
     * validation and test parts ({@link RunResult#VALIDATION}, {@link RunResult#TEST}), those it
     * has; empty for regression.
     */
    Map<String, ClassificationReport> classificationReports(MultiLayerNetwork net) {
        Map<String, ClassificationReport> out = new LinkedHashMap<>();
        if (classes == null) {
            return out;
        }
        data.validationPart().ifPresent(p -> out.put(RunResult.VALIDATION, report(net, p)));
        data.testPart().ifPresent(p -> out.put(RunResult.TEST, report(net, p)));
        return out;
    }

    private ClassificationReport report(MultiLayerNetwork net, DataPart part) {
        return ClassificationReport.of(classes, Classification.confusion(predict(net, part),
                matrix(part.data().getLabels()), classes.size()));
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
            case "train_loss" -> loss(train, trainLabels);
            case "train_rmse" -> rmse(train, data.train());
            case "val_loss" -> val == null ? Double.NaN : loss(val, valLabels);
            case "val_rmse" -> val == null ? Double.NaN : rmse(val, data.validationPart().orElseThrow());
            case "train_accuracy" -> Classification.accuracy(train, trainLabels);
            case "val_accuracy" -> val == null ? Double.NaN : Classification.accuracy(val, valLabels);
            case "train_balanced_accuracy" -> Classification.balancedAccuracy(train, trainLabels);
            case "val_balanced_accuracy" -> val == null ? Double.NaN : Classification.balancedAccuracy(val, valLabels);
            default -> throw new IllegalStateException("no computation for metric " + m.id());
        };
    }

    /** The data part of the loss: the configured one, or DL4J's multi-class cross-entropy for a classifier. */
    private double loss(double[][] predicted, double[][] labels) {
        return classes != null ? Classification.crossEntropy(predicted, labels) : LossFunctions.loss(loss, predicted, labels);
    }

    private static double computeTest(Metric m, double[][] predicted, DataPart test) {
        return switch (m.id()) {
            case "test_rmse" -> rmse(predicted, test);
            case "test_accuracy" -> Classification.accuracy(predicted, matrix(test.data().getLabels()));
            default -> throw new IllegalStateException("no computation for test metric " + m.id());
        };
    }

    private static double rmse(double[][] predicted, DataPart part) {
        return Losses.rmse(part.toOriginal().apply(predicted), part.targetsOriginal());
    }

    /** Predictions in model units as {@code [samples][outputs]} (sequence outputs flattened per sample). */
    private static double[][] predict(MultiLayerNetwork net, DataPart part) {
        return matrix(output(net, part.data()));
    }

    /**
     * The network's output for a part's features in inference mode, through the part's features
     * mask when it has one (padded sequences: {@code LastTimeStep} then reads each sequence's last
     * real step).
     */
    static INDArray output(MultiLayerNetwork net, DataSet part) {
        INDArray mask = part.getFeaturesMaskArray();
        return mask == null ? net.output(part.getFeatures(), false)
                : net.output(part.getFeatures(), false, mask, null);
    }

    /** A network's output or labels as {@code [samples][outputs]}, a sequence output flattened per sample. */
    static double[][] matrix(INDArray a) {
        if (a.rank() == 3) {
            return a.reshape('c', a.size(0), a.size(1) * a.size(2)).toDoubleMatrix();
        }
        return a.toDoubleMatrix();
    }
}
