package org.lstmworkbench.ui.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.lstmworkbench.data.sequence.Sequence;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.ui.chart.ExampleSequencesChart;
import org.lstmworkbench.ui.chart.LengthHistogramChart;

/**
 * The Dataset tab for classification: source, format and the columns it needs, split and
 * scaling on the left; on the right the classes with counts and the imbalance warning, the
 * sequence lengths (a histogram when they differ, one line when they do not) and a few example
 * sequences per class (one colour per class, one feature at a time with a chooser when there are
 * several). The loaded summary is computed off the FX thread by the view model.
 */
final class SequenceDataPane extends BorderPane {

    private final SequenceDataViewModel vm;
    private final ExampleSequencesChart examples = new ExampleSequencesChart();
    private final LengthHistogramChart lengths = new LengthHistogramChart();
    private final ChartViewer lengthsViewer = new ChartViewer(lengths.chart());
    private final ComboBox<String> featureChoice = new ComboBox<>();

    SequenceDataPane(SequenceDataViewModel vm) {
        this.vm = vm;
        setId("sequence-data-pane");
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(350);
        scroll.setMinWidth(300);
        setLeft(scroll);
        setCenter(results());
        vm.featureNames().addListener((ListChangeListener<String>) c -> showFeatures());
        vm.lengthCounts().addListener((ListChangeListener<Map.Entry<Integer, Integer>>) c -> showLengths());
        vm.examples().addListener((ListChangeListener<Sequence>) c -> showExamples());
        showLengths();
    }

    private VBox form() {
        ComboBox<String> source = new ComboBox<>();
        source.setId("sequence-source");
        source.setEditable(true);
        source.getItems().addAll(SequenceDemos.sources());
        source.valueProperty().bindBidirectional(vm.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> format = new ComboBox<>();
        format.setId("sequence-format");
        format.getItems().addAll("detect", "long", "wide", "folder");
        format.setValue(vm.formatProperty().get() == null ? "detect" : vm.formatProperty().get().id());
        format.valueProperty().addListener((o, was, now) -> vm.formatProperty().set(switch (now) {
            case "long" -> SequenceFormat.LONG;
            case "wide" -> SequenceFormat.WIDE;
            case "folder" -> SequenceFormat.FOLDER;
            default -> null;
        }));
        // a reopened workspace sets the format in the view model: the box shows it
        vm.formatProperty().addListener((o, was, now) -> format.setValue(now == null ? "detect" : now.id()));
        ComboBox<Scaling> scaling = new ComboBox<>();
        scaling.getItems().addAll(Scaling.values());
        scaling.valueProperty().bindBidirectional(vm.scalingProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        int row = 0;
        g.addRow(row++, new Label("Source"), source);
        g.addRow(row++, new Label("Format"), format);
        g.addRow(row++, new Label("Sequence id"), text(vm.sequenceColumnProperty(), "detect (long)"));
        g.addRow(row++, new Label("Step"), text(vm.stepColumnProperty(), "detect (long)"));
        g.addRow(row++, new Label("Label"), text(vm.labelColumnProperty(), "detect (long)"));
        g.addRow(row++, new Label("Inputs"), text(vm.inputColumnsProperty(), "all numeric (long)"));
        g.addRow(row++, new Label("Group"), text(vm.groupColumnProperty(), "none: stratified split"));
        g.addRow(row++, new Label("Labels file"), text(vm.labelsFileProperty(), "*label* (folder)"));
        g.addRow(row++, new Label("Train"), fraction(vm.trainFractionProperty(), "sequence-train"));
        g.addRow(row++, new Label("Validation"), fraction(vm.validationFractionProperty(), "sequence-validation"));
        g.addRow(row++, new Label("Test"), fraction(vm.testFractionProperty(), "sequence-test"));
        g.addRow(row, new Label("Scaling"), scaling);
        GridPane.setHgrow(source, Priority.ALWAYS);

        Button load = new Button("Load sequences");
        load.setId("sequence-load");
        load.setDefaultButton(false);
        load.setOnAction(e -> vm.load());
        load.disableProperty().bind(vm.loadingProperty());
        Label error = new Label();
        error.setId("sequence-error");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(8, new Label("Labelled sequences (classification)"), g, load, error);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TextField text(javafx.beans.property.StringProperty p, String prompt) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(p);
        f.setPromptText(prompt);
        return f;
    }

    private static Spinner<Double> fraction(javafx.beans.property.DoubleProperty p, String id) {
        Spinner<Double> s = new Spinner<>(0.0, 1.0, p.get(), 0.05);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.valueProperty().addListener((o, was, now) -> p.set(now));
        p.addListener((o, was, now) -> s.getValueFactory().setValue(now.doubleValue()));
        return s;
    }

    private VBox results() {
        ListView<SequenceDataViewModel.ClassCount> classes = new ListView<>(vm.classes());
        classes.setId("sequence-classes");
        classes.setPrefHeight(150);
        classes.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SequenceDataViewModel.ClassCount c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? "" : String.format(Locale.ROOT, "%s: %d sequences", c.name(), c.count()));
            }
        });
        Label warning = new Label();
        warning.setId("sequence-warning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #a05a00;");
        warning.textProperty().bind(vm.warningProperty());
        // an empty warning takes no room
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        VBox classBox = new VBox(6, heading("Classes"), classes, warning);
        classBox.setPrefWidth(280);
        classBox.setMinWidth(220);
        VBox.setVgrow(classes, Priority.ALWAYS);

        VBox lengthBox = new VBox(6, heading("Sequence lengths"), lengthsLabel(), lengthsViewer);
        HBox.setHgrow(lengthBox, Priority.ALWAYS);
        lengthsViewer.setId("sequence-length-histogram");
        lengthsViewer.setMinHeight(140);
        lengthsViewer.setPrefHeight(190);
        VBox.setVgrow(lengthsViewer, Priority.ALWAYS);
        HBox top = new HBox(12, classBox, lengthBox);
        top.setPrefHeight(230);
        top.setMinHeight(190);

        featureChoice.setId("sequence-example-feature");
        featureChoice.managedProperty().bind(javafx.beans.binding.Bindings.size(featureChoice.getItems()).greaterThan(1));
        featureChoice.visibleProperty().bind(featureChoice.managedProperty());
        featureChoice.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showExamples());
        Label exampleTitle = heading("Example sequences (up to " + SequenceDataViewModel.EXAMPLES_PER_CLASS
                + " per class)");
        HBox exampleBar = new HBox(8, exampleTitle, featureChoice);
        exampleBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ChartViewer viewer = new ChartViewer(examples.chart());
        viewer.setId("sequence-examples");
        viewer.setMinHeight(220);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        VBox box = new VBox(8, top, exampleBar, viewer);
        box.setPadding(new Insets(8));
        return box;
    }

    private Label lengthsLabel() {
        Label lengths = new Label();
        lengths.setId("sequence-lengths");
        lengths.setWrapText(true);
        lengths.textProperty().bind(vm.lengthsDescriptionProperty());
        return lengths;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /**
     * The histogram of lengths; hidden when every sequence has the same length, since a single
     * bar says no more than the line above it ("600 sequences, all 60 steps").
     */
    private void showLengths() {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        vm.lengthCounts().forEach(e -> counts.put(e.getKey(), e.getValue()));
        lengths.show(counts);
        boolean varied = counts.size() > 1;
        lengthsViewer.setVisible(varied);
        lengthsViewer.setManaged(varied);
    }

    /** The feature chooser follows the loaded features; a new dataset starts on the first one. */
    private void showFeatures() {
        featureChoice.getItems().setAll(vm.featureNames());
        if (!featureChoice.getItems().isEmpty()) {
            featureChoice.getSelectionModel().select(0);
        }
    }

    private void showExamples() {
        List<String> classNames = vm.classes().stream().map(SequenceDataViewModel.ClassCount::name).toList();
        int[] counts = vm.classes().stream().mapToInt(SequenceDataViewModel.ClassCount::count).toArray();
        int feature = Math.max(0, featureChoice.getSelectionModel().getSelectedIndex());
        List<Sequence> shown = feature < vm.featureNames().size() ? vm.examples() : List.of();
        String name = shown.isEmpty() ? null : vm.featureNames().get(feature);
        examples.show(shown, classNames, counts, feature, name);
    }

    /** Series of the examples chart (for tests). */
    int exampleSeries() {
        return examples.seriesCount();
    }
}
