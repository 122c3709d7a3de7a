package org.lstmworkbench.ui.sweep;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepPoint;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.metrics.Metric;

/**
 * The selected point's runs: repeat, seed, status, final validation loss (and a classifier's
 * final validation accuracy), best epoch of the monitored metric, fit label, wall time.
 */
final class PointRunsTable extends TableView<RunRecord> {

    private final SweepTables tables;
    private final ObservableList<RunRecord> items = FXCollections.observableArrayList();
    private final TableColumn<RunRecord, String> accuracy =
            column(Metric.VAL_ACCURACY.id(), r -> number(r.value(Metric.VAL_ACCURACY.id())), 95);

    PointRunsTable(SweepTables tables) {
        this.tables = tables;
        setItems(items);
        setId("sweep-point-runs");
        Label placeholder = new Label("Click a box to see its point's runs here and on the loss chart (tab 2)");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        // columns keep readable widths; a narrow window scrolls the table instead of cutting seeds and headers
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getColumns().add(column("#", r -> Integer.toString(r.repeat() + 1), 26));
        // run seeds are 64-bit numbers of up to 20 characters: cut, they cannot be retyped
        getColumns().add(column("seed", r -> Long.toString(r.seed()), 160));
        getColumns().add(column("status", r -> org.lstmworkbench.ui.common.DisplayTexts.status(r.status()), 60));
        getColumns().add(column("val_loss", r -> number(r.valLoss()), 75));
        getColumns().add(column("best", r -> Integer.toString(r.bestEpoch()), 45));
        getColumns().add(column("fit", r -> org.lstmworkbench.ui.common.DisplayTexts.words(r.label()), 75));
        getColumns().add(column("time", r -> seconds(r.wallMillis()), 55));
        tables.selectedPointProperty().addListener((o, a, b) -> refreshRows());
        tables.resultProperty().addListener((o, a, b) -> refreshRows());
    }

    private void refreshRows() {
        SweepPoint p = tables.selectedPointProperty().get();
        SweepResult r = tables.resultProperty().get();
        List<RunRecord> runs = p == null || r == null ? List.of() : r.runsOf(p);
        boolean classifier = r != null && r.experiment().isClassification();
        if (classifier && !getColumns().contains(accuracy)) {
            // beside val_loss
            getColumns().add(4, accuracy);
        } else if (!classifier && r != null) {
            getColumns().remove(accuracy);
        }
        items.setAll(runs);
    }

    private static TableColumn<RunRecord, String> column(String title, Function<RunRecord, String> value, double width) {
        TableColumn<RunRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A run's wall time in tenths of a second; a run of a fused sweep shares its network's time and
     * can take under 50 ms, which reads "< 0.1 s" rather than a "0.0 s" that looks like no training.
     */
    static String seconds(long wallMillis) {
        return wallMillis < 50 ? "< 0.1 s" : String.format(Locale.ROOT, "%.1f s", wallMillis / 1000.0);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.6f", v);
    }
}
