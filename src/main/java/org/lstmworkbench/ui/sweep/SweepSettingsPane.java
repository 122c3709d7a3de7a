package org.lstmworkbench.ui.sweep;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.ui.common.FormGrid;

/**
 * The Sweep panel's left side: the parameters, grid or random search, repeats, base seed,
 * threads and metric, Start / Stop / Resume, the folder and the export menu. Builds controls and
 * binds them to the {@link SweepSettings} and commands of the view model; nothing else.
 */
final class SweepSettingsPane extends VBox {

    private final SweepViewModel vm;
    private final SweepSettings settings;

    /**
     * @param resume     asks for a folder and resumes it (the view owns the window for the chooser)
     * @param exportMenu the export menu, placed last
     */
    SweepSettingsPane(SweepViewModel vm, Runnable resume, Node exportMenu) {
        super(8);
        this.vm = vm;
        this.settings = vm.settings();
        Label title = new Label("Sweep");
        title.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        Label intro = FormGrid.note("Repeat every point of a grid or random search and compare the "
                + "distributions. The dataset (tab 1) and the model (tab 2) are the base.");
        intro.setWrapText(true);
        getChildren().addAll(title, intro, new Label("Parameters"), parameters(), hint(), problem());
        getChildren().addAll(searchRows());
        getChildren().addAll(form().node(), buttons(resume), folder(), exportMenu);
        setPadding(new Insets(10));
    }

    private TextArea parameters() {
        TextArea params = new TextArea();
        params.setId("sweep-parameters");
        params.setPrefRowCount(4);
        params.setStyle("-fx-font-family: monospace;");
        params.setPromptText("units=1,5,10");
        params.textProperty().bindBidirectional(settings.parametersProperty());
        return params;
    }

    private static Label hint() {
        Label hint = FormGrid.note("One per line: units=1,5,10   batchSize=1,2,3   optimizer=adam,rmsprop\n"
                + "Ranges (random search): dropout=0..0.5   learningRate=log:1e-4..1e-1");
        hint.setWrapText(true);
        return hint;
    }

    private Label problem() {
        Label problem = new Label();
        problem.setId("sweep-problem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #c0392b;");
        problem.textProperty().bind(settings.problemProperty());
        problem.managedProperty().bind(settings.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }

    /** Grid or random search (with its number of points): the grid button, then the random row. */
    private Node[] searchRows() {
        ToggleGroup search = new ToggleGroup();
        RadioButton grid = new RadioButton("Grid: every combination");
        RadioButton random = new RadioButton("Random:");
        grid.setToggleGroup(search);
        random.setToggleGroup(search);
        random.setId("sweep-random");
        (settings.randomProperty().get() ? random : grid).setSelected(true);
        random.selectedProperty().addListener((o, a, on) -> settings.randomProperty().set(on));
        settings.randomProperty().addListener((o, a, on) -> (on ? random : grid).setSelected(true));
        Spinner<Integer> samples = intSpinner(1, 10_000, settings.samplesProperty().get(), settings.samplesProperty()::set);
        settings.samplesProperty().addListener((o, a, v) -> samples.getValueFactory().setValue(v.intValue()));
        samples.disableProperty().bind(random.selectedProperty().not());
        HBox randomRow = new HBox(6, random, samples, new Label("points"));
        randomRow.setAlignment(Pos.CENTER_LEFT);
        return new Node[] {grid, randomRow};
    }

    private FormGrid form() {
        FormGrid form = new FormGrid(80);
        Spinner<Integer> repeats = intSpinner(1, 1000, settings.repeatsProperty().get(), settings.repeatsProperty()::set);
        repeats.setId("sweep-repeats");
        settings.repeatsProperty().addListener((o, a, v) -> repeats.getValueFactory().setValue(v.intValue()));
        form.add("Repeats", "Runs per point, each with its own derived seed (Brownlee ch. 12 uses 5; 10 or 30 give a steadier estimate)", repeats);
        Spinner<Integer> seed = intSpinner(0, Integer.MAX_VALUE, settings.baseSeedProperty().get(),
                settings.baseSeedProperty()::set);
        settings.baseSeedProperty().addListener((o, a, v) -> seed.getValueFactory().setValue(v.intValue()));
        form.add("Base seed", "Every run's seed is derived from it, the point and the repeat: "
                + "any run can be re-run alone", seed);
        Spinner<Integer> threads = intSpinner(1, 64, settings.threadsProperty().get(), settings.threadsProperty()::set);
        threads.setId("sweep-threads");
        form.add("Threads", "Runs trained at once (default: the cores)", threads);
        form.add("Metric", "The per-run number the table, box plot and convergence show", metricChoice());
        return form;
    }

    private ChoiceBox<SweepMetric> metricChoice() {
        ChoiceBox<SweepMetric> metric = new ChoiceBox<>();
        metric.setItems(settings.metricChoices());
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepMetric m) {
                return m == null ? "" : m.column();
            }

            @Override
            public SweepMetric fromString(String s) {
                return settings.metricChoices().stream().filter(m -> m.toString().equals(s)).findFirst().orElse(null);
            }
        });
        metric.valueProperty().bindBidirectional(settings.metricProperty());
        return metric;
    }

    private HBox buttons(Runnable resumeAction) {
        Button start = button("Start", "Train every run of the sweep into a new folder", vm.startCommand()::execute);
        start.setId("sweep-start");
        start.setDefaultButton(false);
        start.disableProperty().bind(vm.startCommand().executableProperty().not());
        start.setStyle("-fx-font-weight: bold;");
        Button stop = button("Stop", "Stop every running run within one epoch; Resume continues later",
                vm.stopCommand()::execute);
        stop.setId("sweep-stop");
        stop.disableProperty().bind(vm.stopCommand().executableProperty().not());
        Button resume = button("Resume...", "Open a sweep folder and train only its missing runs", resumeAction);
        resume.setId("sweep-resume");
        resume.disableProperty().bind(vm.runningProperty());
        return new HBox(6, start, stop, resume);
    }

    private Label folder() {
        Label folder = FormGrid.note("");
        folder.setWrapText(true);
        folder.setId("sweep-folder");
        // the folder's name is what a user recognises; the full path (long, often a home folder) is one hover away
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null ? ""
                : "Folder: " + SweepViewModel.folderName(vm.folderProperty().get()), vm.folderProperty()));
        Tooltip path = new Tooltip();
        path.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null ? ""
                : vm.folderProperty().get().toAbsolutePath().toString(), vm.folderProperty()));
        folder.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> vm.folderProperty().get() == null ? null : path, vm.folderProperty()));
        return folder;
    }

    private static Spinner<Integer> intSpinner(int min, int max, int initial, Consumer<Integer> onChange) {
        Spinner<Integer> s = new Spinner<>(min, max, initial);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.valueProperty().addListener((o, a, v) -> onChange.accept(v));
        return s;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
