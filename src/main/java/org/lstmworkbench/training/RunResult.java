package org.lstmworkbench.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;

/**
 * The outcome of one training run; the history is kept whatever the status.
 *
 * @param config        the configuration trained
 * @param seed          the seed of this run
 * @param status        how it ended
 * @param message       why it ended that way, for a user (e.g. which epoch diverged); empty for DONE
 * @param metrics       the metrics every epoch records, in file-column order (the task's)
 * @param history       per-epoch metrics, finite epochs only
 * @param bestEpoch     1-based epoch of the best monitored value (validation loss; training loss without
 *                      validation), 0 if none
 * @param bestValue     that best value, NaN if none
 * @param testMetrics   test-part metrics by id with the returned weights (NaN without a test part)
 * @param parameterCount trainable parameters
 * @param wallMillis    wall-clock time of the run
 * @param classificationReports a classification run's confusion matrix and per-class scores by part,
 *                      {@code validation} and {@code test} when present; empty for regression
 * @param engine        which engine trained the run ({@link EngineUse})
 */
public record RunResult(ModelConfig config, long seed, RunStatus status, String message, List<Metric> metrics,
                        List<EpochMetrics> history, int bestEpoch, double bestValue, Map<String, Double> testMetrics,
                        long parameterCount, long wallMillis,
                        Map<String, ClassificationReport> classificationReports, EngineUse engine) {

    /** The key of the validation part's report in {@link #classificationReports()}. */
    public static final String VALIDATION = "validation";
    /** The key of the test part's report in {@link #classificationReports()}. */
    public static final String TEST = "test";

    public RunResult {
        metrics = List.copyOf(metrics);
        history = List.copyOf(history);
        testMetrics = Collections.unmodifiableMap(new LinkedHashMap<>(testMetrics));
        classificationReports = Collections.unmodifiableMap(new LinkedHashMap<>(
                classificationReports == null ? Map.of() : classificationReports));
        engine = engine == null ? EngineUse.unknown() : engine;
    }

    /** A result whose engine is not recorded. */
    public RunResult(ModelConfig config, long seed, RunStatus status, String message, List<Metric> metrics,
                     List<EpochMetrics> history, int bestEpoch, double bestValue, Map<String, Double> testMetrics,
                     long parameterCount, long wallMillis, Map<String, ClassificationReport> classificationReports) {
        this(config, seed, status, message, metrics, history, bestEpoch, bestValue, testMetrics, parameterCount,
                wallMillis, classificationReports, EngineUse.unknown());
    }

    /** This result with the engine that trained it. */
    public RunResult withEngine(EngineUse used) {
        return new RunResult(config, seed, status, message, metrics, history, bestEpoch, bestValue, testMetrics,
                parameterCount, wallMillis, classificationReports, used);
    }

    /** A result without classification reports (every regression run). */
    public RunResult(ModelConfig config, long seed, RunStatus status, String message, List<Metric> metrics,
                     List<EpochMetrics> history, int bestEpoch, double bestValue, Map<String, Double> testMetrics,
                     long parameterCount, long wallMillis) {
        this(config, seed, status, message, metrics, history, bestEpoch, bestValue, testMetrics, parameterCount,
                wallMillis, Map.of());
    }

    /** This result with the given classification reports. */
    public RunResult withClassificationReports(Map<String, ClassificationReport> reports) {
        return new RunResult(config, seed, status, message, metrics, history, bestEpoch, bestValue, testMetrics,
                parameterCount, wallMillis, reports, engine);
    }

    /** The classification report of a part ({@link #VALIDATION}, {@link #TEST}), if the run has it. */
    public java.util.Optional<ClassificationReport> classificationReport(String part) {
        return java.util.Optional.ofNullable(classificationReports.get(part));
    }

    /** A regression run in the shape results had before metrics were named: one test RMSE. */
    public RunResult(ModelConfig config, long seed, RunStatus status, String message, List<EpochMetrics> history,
                     int bestEpoch, double bestValLoss, double testRmse, long parameterCount, long wallMillis) {
        this(config, seed, status, message, RunMetrics.of(config).epoch(), history, bestEpoch, bestValLoss,
                Map.of(Metric.TEST_RMSE.id(), testRmse), parameterCount, wallMillis);
    }

    /** The lowest validation loss (training loss without validation): {@link #bestValue()} of a regression run. */
    public double bestValLoss() {
        return bestValue;
    }

    /** The test metric with this id, NaN when the run does not measure it or has no test part. */
    public double test(String id) {
        Double v = testMetrics.get(id);
        return v == null ? Double.NaN : v;
    }

    /** RMSE on the test part in original units with the returned weights, NaN without a test part. */
    public double testRmse() {
        return test(Metric.TEST_RMSE.id());
    }

    /** The value of {@code metric} at the last epoch, NaN with no epoch. */
    public double finalValue(Metric metric) {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).value(metric);
    }

    /**
     * The best value of {@code metric} over the epochs in its direction (NaN with none finite); for
     * the monitored metric this is {@link #bestValue()}.
     */
    public double bestOf(Metric metric) {
        double best = Double.NaN;
        for (EpochMetrics m : history) {
            double v = m.value(metric);
            if (metric.isBetter(v, best)) {
                best = v;
            }
        }
        return best;
    }

    /** The curve of {@code metric}, one value per epoch. */
    public double[] curve(Metric metric) {
        return history.stream().mapToDouble(m -> m.value(metric)).toArray();
    }

    /** Training loss of the last epoch, NaN with no epoch. */
    public double finalTrainLoss() {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).trainLoss();
    }

    /** Validation loss of the last epoch, NaN with no epoch or no validation part. */
    public double finalValLoss() {
        return history.isEmpty() ? Double.NaN : history.get(history.size() - 1).valLoss();
    }

    /**
     * Whether the returned weights are the best epoch's (early stopping with restore-best), not the
     * last epoch's.
     */
    public boolean restoredBest() {
        return status == RunStatus.EARLY_STOPPED && config.earlyStopping().restoreBest() && bestEpoch > 0;
    }

    /** The value of {@code metric} for the model the run returns: the best epoch's when its weights were restored. */
    public double modelValue(Metric metric) {
        return restoredBest() ? history.get(bestEpoch - 1).value(metric) : finalValue(metric);
    }

    /** Validation loss of the model the run returns: the best epoch's when its weights were restored. */
    public double modelValLoss() {
        return restoredBest() ? history.get(bestEpoch - 1).valLoss() : finalValLoss();
    }

    /** Training loss of the model the run returns: the best epoch's when its weights were restored. */
    public double modelTrainLoss() {
        return restoredBest() ? history.get(bestEpoch - 1).trainLoss() : finalTrainLoss();
    }

    public double[] trainLosses() {
        return history.stream().mapToDouble(EpochMetrics::trainLoss).toArray();
    }

    public double[] valLosses() {
        return history.stream().mapToDouble(EpochMetrics::valLoss).toArray();
    }
}
