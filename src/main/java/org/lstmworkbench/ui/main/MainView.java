package org.lstmworkbench.ui.main;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.model.ModelConfigJson;
import org.lstmworkbench.ui.chart.LossChartView;
import org.lstmworkbench.ui.chart.RunColours;
import org.lstmworkbench.ui.common.Command;
import org.lstmworkbench.ui.common.DialogService;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.SpinnerCommits;
import org.lstmworkbench.ui.dataset.DatasetView;
import org.lstmworkbench.ui.model.ModelConfigView;
import org.lstmworkbench.ui.run.DiagnosisPane;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.ui.run.RunListView;
import org.lstmworkbench.ui.sweep.SweepView;

/**
 * The workbench window's content: menus and toolbar, the dataset and model panes on the left, the
 * live loss chart in the centre, the run list with the selected run's diagnosis and configuration
 * below it, and a status bar with progress. Builds controls and binds them; nothing else.
 */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final DialogService dialogs;
    private final RunListView runList;
    private final DiagnosisPane diagnosisPane = new DiagnosisPane();
    private final org.lstmworkbench.ui.run.ConfusionPane confusionPane = new org.lstmworkbench.ui.run.ConfusionPane();
    private LossChartView accuracyView;
    private final TextArea configText = new TextArea();
    private final javafx.beans.value.ChangeListener<Object> diagnosisListener = (o, old, d) -> showSelected();
    private RunItem shown;
    private LossChartView chartView;

    public MainView(MainViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("main-view");
        runList = new RunListView(vm.runs(), RunColours::fx);
        setTop(new VBox(menuBar(), toolBar(), runBlockedBanner()));
        setCenter(centre());
        setBottom(statusBar());
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                SpinnerCommits.install(scene);
            }
        });
        runList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunItem>) c -> showSelected());
        vm.runs().runs().addListener((ListChangeListener<RunItem>) c -> {
            while (c.next()) {
                if (c.wasAdded() && runList.getSelectionModel().isEmpty()) {
                    // follow the first new run so its live label and evidence are on screen
                    runList.getSelectionModel().select(c.getAddedSubList().get(0));
                }
            }
            showSelected();
        });
        vm.lastErrorProperty().addListener((o, old, msg) -> {
            if (msg != null && !msg.isEmpty()) {
                dialogs.showError("Cannot do that", msg);
            }
        });
        ErrorReporter errors = new ErrorReporter(dialogs);
        vm.failureProperty().addListener((o, old, f) -> {
            if (f != null) {
                errors.report(f.title(), f.error());
            }
        });
    }

    /** The live chart with its toolbar. */
    /** The accuracy plot's view (shown below the loss chart for classification). */
    public LossChartView accuracyView() {
        return accuracyView;
    }

    public LossChartView chartView() {
        return chartView;
    }

    /** The run list (tests select rows in it). */
    public RunListView runList() {
        return runList;
    }

    private TabPane centre() {
        ModelConfigView modelView = new ModelConfigView(vm.model());
        modelView.setMinWidth(330);
        modelView.setPrefWidth(370);

        configText.setEditable(false);
        configText.setId("run-config");
        configText.setStyle("-fx-font-family: monospace; -fx-font-size: 11px;");
        // scrolls: below the chart, the errors by step ahead (and "As a chart") need more height than the pane has
        javafx.scene.control.ScrollPane forecastScroll = new javafx.scene.control.ScrollPane(
                new org.lstmworkbench.ui.forecast.ForecastView(vm.forecast()));
        forecastScroll.setId("forecast-scroll");
        forecastScroll.setFitToWidth(true);
        forecastScroll.setFitToHeight(true);
        forecastScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        Tab forecastTab = new Tab("Forecast", forecastScroll);
        forecastTab.setId("forecast-tab");
        // DiagnosisPane scrolls itself: the diagnosis can be longer than the pane is high
        TabPane details = new TabPane(new Tab("Diagnosis", diagnosisPane),
                new Tab("Confusion", new javafx.scene.control.ScrollPane(confusionPane)), forecastTab,
                new Tab("Configuration", configText));
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.setId("run-details");
        // wide enough for its three tab names
        details.setMinWidth(300);

        SplitPane bottom = new SplitPane(runList, details);
        bottom.setDividerPositions(0.68);
        chartView = new LossChartView(vm.chart());
        accuracyView = new LossChartView(vm.accuracyChart());
        accuracyView.setId("accuracy-chart-view");
        // accuracy below loss on the same epochs, shown for classification data or a run with accuracy
        SplitPane charts = new SplitPane(chartView);
        charts.setOrientation(Orientation.VERTICAL);
        Runnable showAccuracy = () -> {
            boolean wanted = vm.dataset().taskProperty().get()
                    == org.lstmworkbench.ui.dataset.DatasetViewModel.DataTask.CLASSIFICATION
                    || vm.runs().runs().stream().anyMatch(RunItem::hasAccuracy);
            if (wanted && !charts.getItems().contains(accuracyView)) {
                charts.getItems().add(accuracyView);
                charts.setDividerPositions(0.55);
            } else if (!wanted) {
                charts.getItems().remove(accuracyView);
            }
        };
        vm.dataset().taskProperty().addListener((o, was, now) -> showAccuracy.run());
        vm.runs().runs().addListener((javafx.collections.ListChangeListener<RunItem>) c -> showAccuracy.run());
        showAccuracy.run();
        SplitPane middle = new SplitPane(charts, bottom);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.6);

        SplitPane train = new SplitPane(modelView, middle);
        train.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(modelView, false);

        Tab datasetTab = new Tab("1  Dataset", new DatasetView(vm.dataset()));
        datasetTab.setId("dataset-tab");
        Tab trainTab = new Tab("2  Model and runs", train);
        trainTab.setId("train-tab");
        Tab sweepTab = new Tab("3  Sweep", new SweepView(vm.sweep(), dialogs));
        sweepTab.setId("sweep-tab");
        TabPane tabs = new TabPane(datasetTab, trainTab, sweepTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(trainTab);
        return tabs;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open dataset...", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openDataset),
                item("Open workspace...", null, this::openWorkspace),
                item("Save workspace", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveWorkspace),
                item("Save workspace as...", null, this::saveWorkspaceAs),
                item("Recover autosaved runs", null, () -> guard(() -> vm.workspace().openWorkspace(vm.workspace().autosaveFile()))),
                item("Import learning curve (Keras CSV/JSON, history.csv)...", null, this::importCurve),
                new SeparatorMenuItem(),
                item("Export chart as PNG...", null, () -> exportChart("png")),
                item("Export chart as SVG...", null, () -> exportChart("svg")),
                item("Export histories as CSV...", null, this::exportHistories),
                item("Save model of the shown run...", null, this::saveModel),
                new SeparatorMenuItem(),
                item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                        () -> getScene().getWindow().hide()));
        Menu runMenu = new Menu("Run");
        runMenu.getItems().addAll(
                bound(item("Run", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), vm.runCommand()::execute),
                        vm.runCommand()),
                bound(item("Repeat N", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), vm.repeatCommand()::execute), vm.repeatCommand()),
                bound(item("Stop", new KeyCodeCombination(KeyCode.ESCAPE), vm.stopCommand()::execute), vm.stopCommand()),
                new SeparatorMenuItem(),
                item("Sanity checks before a long run", null, () -> vm.runSanityChecks(text ->
                        dialogs.showInfo("Sanity checks", "Checks before a long run, from a practitioners' LSTM tuning checklist", text))),
                item("Compare selected runs", null, this::compareSelected),
                item("Load this run's dataset", null, () -> vm.workspace().loadRunDataset(shown)),
                item("Attach the loaded dataset to this imported curve", null,
                        () -> vm.workspace().attachLoadedDataset(shown)),
                item("Remove selected runs", null, () -> vm.runs().removeFinished(
                        List.copyOf(runList.getSelectionModel().getSelectedItems()))));
        MenuBar bar = new MenuBar(file, runMenu);
        bar.getMenus().add(HelpMenu.create(dialogs, List.copyOf(bar.getMenus())));
        return bar;
    }

    private ToolBar toolBar() {
        Button open = button("Open", "Open a CSV dataset (Ctrl+O)", this::openDataset);
        Button run = button("Run", "Train the configuration once (Ctrl+R)", vm.runCommand()::execute);
        run.setId("run-button");
        // no default button: Enter in a field commits that field and never starts a run
        run.disableProperty().bind(vm.runCommand().executableProperty().not());
        Spinner<Integer> n = new Spinner<>(1, 100, vm.repeatCountProperty().get());
        n.setEditable(true);
        n.setPrefWidth(70);
        n.setId("repeat-count");
        n.valueProperty().addListener((o, old, v) -> vm.repeatCountProperty().set(v));
        Button repeat = button("Repeat", "Train N runs with consecutive seeds and show their mean ± std (Ctrl+Shift+R)",
                vm.repeatCommand()::execute);
        repeat.setId("repeat-button");
        repeat.disableProperty().bind(vm.repeatCommand().executableProperty().not());
        Button stop = button("Stop", "Stop every run within one epoch (Esc)", vm.stopCommand()::execute);
        stop.setId("stop-button");
        stop.disableProperty().bind(vm.stopCommand().executableProperty().not());
        Button png = button("PNG", "Export the chart as PNG", () -> exportChart("png"));
        Button svg = button("SVG", "Export the chart as SVG", () -> exportChart("svg"));
        Button csv = button("CSV", "Export every run's history as one CSV", this::exportHistories);
        Button save = button("Save", "Save the workspace (Ctrl+S)", this::saveWorkspace);
        Button openWs = button("Open workspace", "Open a saved workspace", this::openWorkspace);
        return new ToolBar(open, new javafx.scene.control.Separator(), run, new Label("N"), n, repeat, stop,
                new javafx.scene.control.Separator(), png, svg, csv, new javafx.scene.control.Separator(), save, openWs);
    }

    /** Under Run on every tab (the Dataset tab too): why Run is off, when it is. */
    private Label runBlockedBanner() {
        Label reason = new Label();
        reason.setId("run-blocked");
        reason.setWrapText(true);
        reason.setMaxWidth(Double.MAX_VALUE);
        reason.setStyle("-fx-text-fill: #8a1c1c; -fx-background-color: #fdecea; -fx-padding: 3 8 3 8;");
        reason.textProperty().bind(vm.runBlockedReasonProperty());
        reason.visibleProperty().bind(vm.runBlockedReasonProperty().isNotEmpty());
        reason.managedProperty().bind(reason.visibleProperty());
        return reason;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        bar.progressProperty().bind(vm.progressProperty());
        Label backend = new Label();
        backend.textProperty().bind(Bindings.when(vm.backendReadyProperty()).then("ND4J ready").otherwise("ND4J starting..."));
        // a long status line must not squeeze this to "ND4J re..."
        backend.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar.getRightItems().add(backend);
        return bar;
    }

    private void showSelected() {
        List<RunItem> sel = runList.getSelectionModel().getSelectedItems();
        RunItem item = sel.isEmpty() ? null : sel.get(sel.size() - 1);
        if (shown != item) {
            if (shown != null) {
                shown.diagnosisProperty().removeListener(diagnosisListener);
                shown.statusProperty().removeListener(diagnosisListener);
            }
            shown = item;
            if (item != null) {
                item.diagnosisProperty().addListener(diagnosisListener);
                // the confusion matrix arrives with the end of the run, whatever the label does
                item.statusProperty().addListener(diagnosisListener);
            }
        }
        diagnosisPane.show(item, item == null ? null : item.diagnosisProperty().get(), vm.groupDiagnosis(item));
        confusionPane.show(item);
        vm.forecast().show(item);
        configText.setText(item == null ? "" : "seed " + item.seed() + ", "
                + org.lstmworkbench.ui.common.DisplayTexts.status(item.status()) + "\n"
                + ModelConfigJson.write(item.config()) + "\n\n" + (item.dataset() == null
                ? "dataset: none (" + item.datasetTooltip() + ")" : item.dataset().describe()));
        vm.selectedRunProperty().set(item);
    }

    private void compareSelected() {
        List<RunItem> sel = runList.getSelectionModel().getSelectedItems();
        if (sel.size() != 2) {
            dialogs.showError("Compare runs", "Select exactly two runs to compare (Ctrl+click), not " + sel.size());
            return;
        }
        List<String> diffs = vm.runs().compare(sel.get(0), sel.get(1));
        dialogs.showInfo("Compare runs", sel.get(0).name() + " vs " + sel.get(1).name(),
                diffs.isEmpty() ? "The configurations are identical." : String.join("\n", diffs));
    }

    private void openDataset() {
        dialogs.chooseFileToOpen("Open dataset", "CSV files", "csv", "txt").ifPresent(vm.dataset()::openFile);
    }

    private void importCurve() {
        dialogs.chooseFileToOpen("Import learning curve", "Keras logs and histories", "csv", "json", "txt")
                .ifPresent(p -> guard(() -> vm.workspace().importCurve(p)));
    }

    private void openWorkspace() {
        dialogs.chooseFileToOpen("Open workspace", "Workspaces", "json").ifPresent(p -> guard(() -> vm.workspace().openWorkspace(p)));
    }

    private void saveWorkspace() {
        Path current = vm.workspace().workspaceFileProperty().get();
        if (current == null) {
            saveWorkspaceAs();
        } else {
            guard(() -> vm.workspace().saveWorkspace(current));
        }
    }

    private void saveWorkspaceAs() {
        dialogs.chooseFileToSave("Save workspace", "workspace.json", "Workspaces", "json")
                .ifPresent(p -> guard(() -> vm.workspace().saveWorkspace(p)));
    }

    private void exportChart(String format) {
        dialogs.chooseFileToSave("Export chart", "loss-chart." + format, format.toUpperCase() + " files", format)
                .ifPresent(p -> guard(() -> vm.workspace().exportChart(p, format, 1400, 900)));
    }

    private void exportHistories() {
        dialogs.chooseFileToSave("Export histories", "histories.csv", "CSV files", "csv")
                .ifPresent(p -> guard(() -> vm.workspace().exportHistories(p)));
    }

    /** The file is chosen here; the network is written off the FX thread ({@link MainViewModel#saveModel}). */
    private void saveModel() {
        if (!vm.runs().models().has(shown)) {
            vm.saveModel(shown, null);
            return;
        }
        dialogs.chooseFileToSave("Save model", "model.zip", "DL4J model zip", "zip")
                .ifPresent(p -> vm.saveModel(shown, p));
    }

    private void guard(Runnable action) {
        try {
            action.run();
        } catch (WorkbenchException e) {
            vm.reportError(e.getMessage());
        }
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static MenuItem bound(MenuItem m, Command command) {
        m.disableProperty().bind(command.executableProperty().not());
        return m;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
