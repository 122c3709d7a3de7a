package org.lstmworkbench.ui.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import javafx.collections.transformation.SortedList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.ui.common.DisplayTexts;

/**
 * The run list: colour and show/hide checkbox, name, configuration, seed, status, epochs, final
 * and best value of the summarised metric ({@link RunItem#SUMMARISED}, validation loss for
 * regression), the fit label as a coloured badge, and a column per setting that differs between
 * the runs ({@link DifferingSettings}), as experiment managers' trial tables show them. Every
 * column sorts (click its header); columns keep their widths and the table scrolls sideways
 * when they do not fit. Several rows can be selected (two for Compare).
 */
public final class RunListView extends TableView<RunItem> {

    private final RunsViewModel vm;
    private final List<TableColumn<RunItem, String>> settingColumns = new ArrayList<>();
    private List<String> shownSettings = List.of();
    private TableColumn<RunItem, Number> seedColumn;

    public RunListView(RunsViewModel vm, IntFunction<Color> palette) {
        this(vm, palette, new SortedList<>(vm.runs()));
    }

    private RunListView(RunsViewModel vm, IntFunction<Color> palette, SortedList<RunItem> sorted) {
        super(sorted);
        this.vm = vm;
        sorted.comparatorProperty().bind(comparatorProperty());
        setId("run-list");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("No runs yet: press Run (Ctrl+R)"));
        // columns keep readable widths; a narrow window scrolls the table instead of squeezing them
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        setRowFactory(t -> new EngineTooltipRow());

        TableColumn<RunItem, RunItem> shown = new TableColumn<>("");
        shown.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        shown.setCellFactory(c -> new ShownCell(palette));
        shown.setPrefWidth(48);
        shown.setMaxWidth(48);
        shown.setSortable(false);

        TableColumn<RunItem, String> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(110);
        name.setMinWidth(70);
        name.setComparator(DifferingSettings.NATURAL);

        TableColumn<RunItem, String> config = new TableColumn<>("Configuration");
        config.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary()));
        config.setPrefWidth(320);
        config.setMinWidth(120);

        TableColumn<RunItem, Number> seed = new TableColumn<>("Seed");
        seed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seed()));
        seed.setPrefWidth(60);
        seed.setMinWidth(50);
        seed.setComparator(RunListView::compareNumbers);
        seedColumn = seed;

        TableColumn<RunItem, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().statusProperty().map(DisplayTexts::status));
        status.setPrefWidth(95);
        status.setMinWidth(80);

        TableColumn<RunItem, Number> epochs = new TableColumn<>("Epochs");
        epochs.setCellValueFactory(c -> c.getValue().epochsProperty());
        epochs.setPrefWidth(64);
        epochs.setMinWidth(64);
        epochs.setComparator(RunListView::compareNumbers);

        // named for the summarised metric: "Final val loss" for val_loss
        String metric = RunItem.SUMMARISED.id().replace('_', ' ');
        TableColumn<RunItem, Number> finalVal = number("Final " + metric, c -> c.finalValLossProperty());
        TableColumn<RunItem, Number> bestVal = number("Best " + metric, c -> c.bestValLossProperty());
        // empty for regression runs: they measure no accuracy
        TableColumn<RunItem, Number> valAccuracy = number("Final val accuracy", c -> c.finalValAccuracyProperty());
        valAccuracy.setId("final-val-accuracy");

        // test RMSE / MAE / MAPE of the run's forecast, original units (empty without a test part)
        TableColumn<RunItem, String> testErrors = new TableColumn<>("Test RMSE / MAE / MAPE");
        testErrors.setId("test-errors");
        testErrors.setCellValueFactory(c -> c.getValue().testErrorsProperty());
        testErrors.setPrefWidth(190);
        testErrors.setMinWidth(110);

        TableColumn<RunItem, Diagnosis> label = new TableColumn<>("Fit");
        label.setCellValueFactory(c -> c.getValue().diagnosisProperty());
        label.setCellFactory(c -> new BadgeCell());
        label.setComparator(Comparator.nullsLast(Comparator.comparing(LabelBadges::text)));
        label.setPrefWidth(170);
        label.setMinWidth(110);

        // the data each run was trained on: runs of several datasets share the list
        TableColumn<RunItem, String> data = new TableColumn<>("Dataset");
        data.setCellValueFactory(c -> c.getValue().datasetProperty().map(d -> c.getValue().datasetText())
                .orElse(c.getValue().datasetText()));
        data.setCellFactory(c -> new DatasetCell());
        // "demo:seed-sequence" in full
        data.setPrefWidth(150);
        data.setMinWidth(80);

        getColumns().addAll(List.of(shown, name, label, status, epochs, finalVal, bestVal, testErrors, seed, config, data));
        // the accuracy column joins the list with its first classifier (or imported curve with accuracy)
        Runnable accuracyColumn = () -> {
            boolean any = vm.runs().stream().anyMatch(r -> r.hasAccuracy()
                    || r.config().task() instanceof org.lstmworkbench.model.ClassificationTask);
            if (any && !getColumns().contains(valAccuracy)) {
                getColumns().add(getColumns().indexOf(bestVal) + 1, valAccuracy);
            }
        };
        vm.runs().addListener((javafx.collections.ListChangeListener<RunItem>) c -> accuracyColumn.run());
        accuracyColumn.run();
        vm.runs().addListener((javafx.collections.ListChangeListener<RunItem>) c -> showDifferingSettings());
        showDifferingSettings();
    }

    /** Titles of the setting columns shown now, in order (for tests). */
    public List<String> settingColumnTitles() {
        return settingColumns.stream().map(TableColumn::getText).toList();
    }

    /** One column per setting that differs between the trained runs, before the seed (imported curves have none). */
    private void showDifferingSettings() {
        List<String> differing = DifferingSettings.among(vm.runs().stream()
                .filter(r -> r.source() == null).map(RunItem::config).toList());
        if (differing.equals(shownSettings)) {
            return;
        }
        shownSettings = differing;
        getColumns().removeAll(settingColumns);
        settingColumns.clear();
        for (String setting : differing) {
            TableColumn<RunItem, String> c = new TableColumn<>(DifferingSettings.title(setting));
            c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().source() != null ? ""
                    : DifferingSettings.values(cell.getValue().config()).getOrDefault(setting, "")));
            c.setComparator(DifferingSettings.NATURAL);
            c.setPrefWidth(Math.max(70, 8 * c.getText().length() + 24));
            c.setId("setting-" + setting);
            settingColumns.add(c);
        }
        getColumns().addAll(getColumns().indexOf(seedColumn), settingColumns);
    }

    /** Numbers in order with NaN and missing values last, whichever way the column sorts. */
    private static int compareNumbers(Number a, Number b) {
        double x = a == null ? Double.NaN : a.doubleValue();
        double y = b == null ? Double.NaN : b.doubleValue();
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
        }
        return Double.compare(x, y);
    }

    private static TableColumn<RunItem, Number> number(String title,
            java.util.function.Function<RunItem, javafx.beans.value.ObservableValue<Number>> value) {
        TableColumn<RunItem, Number> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || !Double.isFinite(v.doubleValue()) ? ""
                        : DisplayTexts.number(v.doubleValue()));
            }
        });
        col.setComparator(RunListView::compareNumbers);
        col.setPrefWidth(105);
        col.setMinWidth(90);
        return col;
    }

    /** The run's dataset name, with its settings (or why it has none) as the tooltip. */
    private static final class DatasetCell extends TableCell<RunItem, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            RunItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setTooltip(item == null ? null : new javafx.scene.control.Tooltip(item.datasetTooltip()));
        }
    }

    /** Colour swatch and a checkbox bound to the run's visibility. */
    /** A row whose tooltip names the run and, once it finished, the engine that trained it. */
    private static final class EngineTooltipRow extends javafx.scene.control.TableRow<RunItem> {
        @Override
        protected void updateItem(RunItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setTooltip(null);
                return;
            }
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
            // the status changes when the run ends: the text follows it
            tip.textProperty().bind(item.statusProperty().map(s -> item.tooltipText()));
            setTooltip(tip);
        }
    }

    private static final class ShownCell extends TableCell<RunItem, RunItem> {
        private final IntFunction<Color> palette;
        private final CheckBox box = new CheckBox();
        private final Rectangle swatch = new Rectangle(10, 10);
        private RunItem bound;

        ShownCell(IntFunction<Color> palette) {
            this.palette = palette;
        }

        @Override
        protected void updateItem(RunItem item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.visibleProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.visibleProperty());
            swatch.setFill(palette.apply(item.colourIndex()));
            HBox h = new HBox(4, swatch, box);
            h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(h);
        }
    }

    private static final class BadgeCell extends TableCell<RunItem, Diagnosis> {
        private final Label badge = new Label();

        @Override
        protected void updateItem(Diagnosis d, boolean empty) {
            super.updateItem(d, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            LabelBadges.apply(badge, d);
            setGraphic(badge);
        }
    }
}
