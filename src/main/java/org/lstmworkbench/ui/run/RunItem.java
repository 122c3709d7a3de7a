package org.lstmworkbench.ui.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.forecast.ForecastErrors;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.common.DisplayTexts;
import org.lstmworkbench.workspace.SavedRun;

/**
 * One run as the run list shows it; its properties change on the FX thread only.
 *
 * @implNote Not thread-safe: training threads hand epochs over through the chart's coalescer,
 *     which calls {@link #appendEpochs} on the FX thread.
 */
public final class RunItem {

    /**
     * The metric the run list summarises (final and best value) and the best epoch follows: the
     * task's monitored metric ({@code val_loss} for regression), best by its own direction.
     */
    public static final Metric SUMMARISED = Task.REGRESSION.monitored();

    private final String id;
    private final String name;
    private final String group;
    private final int colourIndex;
    private final ModelConfig config;
    private final long seed;
    private final List<EpochMetrics> history = new ArrayList<>();
    private final BooleanProperty visible = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(RunStatus.RUNNING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper epochs = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper finalValLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyDoubleWrapper bestValLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyIntegerWrapper bestEpoch = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper finalValAccuracy = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyObjectWrapper<Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper testErrors = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunForecast> forecast = new ReadOnlyObjectWrapper<>();
    private RunResult result;
    private String source;
    private final ReadOnlyObjectWrapper<org.lstmworkbench.workspace.RunDataset> dataset = new ReadOnlyObjectWrapper<>();

    public RunItem(String id, String name, String group, int colourIndex, ModelConfig config, long seed) {
        this.id = id;
        this.name = name;
        this.group = group;
        this.colourIndex = colourIndex;
        this.config = config;
        this.seed = seed;
    }

    /** A run restored from a workspace. */
    public static RunItem restored(SavedRun s) {
        RunItem item = new RunItem(s.id(), s.name(), s.group(), s.colourIndex(), s.config(), s.seed());
        item.visible.set(s.visible());
        item.source = s.source();
        item.appendEpochs(s.history());
        item.finish(s.toResult());
        item.setForecast(s.forecast());
        return item;
    }

    /** Adds epochs as they arrive, keeping the summary numbers current. */
    public void appendEpochs(List<EpochMetrics> more) {
        for (EpochMetrics m : more) {
            history.add(m);
            double v = m.value(SUMMARISED);
            if (Double.isFinite(v) && (bestEpoch.get() == 0 || SUMMARISED.isBetter(v, bestValLoss.get()))) {
                bestEpoch.set(m.epoch());
                bestValLoss.set(v);
            }
        }
        if (!history.isEmpty()) {
            epochs.set(history.size());
            finalValLoss.set(history.get(history.size() - 1).value(SUMMARISED));
            finalValAccuracy.set(history.get(history.size() - 1).value(Metric.VAL_ACCURACY));
        }
    }

    /** Records how the run ended; the trainer's result is authoritative for the summary numbers. */
    public void finish(RunResult r) {
        this.result = r;
        if (history.size() < r.history().size()) {
            appendEpochs(r.history().subList(history.size(), r.history().size()));
        }
        status.set(r.status());
        message.set(r.message());
        bestEpoch.set(r.bestEpoch());
        bestValLoss.set(r.bestValLoss());
        finalValLoss.set(r.finalValLoss());
        testErrors.set(testErrorsText());
    }

    /**
     * A regression run's forecast of its data (set when the run ends, or restored from a workspace);
     * null for classifiers, imported curves, failed runs and runs saved before forecasts were kept.
     */
    public ReadOnlyObjectProperty<RunForecast> forecastProperty() {
        return forecast.getReadOnlyProperty();
    }

    public RunForecast forecast() {
        return forecast.get();
    }

    public void setForecast(RunForecast f) {
        forecast.set(f);
        testErrors.set(testErrorsText());
    }

    /** The test part's errors of the run's forecast, if it has both. */
    public java.util.Optional<ForecastErrors> testErrors() {
        return java.util.Optional.ofNullable(forecast.get()).flatMap(f -> f.errors(RunForecast.TEST));
    }

    /**
     * The run list's test-error cell: {@code 12.3 / 9.81 / 4.12%} (RMSE / MAE / MAPE; MAPE left out
     * where not defined), the trainer's test RMSE alone without a forecast, empty without a test part.
     */
    public ReadOnlyStringProperty testErrorsProperty() {
        return testErrors.getReadOnlyProperty();
    }

    private String testErrorsText() {
        java.util.Optional<ForecastErrors> e = testErrors();
        if (e.isPresent()) {
            ForecastErrors t = e.get();
            String head = DisplayTexts.number(t.rmse()) + " / " + DisplayTexts.number(t.mae());
            return t.hasMape() ? head + String.format(java.util.Locale.ROOT, " / %.3g%%", t.mape()) : head;
        }
        double rmse = result == null ? Double.NaN : result.testRmse();
        return Double.isFinite(rmse) ? DisplayTexts.number(rmse) : "";
    }

    /** The run as a workspace keeps it (finished runs only). */
    public SavedRun toSaved() {
        if (result == null) {
            throw new IllegalStateException("run " + id + " has not finished");
        }
        return SavedRun.of(id, name, group, colourIndex, visible.get(), result).withSource(source)
                .withForecast(forecast.get())
                .withDataset(dataset.get() == null ? null : dataset.get().id());
    }

    /** The data the run was trained on (or attached to an imported curve); null for a curve without data. */
    public org.lstmworkbench.workspace.RunDataset dataset() {
        return dataset.get();
    }

    /** The run's data; the run list's Dataset column follows it. */
    public ReadOnlyObjectProperty<org.lstmworkbench.workspace.RunDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** Records the data the run was trained on (or that the user attached to an imported curve). */
    public void setDataset(org.lstmworkbench.workspace.RunDataset data) {
        dataset.set(data);
    }

    /** The naive baselines of the run's own data; null when it has none (an imported curve). */
    public org.lstmworkbench.data.Baselines baselines() {
        return dataset.get() == null ? null : dataset.get().baselines();
    }

    /** The run list's Dataset cell: the data's name, or "none" for a curve without data. */
    public String datasetText() {
        return dataset.get() == null ? "none" : dataset.get().name();
    }

    /** The Dataset cell's tooltip: name and settings, or why there are no baselines. */
    public String datasetTooltip() {
        org.lstmworkbench.workspace.RunDataset d = dataset.get();
        return d == null ? "No dataset: an imported curve has no baselines until a dataset is attached"
                : d.name() + ": " + d.settings();
    }

    /** Where an imported curve came from, or null for a run trained here. */
    public String source() {
        return source;
    }

    /** Marks this run as a curve imported from {@code file}. */
    public void setSource(String file) {
        this.source = file;
    }

    /** What the run list shows as its configuration. */
    public String summary() {
        return source != null ? "imported from " + source : config.summary();
    }

    public boolean isFinished() {
        return result != null;
    }

    /** The run list's tooltip: the run's name, configuration and engine (or that it is still training). */
    public String tooltipText() {
        String head = name + ": " + summary();
        if (source != null) {
            return head;
        }
        String engine = engineText();
        return head + "\n" + (engine.isEmpty() ? "training..." : "Engine: " + engine);
    }

    /** Which engine trained the finished run, in words; empty while it runs or for an imported curve. */
    public String engineText() {
        return result == null || source != null ? "" : result.engine().describe();
    }

    // Properties

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The repeat group (runs of one Repeat N), or null. */
    public String group() {
        return group;
    }

    public int colourIndex() {
        return colourIndex;
    }

    public ModelConfig config() {
        return config;
    }

    public long seed() {
        return seed;
    }

    /** Epochs so far, oldest first (read-only view). */
    public List<EpochMetrics> history() {
        return Collections.unmodifiableList(history);
    }

    public double[] trainLosses() {
        return history.stream().mapToDouble(EpochMetrics::trainLoss).toArray();
    }

    public double[] valLosses() {
        return history.stream().mapToDouble(EpochMetrics::valLoss).toArray();
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public RunStatus status() {
        return status.get();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty epochsProperty() {
        return epochs.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty finalValLossProperty() {
        return finalValLoss.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty bestValLossProperty() {
        return bestValLoss.getReadOnlyProperty();
    }

    /** The last epoch's validation accuracy; NaN for a run that measures none (regression). */
    public ReadOnlyDoubleProperty finalValAccuracyProperty() {
        return finalValAccuracy.getReadOnlyProperty();
    }

    /** Whether the run measured accuracy (a classifier, or an imported curve with accuracy). */
    public boolean hasAccuracy() {
        return history.stream().anyMatch(m -> m.metrics().containsKey(Metric.VAL_ACCURACY.id())
                || m.metrics().containsKey(Metric.TRAIN_ACCURACY.id()));
    }

    /** A finished classifier's confusion matrix and per-class scores (validation, else test). */
    public java.util.Optional<org.lstmworkbench.training.ClassificationReport> classificationReport() {
        if (result == null) {
            return java.util.Optional.empty();
        }
        return result.classificationReport(RunResult.VALIDATION).or(() -> result.classificationReport(RunResult.TEST));
    }

    public ReadOnlyIntegerProperty bestEpochProperty() {
        return bestEpoch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public void setDiagnosis(Diagnosis d) {
        diagnosis.set(d);
    }
}
