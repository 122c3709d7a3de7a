package org.lstmworkbench.ui.forecast;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Forecast tab: what is shown (or why nothing is), the step-ahead chooser and the persistence
 * toggle, the chart of actual vs predicted over the residuals, the errors per part and, for several
 * steps, the error by step ahead (a table and a chart). Builds controls and binds them; nothing else.
 */
public final class ForecastView extends VBox {

    private final ChartViewer viewer;

    public ForecastView(ForecastViewModel vm) {
        super(4);
        setId("forecast-view");
        setPadding(new Insets(4));

        Label message = new Label();
        message.setId("forecast-message");
        message.setWrapText(true);
        message.setStyle("-fx-font-weight: bold;");
        message.textProperty().bind(vm.messageProperty());
        // wrapped whole: in the narrow details pane one line cut it to "...original ..."
        message.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<String> step = new ComboBox<>(vm.steps());
        step.setId("forecast-step");
        step.setMinWidth(Region.USE_PREF_SIZE);
        step.setTooltip(new Tooltip("Which step ahead to draw: t+1 is the next value, t+2 the one after..."));
        step.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                vm.stepProperty().set(now.intValue());
            }
        });
        vm.stepProperty().addListener((o, was, now) -> step.getSelectionModel().select(now.intValue()));
        vm.steps().addListener((javafx.collections.ListChangeListener<String>) c ->
                step.getSelectionModel().select(vm.stepProperty().get()));
        Label stepLabel = new Label("Step ahead");
        bindShown(stepLabel, vm);
        bindShown(step, vm);

        CheckBox persistence = new CheckBox("Persistence (last value)");
        persistence.setId("forecast-persistence");
        persistence.setTooltip(new Tooltip("The naive forecast to beat: every target predicted by the last value observed"));
        persistence.selectedProperty().bindBidirectional(vm.persistenceProperty());
        persistence.visibleProperty().bind(vm.availableProperty());
        // a flow: in the narrow details pane the toggle goes below the chooser instead of being cut
        FlowPane controls = new FlowPane(8, 4, stepLabel, step, persistence);
        controls.setAlignment(Pos.CENTER_LEFT);

        viewer = new ChartViewer(vm.chart().chart());
        viewer.setId("forecast-chart");
        viewer.setMinHeight(160);
        viewer.visibleProperty().bind(vm.availableProperty());
        viewer.managedProperty().bind(vm.availableProperty());
        VBox.setVgrow(viewer, Priority.ALWAYS);

        Label errors = new Label();
        errors.setId("forecast-errors");
        errors.setWrapText(true);
        errors.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
        errors.textProperty().bind(vm.errorsProperty());
        errors.setMinHeight(Region.USE_PREF_SIZE);

        Label stepPart = new Label();
        stepPart.textProperty().bind(vm.stepPartProperty());
        TableView<ForecastViewModel.StepRow> table = stepTable(vm);
        ChartViewer stepChart = new ChartViewer(vm.stepChart().chart());
        stepChart.setId("forecast-step-chart");
        stepChart.setPrefHeight(170);
        // the table or the chart of the same errors in the same room: beside each other neither fits the pane
        CheckBox asChart = new CheckBox("As a chart");
        asChart.setId("forecast-step-as-chart");
        asChart.setTooltip(new Tooltip("Draw the RMSE by step ahead with persistence's instead of the table"));
        table.visibleProperty().bind(asChart.selectedProperty().not());
        stepChart.visibleProperty().bind(asChart.selectedProperty());
        FlowPane stepHeader = new FlowPane(8, 4, stepPart, asChart);
        stepHeader.setAlignment(Pos.CENTER_LEFT);
        StackPane byStep = new StackPane(table, stepChart);
        // kept readable: the tab scrolls (MainView) rather than squeezing the errors by step to nothing
        byStep.setMinHeight(120);
        bindShown(stepHeader, vm);
        bindShown(byStep, vm);

        getChildren().addAll(message, controls, viewer, errors, stepHeader, byStep);
    }

    /** The chart's viewer (tests). */
    public ChartViewer viewer() {
        return viewer;
    }

    private static TableView<ForecastViewModel.StepRow> stepTable(ForecastViewModel vm) {
        TableView<ForecastViewModel.StepRow> table = new TableView<>(vm.stepRows());
        table.setId("forecast-step-errors");
        table.setPrefHeight(120);
        // fixed widths that fit their texts; a pane narrower than the table scrolls it sideways (the
        // constrained policy shared a narrow pane out and cut every header and number to "2...")
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Step", ForecastViewModel.StepRow::step));
        table.getColumns().add(column("RMSE", ForecastViewModel.StepRow::rmse));
        table.getColumns().add(column("MAE", ForecastViewModel.StepRow::mae));
        table.getColumns().add(column("MAPE", ForecastViewModel.StepRow::mape));
        table.getColumns().add(column("Persistence RMSE", ForecastViewModel.StepRow::persistenceRmse));
        table.getColumns().forEach(c -> c.setPrefWidth(66));
        table.getColumns().get(table.getColumns().size() - 1).setPrefWidth(150);
        return table;
    }

    private static TableColumn<ForecastViewModel.StepRow, String> column(String title,
            java.util.function.Function<ForecastViewModel.StepRow, String> value) {
        TableColumn<ForecastViewModel.StepRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        c.setSortable(false);
        return c;
    }

    /** Shown (and laid out) only for a forecast of several steps. */
    private static void bindShown(javafx.scene.Node node, ForecastViewModel vm) {
        node.visibleProperty().bind(vm.severalStepsProperty());
        node.managedProperty().bind(vm.severalStepsProperty());
    }
}
