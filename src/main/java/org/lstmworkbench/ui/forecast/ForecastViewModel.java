package org.lstmworkbench.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lstmworkbench.forecast.ForecastErrors;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.forecast.StepComparison;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.ui.chart.ForecastChart;
import org.lstmworkbench.ui.chart.StepErrorChart;
import org.lstmworkbench.ui.run.RunItem;

/**
 * The Forecast tab's state for the selected run: why there is nothing to show (a classifier, an
 * imported curve, a run still training, a run saved without a forecast), or its chart at the chosen
 * step ahead with or without the persistence line, the errors per part and the error by step ahead
 * (a table and a chart, beside persistence's).
 *
 * @implNote FX-thread only.
 */
public final class ForecastViewModel {

    /** One row of the error-by-step table, formatted for display. */
    public record StepRow(String step, String rmse, String mae, String mape, String persistenceRmse) {
    }

    private final ForecastChart chart = new ForecastChart();
    private final StepErrorChart stepChart = new StepErrorChart();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a run to see its forecast.");
    private final ReadOnlyStringWrapper errors = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepPart = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper severalSteps = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> steps = FXCollections.observableArrayList();
    private final ObservableList<StepRow> stepRows = FXCollections.observableArrayList();
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final BooleanProperty persistence = new SimpleBooleanProperty(true);
    private RunForecast forecast;

    public ForecastViewModel() {
        step.addListener((o, was, now) -> redraw());
        persistence.addListener((o, was, now) -> redraw());
    }

    // Properties

    public ForecastChart chart() {
        return chart;
    }

    /** The error-by-step chart of {@link #stepPartProperty()}'s part (empty for one step). */
    public StepErrorChart stepChart() {
        return stepChart;
    }

    /** What the tab says above the chart: the run and step shown, or why there is no chart. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The errors per part in original units, one line each, with the persistence forecast's RMSE. */
    public ReadOnlyStringProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    /** Which part the error-by-step table measures ("test part"). */
    public ReadOnlyStringProperty stepPartProperty() {
        return stepPart.getReadOnlyProperty();
    }

    /** Whether a forecast is shown. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether the run forecasts several steps (a horizon above 1, or many-to-many). */
    public ReadOnlyBooleanProperty severalStepsProperty() {
        return severalSteps.getReadOnlyProperty();
    }

    /** The step choices ({@code t+1}, ... or {@code window step 1}, ...). */
    public ObservableList<String> steps() {
        return steps;
    }

    /** The error by step ahead on {@link #stepPartProperty()}'s part. */
    public ObservableList<StepRow> stepRows() {
        return stepRows;
    }

    /** The 0-based step ahead drawn. */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** Whether the persistence forecast is drawn. */
    public BooleanProperty persistenceProperty() {
        return persistence;
    }

    // Commands

    /** Shows the run's forecast, or why it has none; null clears the tab. */
    public void show(RunItem run) {
        RunForecast f = run == null ? null : run.forecast();
        if (f == null) {
            message.set(whyNone(run));
        }
        if (f == forecast) {
            return;
        }
        forecast = f;
        available.set(f != null);
        steps.clear();
        stepRows.clear();
        stepChart.show(List.of());
        errors.set("");
        stepPart.set("");
        severalSteps.set(f != null && f.steps() > 1);
        if (f != null) {
            for (int s = 0; s < f.steps(); s++) {
                steps.add(f.stepName(s));
            }
            errors.set(errorLines(f));
            fillStepRows(f);
        }
        if (step.get() != 0) {
            step.set(0);
        } else {
            redraw();
        }
    }

    private void redraw() {
        RunForecast f = forecast;
        int s = f == null ? 0 : Math.max(0, Math.min(step.get(), f.steps() - 1));
        chart.show(f, s, persistence.get());
        if (f != null) {
            message.set(f.target() + ": actual vs predicted at " + f.stepName(s) + ", original units");
        }
    }

    static String whyNone(RunItem run) {
        if (run == null) {
            return "Select a run to see its forecast.";
        }
        if (run.config().task() instanceof ClassificationTask) {
            return "The forecast view is for regression runs; " + run.name() + " is a classifier (see Confusion).";
        }
        if (run.source() != null) {
            return run.name() + " is a curve imported from " + run.source() + ": its data and model are not here.";
        }
        if (!run.isFinished()) {
            return "The forecast of " + run.name() + " appears when it ends.";
        }
        return "No forecast stored for " + run.name() + ": retrain it.";
    }

    private static String errorLines(RunForecast f) {
        List<String> lines = new ArrayList<>();
        for (String part : RunForecast.PART_NAMES) {
            Optional<ForecastErrors> e = f.errors(part);
            e.ifPresent(m -> lines.add(String.format(Locale.ROOT, "%s: %s; persistence RMSE %s", part, m.describe(),
                    number(f.persistenceErrors(part).orElseThrow().rmse()))));
        }
        return String.join("\n", lines);
    }

    private void fillStepRows(RunForecast f) {
        if (f.steps() < 2) {
            return;
        }
        String part = List.of(RunForecast.TEST, RunForecast.VALIDATION, RunForecast.TRAIN).stream().filter(p -> f.part(p).isPresent()).findFirst()
                .orElseThrow();
        stepPart.set("Error by step ahead, " + part + " part");
        stepChart.show(StepComparison.byStep(f, part));
        for (int s = 0; s < f.steps(); s++) {
            ForecastErrors e = f.errors(part, s).orElseThrow();
            stepRows.add(new StepRow(f.stepName(s), number(e.rmse()), number(e.mae()),
                    e.hasMape() ? String.format(Locale.ROOT, "%.3g%%", e.mape()) : "not defined",
                    number(f.persistenceErrors(part, s).orElseThrow().rmse())));
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? org.lstmworkbench.ui.common.DisplayTexts.number(v) : "";
    }
}
