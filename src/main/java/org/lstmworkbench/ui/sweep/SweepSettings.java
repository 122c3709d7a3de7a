package org.lstmworkbench.ui.sweep;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.RunMetrics;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.List;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.experiment.SweepSpec;

/**
 * The Sweep panel's settings, validated as they change: the parameters (one line each), grid or
 * random search with its number of points, repeats, base seed, threads and the metric shown.
 * Defaults: {@code units=1,5,10}, grid, 10 random points, 5 repeats, base seed 1, the cores,
 * final validation loss (final validation accuracy for a classifier).
 *
 * @implNote FX-thread only.
 */
public final class SweepSettings {

    private final StringProperty parameters = new SimpleStringProperty(this, "parameters", "units=1,5,10");
    private final BooleanProperty random = new SimpleBooleanProperty(this, "random", false);
    private final IntegerProperty samples = new SimpleIntegerProperty(this, "samples", 10);
    private final IntegerProperty repeats = new SimpleIntegerProperty(this, "repeats", 5);
    private final IntegerProperty baseSeed = new SimpleIntegerProperty(this, "baseSeed", 1);
    private final IntegerProperty threads = new SimpleIntegerProperty(this, "threads", SweepRunner.defaultThreads());
    private final ObservableList<SweepMetric> metricChoices =
            FXCollections.observableArrayList(SweepMetric.forRuns(RunMetrics.REGRESSION));
    private final ObjectProperty<SweepMetric> metric = new SimpleObjectProperty<>(this, "metric", metricChoices.get(0));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyObjectWrapper<SweepSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");

    SweepSettings() {
        parameters.addListener((o, a, b) -> validate());
        random.addListener((o, a, b) -> validate());
        samples.addListener((o, a, b) -> validate());
        baseSeed.addListener((o, a, b) -> validate());
        repeats.addListener((o, a, b) -> validate());
        threads.addListener((o, a, b) -> validate());
        validate();
    }

    // Properties

    /** The swept parameters, one {@code NAME=V1,V2}, {@code NAME=LOW..HIGH} or {@code NAME=log:LOW..HIGH} per line. */
    public StringProperty parametersProperty() {
        return parameters;
    }

    /** Random search (N samples) instead of the full grid. */
    public BooleanProperty randomProperty() {
        return random;
    }

    /** Points drawn by random search. */
    public IntegerProperty samplesProperty() {
        return samples;
    }

    /** Runs per point. */
    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    /** Base seed: every run's seed is derived from it, the point and the repeat; random search draws with it. */
    public IntegerProperty baseSeedProperty() {
        return baseSeed;
    }

    /** Runs trained at once. */
    public IntegerProperty threadsProperty() {
        return threads;
    }

    /**
     * The metric the table, box plot, best point and convergence show: final validation loss by
     * default, final validation accuracy for a classifier ({@link #defaultOf}).
     */
    public ObjectProperty<SweepMetric> metricProperty() {
        return metric;
    }

    /**
     * The metrics the user can choose from: those of the sweep's runs ({@link Experiment#metrics()}),
     * set when the window's task changes and when a sweep starts or is resumed; regression's until then.
     */
    public ObservableList<SweepMetric> metricChoices() {
        return metricChoices;
    }

    /** What is wrong with the settings ("" when they are fine). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The sweep the settings describe, null while they are invalid. */
    public ReadOnlyObjectProperty<SweepSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Shows a stored experiment's settings (when resuming it). */
    void show(Experiment e) {
        random.set(e.sweep().random());
        if (e.sweep().random()) {
            samples.set(e.sweep().samples());
        }
        parameters.set(SweepSetup.text(e.sweep()));
        repeats.set(e.repeats());
        baseSeed.set((int) e.baseSeed());
        offerMetricsOf(e);
    }

    /** Offers the metrics of {@code e}'s runs ({@link #offerMetrics}). */
    void offerMetricsOf(Experiment e) {
        offerMetrics(e.metrics());
    }

    /**
     * Offers {@code choices}, keeping a metric the user chose when it is among them; a metric left
     * at its default moves to the new choices' default ({@link #defaultOf}), so switching to a
     * classifier ranks by validation accuracy unless the user picked something else.
     */
    void offerMetrics(List<SweepMetric> choices) {
        SweepMetric chosen = metric.get();
        boolean wasDefault = chosen == null || chosen.equals(defaultOf(metricChoices));
        if (!choices.equals(metricChoices)) {
            metricChoices.setAll(choices);
        }
        if (wasDefault || !choices.contains(metric.get())) {
            metric.set(defaultOf(choices));
        }
    }

    /**
     * The metric a sweep of these choices shows first: a classifier's final validation accuracy
     * (what a person ranks classifiers by; the highest is best), else the first choice (the
     * final value of the monitored metric, validation loss for regression).
     */
    static SweepMetric defaultOf(List<SweepMetric> choices) {
        return choices.stream().filter(m -> m.column().equals(Metric.VAL_ACCURACY.id())).findFirst()
                .orElse(choices.get(0));
    }

    private void validate() {
        try {
            if (repeats.get() < 1) {
                throw new WorkbenchException("repeats must be at least 1, got " + repeats.get());
            }
            if (threads.get() < 1) {
                throw new WorkbenchException("threads must be at least 1, got " + threads.get());
            }
            spec.set(SweepSetup.parse(parameters.get(), random.get(), samples.get(), baseSeed.get()));
            problem.set("");
            valid.set(true);
        } catch (WorkbenchException e) {
            spec.set(null);
            problem.set(e.getMessage());
            valid.set(false);
        }
    }
}
