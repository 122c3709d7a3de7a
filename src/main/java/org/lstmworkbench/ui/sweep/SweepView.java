package org.lstmworkbench.ui.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.ui.chart.ChartExport;
import org.lstmworkbench.ui.common.DialogService;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.FormGrid;

/**
 * The Sweep panel: the sweep's settings, Start / Stop / Resume and exports on the left; progress
 * on top; the box plot (click a box to select its point) beside the describe() table and the
 * best point; the selected point's repeats convergence and runs below. Builds controls and
 * binds them; nothing else.
 */
public final class SweepView extends BorderPane {

    private final SweepViewModel vm;
    private final DialogService dialogs;
    private final ChartViewer boxViewer;

    /** A view of {@code vm}; create on the FX thread. */
    public SweepView(SweepViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("sweep-view");
        boxViewer = new ChartViewer(vm.tables().boxPlot().chart());
        boxViewer.setId("sweep-boxplot");
        boxViewer.setMinSize(250, 200);
        boxViewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                String label = pointAt(event.getEntity());
                if (label != null) {
                    vm.selectPoint(label);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks select
            }
        });
        ScrollPane left = new ScrollPane(settings());
        left.setFitToWidth(true);
        left.setMinWidth(290);
        left.setPrefWidth(320);
        setLeft(left);
        setCenter(results());
        vm.errorProperty().addListener((o, old, msg) -> {
            if (msg != null && !msg.isEmpty()) {
                dialogs.showError("Sweep", msg);
            }
        });
        ErrorReporter errors = new ErrorReporter(dialogs);
        vm.failureProperty().addListener((o, old, t) -> {
            if (t != null) {
                errors.report("The sweep failed", t);
            }
        });
    }

    /** The box plot's viewer (tests click it). */
    public ChartViewer boxViewer() {
        return boxViewer;
    }

    private VBox settings() {
        Label title = new Label("Sweep");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label intro = FormGrid.note("Repeat every point of a grid or random search and compare the "
                + "distributions. The dataset (tab 1) and the model (tab 2) are the base.");
        intro.setWrapText(true);

        TextArea params = new TextArea();
        params.setId("sweep-parameters");
        params.setPrefRowCount(4);
        params.setStyle("-fx-font-family: monospace;");
        params.setPromptText("units=1,5,10");
        params.textProperty().bindBidirectional(vm.settings().parametersProperty());
        Label hint = FormGrid.note("One per line: units=1,5,10   batchSize=1,2,3   optimizer=adam,rmsprop\n"
                + "Ranges (random search): dropout=0..0.5   learningRate=log:1e-4..1e-1");
        hint.setWrapText(true);
        Label problem = new Label();
        problem.setId("sweep-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #c0392b;");
        problem.textProperty().bind(vm.settings().problemProperty());
        problem.managedProperty().bind(vm.settings().problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        ToggleGroup search = new ToggleGroup();
        RadioButton grid = new RadioButton("Grid: every combination");
        RadioButton random = new RadioButton("Random:");
        grid.setToggleGroup(search);
        random.setToggleGroup(search);
        random.setId("sweep-random");
        (vm.settings().randomProperty().get() ? random : grid).setSelected(true);
        random.selectedProperty().addListener((o, a, on) -> vm.settings().randomProperty().set(on));
        vm.settings().randomProperty().addListener((o, a, on) -> (on ? random : grid).setSelected(true));
        Spinner<Integer> samples = intSpinner(1, 10_000, vm.settings().samplesProperty().get(), vm.settings().samplesProperty()::set);
        vm.settings().samplesProperty().addListener((o, a, v) -> samples.getValueFactory().setValue(v.intValue()));
        samples.disableProperty().bind(random.selectedProperty().not());
        HBox randomRow = new HBox(6, random, samples, new Label("points"));
        randomRow.setAlignment(Pos.CENTER_LEFT);

        FormGrid form = new FormGrid(80);
        Spinner<Integer> repeats = intSpinner(1, 1000, vm.settings().repeatsProperty().get(), vm.settings().repeatsProperty()::set);
        repeats.setId("sweep-repeats");
        vm.settings().repeatsProperty().addListener((o, a, v) -> repeats.getValueFactory().setValue(v.intValue()));
        form.add("Repeats", "Runs per point, each with its own derived seed (the seed: 5 to 30)", repeats);
        Spinner<Integer> seed = intSpinner(0, Integer.MAX_VALUE, vm.settings().baseSeedProperty().get(), vm.settings().baseSeedProperty()::set);
        vm.settings().baseSeedProperty().addListener((o, a, v) -> seed.getValueFactory().setValue(v.intValue()));
        form.add("Base seed", "Every run's seed is derived from it, the point and the repeat: "
                + "any run can be re-run alone", seed);
        Spinner<Integer> threads = intSpinner(1, 64, vm.settings().threadsProperty().get(), vm.settings().threadsProperty()::set);
        threads.setId("sweep-threads");
        form.add("Threads", "Runs trained at once (default: the cores)", threads);
        ChoiceBox<SweepMetric> metric = new ChoiceBox<>();
        metric.getItems().setAll(SweepMetric.values());
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepMetric m) {
                return m == null ? "" : m.column();
            }

            @Override
            public SweepMetric fromString(String s) {
                return SweepMetric.valueOf(s);
            }
        });
        metric.valueProperty().bindBidirectional(vm.settings().metricProperty());
        form.add("Metric", "The per-run number the table, box plot and convergence show", metric);

        Button start = button("Start", "Train every run of the sweep into a new folder", vm.startCommand()::execute);
        start.setId("sweep-start");
        start.setDefaultButton(false);
        start.disableProperty().bind(vm.startCommand().executableProperty().not());
        start.setStyle("-fx-font-weight: bold;");
        Button stop = button("Stop", "Stop every running run within one epoch; Resume continues later",
                vm.stopCommand()::execute);
        stop.setId("sweep-stop");
        stop.disableProperty().bind(vm.stopCommand().executableProperty().not());
        Button resume = button("Resume...", "Open a sweep folder and train only its missing runs", this::resume);
        resume.setId("sweep-resume");
        resume.disableProperty().bind(vm.runningProperty());
        HBox buttons = new HBox(6, start, stop, resume);

        Label folder = FormGrid.note("");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null ? ""
                : "Folder: " + vm.folderProperty().get(), vm.folderProperty()));

        VBox box = new VBox(8, title, intro, new Label("Parameters"), params, hint, problem, grid, randomRow,
                form.node(), buttons, folder, exportMenu());
        box.setPadding(new Insets(10));
        return box;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Export");
        export.setId("sweep-export");
        export.getItems().addAll(
                item("Table as CSV (summary.csv)...", () -> save("summary.csv", "CSV files", "csv",
                        p -> SweepExports.tableFile(vm.tables(), p))),
                item("Table as text (pandas layout)...", () -> save("describe.txt", "Text files", "txt",
                        p -> SweepExports.tableFile(vm.tables(), p))),
                item("Box plot as PNG...", () -> save("boxplot.png", "PNG images", "png",
                        p -> SweepExports.boxPlotFile(vm.tables(), p))),
                item("Box plot as SVG...", () -> save("boxplot.svg", "SVG images", "svg",
                        p -> SweepExports.boxPlotFile(vm.tables(), p))),
                item("Convergence plot as PNG...", () -> save("convergence.png", "PNG images", "png",
                        p -> SweepExports.convergenceFile(vm.tables(), p))),
                item("Convergence plot as SVG...", () -> save("convergence.svg", "SVG images", "svg",
                        p -> SweepExports.convergenceFile(vm.tables(), p))));
        export.disableProperty().bind(vm.tables().resultProperty().isNull());
        return export;
    }

    private BorderPane results() {
        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        Label progress = new Label();
        progress.setId("sweep-progress-text");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.textProperty().bind(vm.progressTextProperty());
        progress.setStyle("-fx-font-weight: bold;");
        Label status = new Label();
        status.setId("sweep-status");
        status.textProperty().bind(vm.statusProperty());
        status.setStyle("-fx-text-fill: #555;");
        HBox top = new HBox(10, bar, progress, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));

        Label best = new Label();
        best.setId("sweep-best");
        best.setWrapText(true);
        best.textProperty().bind(vm.tables().bestTextProperty());
        best.setStyle("-fx-font-size: 13px; -fx-padding: 6 8 6 8; -fx-background-color: #f4f7fb; "
                + "-fx-border-color: #d5dde8;");
        best.managedProperty().bind(vm.tables().bestTextProperty().isNotEmpty());
        best.visibleProperty().bind(best.managedProperty());
        best.setMinHeight(Region.USE_PREF_SIZE);
        Label tableTitle = new Label("describe(): one column per point; click a column or a box to select it");
        tableTitle.setWrapText(true);
        tableTitle.setStyle("-fx-text-fill: #555;");
        DescribeTable table = new DescribeTable(vm.tables());
        VBox tableBox = new VBox(6, tableTitle, table, best);
        tableBox.setPadding(new Insets(6));

        SplitPane upper = new SplitPane(boxViewer, tableBox);
        upper.setDividerPositions(0.5);
        ChartViewer convergence = new ChartViewer(vm.tables().convergence().chart());
        convergence.setId("sweep-convergence");
        convergence.setMinSize(200, 150);
        SplitPane lower = new SplitPane(convergence, new PointRunsTable(vm.tables()));
        lower.setDividerPositions(0.5);
        SplitPane centre = new SplitPane(upper, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);

        BorderPane pane = new BorderPane(centre);
        pane.setTop(top);
        return pane;
    }

    private void resume() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Resume a sweep: choose its folder (with experiment.json)");
        Path root = vm.sweepsRoot();
        if (Files.isDirectory(root)) {
            chooser.setInitialDirectory(root.toFile());
        }
        var dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.resume(dir.toPath());
        }
    }

    private void save(String name, String description, String extension,
                      Function<Path, ChartExport.Image> prepare) {
        dialogs.chooseFileToSave("Export", name, description, extension)
                .ifPresent(p -> vm.export(p, prepare, message -> dialogs.showError("Export", message)));
    }

    /** The point label under a click: a box (or its markers) or a category label on the axis. */
    static String pointAt(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity item) {
            return String.valueOf(item.getColumnKey());
        }
        if (entity instanceof CategoryLabelEntity label) {
            return String.valueOf(label.getKey());
        }
        return null;
    }

    private static Spinner<Integer> intSpinner(int min, int max, int initial, Consumer<Integer> onChange) {
        Spinner<Integer> s = new Spinner<>(min, max, initial);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.valueProperty().addListener((o, a, v) -> onChange.accept(v));
        return s;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
