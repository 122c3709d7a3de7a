package org.lstmworkbench.ui.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lstmworkbench.experiment.BestPoint;
import org.lstmworkbench.experiment.ConvergencePoint;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepPoint;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.metrics.Describe;
import org.lstmworkbench.ui.chart.BoxPlotChart;
import org.lstmworkbench.ui.chart.ConvergenceChart;

/**
 * What a sweep's runs so far say: the describe() table of the chosen metric (rows count, mean,
 * std, min, 25%, 50%, 75%, max; one column per point), a box per point, the best point with its
 * uncertainty, and for the selected point its repeats convergence and its runs on the loss chart
 * (through the {@link PointOverlay}). Recomputed from the whole result on each update, which is
 * per finished run: cheap next to a run's training.
 *
 * @implNote FX-thread only.
 */
public final class SweepTables {

    private final PointOverlay overlay;
    private final BoxPlotChart boxPlot = new BoxPlotChart(title(SweepMetric.VAL_LOSS), SweepMetric.VAL_LOSS.column());
    private final ConvergenceChart convergence = new ConvergenceChart(SweepMetric.VAL_LOSS.column());
    private final ReadOnlyStringWrapper tableTitle = new ReadOnlyStringWrapper(this, "tableTitle",
            tableTitle(SweepMetric.VAL_LOSS));
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<DescribeRow> rows = FXCollections.observableArrayList();
    // one read-only view each: a view listens weakly to its list, so a fresh view per call would lose listeners
    private final ObservableList<String> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<DescribeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper bestText = new ReadOnlyStringWrapper(this, "bestText", "");
    private final ReadOnlyObjectWrapper<SweepPoint> selectedPoint = new ReadOnlyObjectWrapper<>(this, "selectedPoint");
    private final ReadOnlyObjectWrapper<SweepResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private SweepMetric metric = SweepMetric.VAL_LOSS;

    SweepTables(PointOverlay overlay) {
        this.overlay = overlay;
        convergence.clear();
    }

    // Properties

    /** Point labels, the table's columns, in sweep order. */
    public ObservableList<String> columns() {
        return columnsView;
    }

    /** The describe() rows, pandas' order. */
    public ObservableList<DescribeRow> rows() {
        return rowsView;
    }

    /** The best point named with its uncertainty ({@link BestPoint#text()}), "" before any run. */
    public ReadOnlyStringProperty bestTextProperty() {
        return bestText.getReadOnlyProperty();
    }

    /** The point whose box was clicked, null when none. */
    public ReadOnlyObjectProperty<SweepPoint> selectedPointProperty() {
        return selectedPoint.getReadOnlyProperty();
    }

    /** The runs so far (null before the first sweep). */
    public ReadOnlyObjectProperty<SweepResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BoxPlotChart boxPlot() {
        return boxPlot;
    }

    public ConvergenceChart convergence() {
        return convergence;
    }

    /** What the describe() table shows: the metric's display name and column, and how to select a point. */
    public ReadOnlyStringProperty tableTitleProperty() {
        return tableTitle.getReadOnlyProperty();
    }

    /** The metric shown. */
    public SweepMetric metric() {
        return metric;
    }

    // Commands

    /**
     * Selects the point whose column label is {@code label} (null or unknown clears): shades its
     * box, shows its repeats convergence and hands its runs to the overlay.
     */
    public void selectPoint(String label) {
        SweepResult r = result.get();
        SweepPoint p = r == null || label == null ? null
                : r.points().stream().filter(q -> q.label().equals(label)).findFirst().orElse(null);
        selectedPoint.set(p);
        boxPlot.select(p == null ? null : p.label());
        showSelected(true);
    }

    /** The selected point's finished runs with their histories, by repeat (empty when none is selected). */
    public List<SweepRunHistory> selectedRuns() {
        SweepPoint p = selectedPoint.get();
        SweepResult r = result.get();
        if (p == null || r == null) {
            return List.of();
        }
        return r.runsOf(p).stream().map(SweepRunHistory::of).toList();
    }

    void setMetric(SweepMetric m) {
        metric = m;
        // the axes keep the short results.csv column; the titles name the metric for a person
        boxPlot.setValueLabel(m.column());
        boxPlot.chart().setTitle(title(m));
        convergence.setValueLabel(m.column());
        tableTitle.set(tableTitle(m));
        if (result.get() != null) {
            update(result.get());
        }
    }

    void clear() {
        result.set(null);
        selectedPoint.set(null);
        columns.clear();
        rows.clear();
        bestText.set("");
        boxPlot.setGroups(Map.of());
        convergence.clear();
        overlay.show("", List.of());
    }

    /** Shows {@code r}: table, boxes, best point; the selection's convergence and overlay when its runs changed. */
    void update(SweepResult r) {
        SweepResult before = result.get();
        result.set(r);
        Map<String, Describe> table = r.describe(metric);
        if (!columns.equals(new ArrayList<>(table.keySet()))) {
            columns.setAll(table.keySet());
        }
        List<DescribeRow> newRows = new ArrayList<>();
        for (int i = 0; i < Describe.ROW_LABELS.size(); i++) {
            int row = i;
            newRows.add(new DescribeRow(Describe.ROW_LABELS.get(i),
                    table.values().stream().map(d -> d.values()[row]).toList()));
        }
        rows.setAll(newRows);
        Map<String, double[]> groups = new LinkedHashMap<>();
        r.points().forEach(p -> groups.put(p.label(), r.values(p, metric)));
        boxPlot.setGroups(groups);
        Optional<BestPoint> best = r.best(metric);
        bestText.set(best.map(BestPoint::text).orElse(""));
        SweepPoint sel = selectedPoint.get();
        boolean selectionChanged = sel != null && (before == null
                || before.runsOf(sel).size() != r.runsOf(sel).size());
        boxPlot.select(sel == null ? null : sel.label());
        showSelected(selectionChanged);
    }

    /** The box plot's title: {@code Final validation accuracy (val_accuracy) per point}. */
    static String title(SweepMetric m) {
        String d = displayName(m);
        return Character.toUpperCase(d.charAt(0)) + d.substring(1) + " per point";
    }

    /** The metric's display name and its results.csv column: {@code final validation loss (val_loss)}. */
    static String displayName(SweepMetric m) {
        return m.description() + " (" + m.column() + ")";
    }

    private static String tableTitle(SweepMetric m) {
        return "describe() of the " + displayName(m) + ", " + (m.higherIsBetter() ? "highest" : "lowest")
                + " mean is best: one column per point; click a column or a box to select it";
    }

    private void showSelected(boolean overlayToo) {
        SweepPoint p = selectedPoint.get();
        SweepResult r = result.get();
        if (p == null || r == null) {
            convergence.clear();
            if (overlayToo) {
                overlay.show("", List.of());
            }
            return;
        }
        List<ConvergencePoint> c = r.convergence(p, metric);
        convergence.show(p.describe(), c.stream().mapToInt(ConvergencePoint::repeats).toArray(),
                c.stream().mapToDouble(ConvergencePoint::mean).toArray(),
                c.stream().mapToDouble(ConvergencePoint::standardError).toArray());
        if (overlayToo) {
            overlay.show(p.label(), selectedRuns());
        }
    }
}
