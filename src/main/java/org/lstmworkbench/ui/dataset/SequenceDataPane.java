package org.lstmworkbench.ui.dataset;

import java.util.List;
import java.util.Locale;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.lstmworkbench.data.sequence.Sequence;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.ui.chart.RunColours;

/**
 * The Dataset tab for classification: source, format and the columns it needs, split and
 * scaling on the left; the classes with counts, the imbalance warning, the sequence lengths and a
 * few example sequences per class (first feature, one colour per class) on the right.
 */
final class SequenceDataPane extends BorderPane {

    private final SequenceDataViewModel vm;
    private final XYSeriesCollection examples = new XYSeriesCollection();
    private final JFreeChart chart = ChartFactory.createXYLineChart(null, "step", "value (first feature)",
            examples, PlotOrientation.VERTICAL, true, false, false);

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
        vm.examples().addListener((ListChangeListener<Sequence>) c -> showExamples());
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
        Label lengths = new Label();
        lengths.setId("sequence-lengths");
        lengths.textProperty().bind(vm.lengthsDescriptionProperty());
        Label warning = new Label();
        warning.setId("sequence-warning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #a05a00;");
        warning.textProperty().bind(vm.warningProperty());
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(java.awt.Color.WHITE);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("sequence-examples");
        viewer.setMinHeight(200);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        VBox box = new VBox(6, new Label("Classes"), classes, warning, lengths, new Label("Example sequences"), viewer);
        box.setPadding(new Insets(8));
        return box;
    }

    private void showExamples() {
        examples.removeAllSeries();
        List<String> classNames = vm.classes().stream().map(SequenceDataViewModel.ClassCount::name).toList();
        var renderer = chart.getXYPlot().getRenderer();
        int n = 0;
        for (Sequence s : vm.examples()) {
            XYSeries series = new XYSeries(s.label() + " (" + s.id() + ")", false, true);
            for (int t = 0; t < s.length(); t++) {
                series.add(t + 1, s.value(t, 0));
            }
            examples.addSeries(series);
            renderer.setSeriesPaint(n++, RunColours.awt(Math.max(0, classNames.indexOf(s.label()))));
        }
        chart.getLegend().setVisible(vm.examples().size() <= 12);
    }

    /** Series of the examples chart (for tests). */
    int exampleSeries() {
        return examples.getSeriesCount();
    }
}
