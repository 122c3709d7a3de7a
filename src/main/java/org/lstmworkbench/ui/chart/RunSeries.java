package org.lstmworkbench.ui.chart;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.EpochMetrics;

/**
 * The loss chart's runs: a {@link RunTrace} per run with a raw and a smoothed series per plotted
 * metric, in the raw and smoothed datasets in insertion order (their series index, which the
 * styles key on).
 *
 * @implNote FX-thread only, like the chart.
 */
final class RunSeries {

    private final List<Metric> curves;
    private final LossAxes axes;
    private final Map<String, RunTrace> runs = new LinkedHashMap<>();
    private final XYSeriesCollection raw = new XYSeriesCollection();
    private final XYSeriesCollection smoothed = new XYSeriesCollection();

    RunSeries(List<Metric> curves, LossAxes axes) {
        this.curves = List.copyOf(curves);
        this.axes = axes;
        // the line renderers need no bar widths: skip the interval recalculation (a scan of
        // every point) that XYSeriesCollection does on each change
        raw.setAutoWidth(false);
        smoothed.setAutoWidth(false);
    }

    List<Metric> curves() {
        return curves;
    }

    XYSeriesCollection raw() {
        return raw;
    }

    XYSeriesCollection smoothed() {
        return smoothed;
    }

    Collection<RunTrace> values() {
        return Collections.unmodifiableCollection(runs.values());
    }

    Set<String> ids() {
        return Collections.unmodifiableSet(runs.keySet());
    }

    boolean has(String runId) {
        return runs.containsKey(runId);
    }

    RunTrace add(String runId, String label, int colourIndex) {
        if (runs.containsKey(runId)) {
            throw new IllegalArgumentException("run " + runId + " is already on the chart");
        }
        RunTrace t = new RunTrace(runId, label, colourIndex, curves);
        runs.put(runId, t);
        t.curves.forEach(c -> raw.addSeries(c.raw()));
        t.curves.forEach(c -> smoothed.addSeries(c.smooth()));
        return t;
    }

    /** Removes a run's series; null for an unknown id. */
    RunTrace remove(String runId) {
        RunTrace t = runs.remove(runId);
        if (t != null) {
            t.curves.forEach(c -> raw.removeSeries(c.raw()));
            t.curves.forEach(c -> smoothed.removeSeries(c.smooth()));
        }
        return t;
    }

    RunTrace require(String runId) {
        RunTrace t = runs.get(runId);
        if (t == null) {
            throw new IllegalArgumentException("no run " + runId + " on the chart");
        }
        return t;
    }

    /**
     * Appends epochs: all points silently, then each series that grew fires exactly one change
     * event. Non-finite values (NaN validation without a validation part, NaN or infinite loss
     * after divergence) are not plotted.
     */
    void append(RunTrace t, List<EpochMetrics> epochs, double smoothing) {
        for (RunTrace.Curve c : t.curves) {
            int before = c.raw().getItemCount();
            for (EpochMetrics m : epochs) {
                addPoint(c.raw(), m.epoch(), m.value(c.metric()));
            }
            if (c.raw().getItemCount() > before) {
                c.raw().fireSeriesChanged();
            }
        }
        for (EpochMetrics m : epochs) {
            t.lastEpoch = Math.max(t.lastEpoch, m.epoch());
        }
        for (RunTrace.Curve c : t.curves) {
            RunTrace.extendSmoothed(c.raw(), c.smooth(), smoothing);
        }
    }

    void resmooth(double weight) {
        for (RunTrace t : runs.values()) {
            t.resmooth(weight);
        }
    }

    private void addPoint(XYSeries s, int epoch, double value) {
        if (Double.isFinite(value)) {
            s.add(epoch, value, false);
            axes.saw(value);
        }
    }
}
