package org.lstmworkbench.ui.run;

import java.util.function.IntFunction;
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
 * regression), and the fit label as a coloured badge. Several rows can be selected
 * (two for Compare).
 */
public final class RunListView extends TableView<RunItem> {

    public RunListView(RunsViewModel vm, IntFunction<Color> palette) {
        super(vm.runs());
        setId("run-list");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new Label("No runs yet: press Run (Ctrl+R)"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        setRowFactory(t -> new EngineTooltipRow());

        TableColumn<RunItem, RunItem> shown = new TableColumn<>("");
        shown.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        shown.setCellFactory(c -> new ShownCell(palette));
        shown.setPrefWidth(48);
        shown.setMaxWidth(48);
        shown.setSortable(false);

        TableColumn<RunItem, String> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        name.setPrefWidth(120);
        name.setMinWidth(80);

        TableColumn<RunItem, String> config = new TableColumn<>("Configuration");
        config.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary()));
        config.setPrefWidth(260);
        config.setMinWidth(120);

        TableColumn<RunItem, Number> seed = new TableColumn<>("Seed");
        seed.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seed()));
        seed.setPrefWidth(50);
        seed.setMinWidth(50);

        TableColumn<RunItem, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(c -> c.getValue().statusProperty().map(DisplayTexts::status));
        status.setPrefWidth(100);
        status.setMinWidth(90);

        TableColumn<RunItem, Number> epochs = new TableColumn<>("Epochs");
        epochs.setCellValueFactory(c -> c.getValue().epochsProperty());
        epochs.setPrefWidth(64);
        epochs.setMinWidth(64);

        // named for the summarised metric: "Final val loss" for val_loss
        String metric = RunItem.SUMMARISED.id().replace('_', ' ');
        TableColumn<RunItem, Number> finalVal = number("Final " + metric, c -> c.finalValLossProperty());
        TableColumn<RunItem, Number> bestVal = number("Best " + metric, c -> c.bestValLossProperty());
        // empty for regression runs: they measure no accuracy
        TableColumn<RunItem, Number> valAccuracy = number("Final val accuracy", c -> c.finalValAccuracyProperty());
        valAccuracy.setId("final-val-accuracy");

        TableColumn<RunItem, Diagnosis> label = new TableColumn<>("Fit");
        label.setCellValueFactory(c -> c.getValue().diagnosisProperty());
        label.setCellFactory(c -> new BadgeCell());
        label.setPrefWidth(180);
        label.setMinWidth(120);

        getColumns().addAll(java.util.List.of(shown, name, label, status, epochs, finalVal, bestVal, seed, config));
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
        col.setPrefWidth(100);
        col.setMinWidth(100);
        return col;
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
