package org.lstmworkbench.ui.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableNumberValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.CheckComboBox;
import org.jfree.chart.fx.ChartViewer;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.ui.common.FormGrid;

/**
 * The dataset loader: source (Open CSV, demos, recent files), the data choices in sections
 * beside an inline error message, the resulting sample counts and naive baselines, and on the
 * right the target plotted over time with its parts shaded above a preview of the first rows.
 */
public final class DatasetView extends BorderPane {

    private static final double LABEL_WIDTH = 112;

    private final DatasetViewModel vm;
    private final TargetSeriesChart chart = new TargetSeriesChart();
    private final PreviewTable preview;
    private final DatasetControls controls;

    public DatasetView(DatasetViewModel vm) {
        this.vm = vm;
        setId("dataset-view");
        controls = new DatasetControls(vm, LABEL_WIDTH);
        preview = new PreviewTable(vm);
        VBox side = new VBox(8, source(), errorLabel(), columns(), transforms(), framing());
        side.setPadding(new Insets(8));
        side.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Open CSV, Recent and a demo's whole name ("seed-sequence") side by side
        scroll.setPrefWidth(380);
        scroll.setMinWidth(300);
        setLeft(scroll);

        ChartViewer viewer = new ChartViewer(chart.chart());
        viewer.setId("dataset-chart");
        viewer.setMinHeight(160);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        VBox top = new VBox(viewer, results());
        SplitPane right = new SplitPane(top, preview.node());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.66);
        setCenter(right);
        vm.preparedProperty().addListener((o, was, now) -> chart.show(now));
        chart.show(vm.preparedProperty().get());
        taskSwitch(scroll, right);
    }

    /** Regression shows the table's choices; classification the labelled sequences' pane. */
    private void taskSwitch(javafx.scene.Node regressionLeft, javafx.scene.Node regressionCenter) {
        SequenceDataPane sequences = new SequenceDataPane(vm.sequences());
        // "Regression", not the constant's REGRESSION
        javafx.scene.control.ComboBox<DatasetViewModel.DataTask> task =
                org.lstmworkbench.ui.common.FormGrid.enumChoice(DatasetViewModel.DataTask.class);
        task.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        task.setId("dataset-task");
        task.valueProperty().bindBidirectional(vm.taskProperty());
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, new Label("Task"), task);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 0, 8));
        setTop(bar);
        // the pane's halves are shown in this view; the pane itself is only their builder
        javafx.scene.Node sLeft = sequences.getLeft();
        javafx.scene.Node sCenter = sequences.getCenter();
        sequences.setLeft(null);
        sequences.setCenter(null);
        Runnable swap = () -> {
            boolean classify = vm.taskProperty().get() == DatasetViewModel.DataTask.CLASSIFICATION;
            setLeft(classify ? sLeft : regressionLeft);
            setCenter(classify ? sCenter : regressionCenter);
            if (classify && vm.sequences().preparedProperty().get() == null && !vm.sequences().loadingProperty().get()) {
                vm.sequences().load();
            }
        };
        vm.taskProperty().addListener((o, was, now) -> swap.run());
        swap.run();
    }

    /** Preferred width of preview column {@code index} (for tests). */
    double previewColumnWidth(int index) {
        return preview.columnWidth(index);
    }

    /** Points on the target plot (for tests). */
    int plottedPoints() {
        return chart.points();
    }

    private VBox source() {
        Label title = new Label("Dataset");
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, busy);
        top.setAlignment(Pos.CENTER_LEFT);

        Button open = new Button("Open CSV…");
        open.setId("dataset-open");
        open.setOnAction(e -> chooseFile());
        MenuButton recent = new MenuButton("Recent");
        recent.setId("dataset-recent");
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        fillRecent(recent);
        ComboBox<String> demos = controls.demoChooser();
        HBox.setHgrow(demos, Priority.ALWAYS);
        open.setMinWidth(Region.USE_PREF_SIZE);
        recent.setMinWidth(Region.USE_PREF_SIZE);
        demos.setMinWidth(90);
        HBox buttons = new HBox(6, open, recent, demos);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label sourceName = new Label();
        sourceName.setId("dataset-source");
        sourceName.textProperty().bind(Bindings.createStringBinding(() -> displaySource(vm.sourceProperty().get()),
                vm.sourceProperty()));
        sourceName.setStyle("-fx-text-fill: #444;");
        sourceName.setTooltip(new Tooltip());
        sourceName.getTooltip().textProperty().bind(vm.sourceProperty());
        return new VBox(6, top, buttons, sourceName);
    }

    private Label errorLabel() {
        Label error = new Label();
        error.setId("dataset-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setStyle("-fx-text-fill: #b00020; -fx-background-color: #fdecee; -fx-padding: 5 7 5 7;"
                + " -fx-background-radius: 3;");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private TitledPane columns() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        ComboBox<String> target = new ComboBox<>(vm.columnNames());
        target.setId("dataset-target");
        target.valueProperty().bindBidirectional(vm.choices().targetColumnProperty());
        form.add("Target", "The column to forecast", target);
        CheckComboBox<String> inputs = controls.inputChooser();
        form.add("Inputs", "Input features; none checked means the target's own past", inputs);
        form.add("Text inputs", "A text column checked as an input is encoded: one-hot (a 0/1 feature per category) "
                + "or integer codes; categories are learnt from the training part", controls.encodingChoosers());
        form.add("Missing values", "What to do with NA / empty cells",
                choice(MissingPolicy.class, vm.choices().missingPolicyProperty()));
        ComboBox<org.lstmworkbench.data.EdgeGaps> edges = choice(org.lstmworkbench.data.EdgeGaps.class,
                vm.choices().edgeGapsProperty());
        edges.setId("dataset-edge-gaps");
        edges.getItems().remove(org.lstmworkbench.data.EdgeGaps.REFUSE);
        edges.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            MissingPolicy p = vm.choices().missingPolicyProperty().get();
            return p != MissingPolicy.FORWARD_FILL && p != MissingPolicy.INTERPOLATE;
        }, vm.choices().missingPolicyProperty()));
        form.add("Edge gaps", "Gaps before a column's first value (and, interpolating, after its last): "
                + "take the nearest value, or trim those rows", edges);
        return section("Columns", form.node());
    }

    private TitledPane transforms() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        ComboBox<TransformSpec.Power> power = choice(TransformSpec.Power.class, vm.choices().powerProperty());
        form.add("Power", "Log or Box-Cox stabilise a growing variance (x + shift must be positive); "
                + "log1p is log(1 + x), for series with zeros", power);
        javafx.scene.control.Spinner<Double> shift = controls.shiftSpinner();
        shift.disableProperty().bind(vm.choices().powerProperty().isEqualTo(TransformSpec.Power.NONE));
        form.add("Shift", "c added before the power transform: log(x + c)", shift);
        TextField lambda = controls.lambdaField();
        CheckBox fit = new CheckBox("fit");
        fit.setTooltip(new Tooltip("Fit lambda on the training part by maximum likelihood"));
        fit.selectedProperty().bindBidirectional(vm.choices().fitBoxCoxLambdaProperty());
        fit.disableProperty().bind(vm.choices().powerProperty().isNotEqualTo(TransformSpec.Power.BOX_COX));
        lambda.disableProperty().bind(fit.disabledProperty().or(fit.selectedProperty()));
        // a fitted lambda shows where a given one would be typed
        lambda.promptTextProperty().bind(Bindings.createStringBinding(() -> {
            double fitted = vm.summary().boxCoxLambdaProperty().get();
            return Double.isNaN(fitted) ? "fitted" : "fitted " + org.lstmworkbench.ui.common.DisplayTexts.number(fitted);
        }, vm.summary().boxCoxLambdaProperty()));
        HBox.setHgrow(lambda, Priority.ALWAYS);
        HBox lambdaRow = new HBox(8, lambda, fit);
        lambdaRow.setAlignment(Pos.CENTER_LEFT);
        form.add("Box-Cox λ", null, lambdaRow);
        form.add("Seasonal diff.", "Seasonal differencing period (0 = none), e.g. 12 for months",
                controls.intSpinner(vm.choices().seasonalPeriodProperty(), 0, 1000));
        form.add("Differencing", "Order of differencing, 0 to 2", controls.intSpinner(vm.choices().differenceOrderProperty(), 0, 2));
        form.add("Scaling", "Fitted on the training part", choice(TransformSpec.Scaling.class, vm.choices().scalingProperty()));
        return section("Transforms", form.node());
    }

    private TitledPane framing() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        form.add("Lags", "Input timesteps per sample", controls.intSpinner(vm.choices().lagsProperty(), 1, 10_000));
        form.add("Horizon", "Values forecast per sample", controls.intSpinner(vm.choices().horizonProperty(), 1, 1000));
        form.add("Shape", null, choice(FrameShape.class, vm.choices().shapeProperty()));
        form.add("Train", "Share of samples for training (test takes up the rest)",
                controls.fractionSpinner(vm.choices().trainFractionProperty()));
        form.add("Validation", null, controls.fractionSpinner(vm.choices().validationFractionProperty()));
        form.add("Test", null, controls.fractionSpinner(vm.choices().testFractionProperty()));
        Label split = FormGrid.note("");
        split.textProperty().bind(vm.splitDescriptionProperty());
        form.addWide(split);
        return section("Framing and split", form.node());
    }

    /** Sample counts per part (with the chart's shades) beside the naive baselines, under the plot. */
    private HBox results() {
        GridPane counts = new GridPane();
        counts.setHgap(8);
        counts.setVgap(3);
        counts.addRow(0, swatch(TargetSeriesChart.TRAIN), new Label("Train"), count("dataset-train-count", vm.summary().trainSamplesProperty()));
        counts.addRow(1, swatch(TargetSeriesChart.VALIDATION), new Label("Validation"),
                count("dataset-validation-count", vm.summary().validationSamplesProperty()));
        counts.addRow(2, swatch(TargetSeriesChart.TEST), new Label("Test"), count("dataset-test-count", vm.summary().testSamplesProperty()));

        GridPane baselines = new GridPane();
        baselines.setHgap(14);
        baselines.setVgap(3);
        baselines.addRow(0, heading("Validation MSE of naive forecasts"), heading("model units"), heading("original units"));
        baselines.addRow(1, new Label("Persistence (last value)"), number("dataset-persistence", vm.summary().persistenceLossProperty()),
                number("dataset-persistence-original", vm.summary().persistenceLossOriginalProperty()));
        baselines.addRow(2, new Label("Training mean"), number("dataset-mean", vm.summary().meanLossProperty()),
                number("dataset-mean-original", vm.summary().meanLossOriginalProperty()));
        Label note = FormGrid.note("A model should beat both.");
        Label preparation = new Label();
        preparation.setId("dataset-preparation");
        preparation.setWrapText(true);
        preparation.textProperty().bind(vm.summary().preparationProperty());
        VBox right = new VBox(2, baselines, note, preparation);

        javafx.scene.control.Separator line = new javafx.scene.control.Separator(Orientation.VERTICAL);
        HBox strip = new HBox(18, counts, line, right);
        strip.setId("dataset-results");
        strip.setPadding(new Insets(6, 10, 6, 10));
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setStyle("-fx-background-color: #f6f7f9; -fx-border-color: #dcdfe4; -fx-border-width: 1 0 0 0;");
        return strip;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a CSV time series");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (!vm.recentFiles().isEmpty() && Files.isDirectory(vm.recentFiles().get(0).getParent())) {
            chooser.setInitialDirectory(vm.recentFiles().get(0).getParent().toFile());
        }
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            vm.openFile(file.toPath());
        }
    }

    private void fillRecent(MenuButton recent) {
        recent.getItems().clear();
        for (Path path : vm.recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.openFile(path));
            recent.getItems().add(item);
        }
        recent.setDisable(vm.recentFiles().isEmpty());
    }

    private static String displaySource(String source) {
        if (source == null || source.isEmpty()) {
            return "Nothing loaded";
        }
        if (source.startsWith(DemoDatasets.PREFIX)) {
            return "Demo: " + source.substring(DemoDatasets.PREFIX.length());
        }
        Path name = Path.of(source).getFileName();
        return "File: " + (name == null ? source : name.toString());
    }

    private static <E extends Enum<E>> ComboBox<E> choice(Class<E> type, ObjectProperty<E> value) {
        ComboBox<E> box = FormGrid.enumChoice(type);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Label count(String id, ObservableNumberValue value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%,d samples", value.intValue()), value));
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label number(String id, ObservableNumberValue value) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            double v = value.doubleValue();
            return Double.isNaN(v) ? "–" : org.lstmworkbench.ui.common.DisplayTexts.number(v);
        }, value));
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER_RIGHT);
        label.setStyle("-fx-font-family: monospace;");
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-text-fill: #555; -fx-font-size: 0.92em;");
        return label;
    }

    private static Region swatch(java.awt.Color color) {
        Region box = new Region();
        box.setMinSize(12, 12);
        box.setMaxSize(12, 12);
        // the chart's shades are translucent; the swatch shows them at full strength on white
        box.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%d,%d,%d,%.2f); -fx-border-color: #aaa;",
                color.getRed(), color.getGreen(), color.getBlue(), Math.min(1, color.getAlpha() / 255.0 * 3)));
        return box;
    }

    private static TitledPane section(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId("dataset-section-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        pane.setAnimated(false);
        return pane;
    }
}
