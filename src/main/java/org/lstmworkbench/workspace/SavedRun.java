package org.lstmworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.ClassificationReport;
import org.lstmworkbench.training.EngineUse;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;

/**
 * One run as a workspace keeps it: what it was, how it ended, and its whole history.
 *
 * @param id          unique within the workspace
 * @param name        shown in the run list, e.g. {@code run 3} or {@code repeat 2/5}
 * @param group       repeat group it belongs to (runs of one Repeat N share it), or null
 * @param colourIndex index into the chart palette
 * @param visible     shown on the chart
 * @param config      configuration trained
 * @param seed        seed of this run
 * @param status      how it ended
 * @param message     why, for a user
 * @param history     per-epoch metrics, keyed by metric id
 * @param bestEpoch   epoch of the best monitored value (lowest validation loss; 0 if none)
 * @param bestValue   that value
 * @param testMetrics test-part metrics by id ({@code test_rmse}: RMSE in original units), NaN without a test part
 * @param parameterCount trainable parameters
 * @param wallMillis  wall-clock time
 * @param source      where a curve came from when it was not trained here (an imported Keras log), else null
 * @param classificationReports a classifier's confusion matrix and per-class scores by part
 *                    ({@code validation}, {@code test}); empty for regression runs and imported curves
 * @param engine      which engine trained it; absent (unknown) in files written before it was kept
 * @param dataset     id of the workspace's {@link RunDataset} it was trained on; null for an imported
 *                    curve no dataset was attached to (and for runs of files before version 4 until
 *                    {@link WorkspaceStore} upgrades them)
 * @param forecast    a regression run's predictions of its data beside the actual values and the
 *                    persistence forecast; absent (null) for classifiers, imported curves and runs saved
 *                    before forecasts were kept
 */
// a run may carry optional fields a build does not know (a forecast kept by a later one): they are skipped
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public record SavedRun(String id, String name, String group, int colourIndex, boolean visible, ModelConfig config,
                       long seed, RunStatus status, String message, List<EpochMetrics> history, int bestEpoch,
                       double bestValue, Map<String, Double> testMetrics, long parameterCount, long wallMillis,
                       String source, Map<String, ClassificationReport> classificationReports, EngineUse engine,
                       String dataset, @JsonInclude(JsonInclude.Include.NON_NULL) RunForecast forecast) {

    public SavedRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(status, "status");
        history = history == null ? List.of() : List.copyOf(history);
        testMetrics = testMetrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(testMetrics));
        message = message == null ? "" : message;
        name = name == null ? id : name;
        classificationReports = classificationReports == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(classificationReports));
        engine = engine == null ? EngineUse.unknown() : engine;
    }

    /** A run without a dataset reference or a forecast. */
    public SavedRun(String id, String name, String group, int colourIndex, boolean visible, ModelConfig config,
                    long seed, RunStatus status, String message, List<EpochMetrics> history, int bestEpoch,
                    double bestValue, Map<String, Double> testMetrics, long parameterCount, long wallMillis,
                    String source, Map<String, ClassificationReport> classificationReports, EngineUse engine) {
        this(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch, bestValue,
                testMetrics, parameterCount, wallMillis, source, classificationReports, engine, null, null);
    }

    /** A run whose engine is not known. */
    public SavedRun(String id, String name, String group, int colourIndex, boolean visible, ModelConfig config,
                    long seed, RunStatus status, String message, List<EpochMetrics> history, int bestEpoch,
                    double bestValue, Map<String, Double> testMetrics, long parameterCount, long wallMillis,
                    String source, Map<String, ClassificationReport> classificationReports) {
        this(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch, bestValue,
                testMetrics, parameterCount, wallMillis, source, classificationReports, null);
    }

    /** A run without classification reports (regression runs, imported curves). */
    public SavedRun(String id, String name, String group, int colourIndex, boolean visible, ModelConfig config,
                    long seed, RunStatus status, String message, List<EpochMetrics> history, int bestEpoch,
                    double bestValue, Map<String, Double> testMetrics, long parameterCount, long wallMillis,
                    String source) {
        this(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch, bestValue,
                testMetrics, parameterCount, wallMillis, source, Map.of());
    }

    /** A regression run with its one test RMSE. */
    public SavedRun(String id, String name, String group, int colourIndex, boolean visible, ModelConfig config,
                    long seed, RunStatus status, String message, List<EpochMetrics> history, int bestEpoch,
                    double bestValLoss, double testRmse, long parameterCount, long wallMillis, String source) {
        this(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch, bestValLoss,
                Map.of(Metric.TEST_RMSE.id(), testRmse), parameterCount, wallMillis, source);
    }

    /** A finished run as the trainer returned it. */
    public static SavedRun of(String id, String name, String group, int colourIndex, boolean visible, RunResult r) {
        return new SavedRun(id, name, group, colourIndex, visible, r.config(), r.seed(), r.status(), r.message(),
                r.history(), r.bestEpoch(), r.bestValue(), r.testMetrics(), r.parameterCount(), r.wallMillis(), null,
                r.classificationReports(), r.engine());
    }

    /** This run marked as coming from {@code source}. */
    public SavedRun withSource(String source) {
        return new SavedRun(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch,
                bestValue, testMetrics, parameterCount, wallMillis, source, classificationReports, engine, dataset,
                forecast);
    }

    /** This run with its forecast (null for none). */
    public SavedRun withForecast(RunForecast runForecast) {
        return new SavedRun(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch,
                bestValue, testMetrics, parameterCount, wallMillis, source, classificationReports, engine, dataset,
                runForecast);
    }

    /** This run trained on the workspace's dataset {@code datasetId} (null: none). */
    public SavedRun withDataset(String datasetId) {
        return new SavedRun(id, name, group, colourIndex, visible, config, seed, status, message, history, bestEpoch,
                bestValue, testMetrics, parameterCount, wallMillis, source, classificationReports, engine, datasetId,
                forecast);
    }

    /** The lowest validation loss: {@link #bestValue()} of a regression run. */
    public double bestValLoss() {
        return bestValue;
    }

    /** Test RMSE in original units, NaN without a test part. */
    public double testRmse() {
        Double v = testMetrics.get(Metric.TEST_RMSE.id());
        return v == null ? Double.NaN : v;
    }

    /** The run as a trainer result (for diagnosis and exports). */
    public RunResult toResult() {
        return new RunResult(config, seed, status, message, RunMetrics.of(config).epoch(), history, bestEpoch,
                bestValue, testMetrics, parameterCount, wallMillis, classificationReports, engine);
    }
}
