package org.lstmworkbench.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.metrics.Smoothing;

/** One run's series (a raw and a smoothed one per plotted metric) and overlays on the loss chart (FX thread only). */
final class RunTrace {

    /** Series key: unique per run and metric, and carries what the tooltip needs. */
    record Key(String runId, String label, Metric metric) implements Comparable<Key> {
        boolean validation() {
            return metric.isValidation();
        }

        @Override
        public int compareTo(Key o) {
            int c = runId.compareTo(o.runId);
            if (c != 0) {
                return c;
            }
            c = Boolean.compare(validation(), o.validation());
            return c != 0 ? c : metric.id().compareTo(o.metric.id());
        }

        @Override
        public String toString() {
            return label + " " + ChartCurves.part(metric);
        }
    }

    /** The points of one metric: as measured, and EMA-smoothed when smoothing is on. */
    record Curve(Metric metric, XYSeries raw, XYSeries smooth) {
    }

    final String id;
    final String label;
    final int colourIndex;
    final List<Curve> curves = new ArrayList<>();
    boolean visible = true;
    /** One of a repeat group's runs: the "Show traces" toggle hides it (its band stays). */
    boolean repeatMember;
    ValueMarker bestMarker;
    IntervalMarker overfitMarker;
    int lastEpoch;

    RunTrace(String id, String label, int colourIndex, List<Metric> metrics) {
        this.id = id;
        this.label = label;
        this.colourIndex = colourIndex;
        for (Metric m : metrics) {
            // no auto-sort and duplicates allowed: add() stays O(1) (epochs arrive in order)
            curves.add(new Curve(m, new XYSeries(new Key(id, label, m), false, true),
                    new XYSeries(new Key(id, label, m), false, true)));
        }
    }

    /** Whether the run is drawn: its own checkbox, and the traces toggle for a repeat's runs only. */
    boolean drawn(boolean tracesVisible) {
        return visible && (tracesVisible || !repeatMember);
    }

    /** The first training or validation curve. */
    Curve curve(boolean validation) {
        for (Curve c : curves) {
            if (c.metric().isValidation() == validation) {
                return c;
            }
        }
        throw new IllegalArgumentException("run " + id + " has no " + (validation ? "validation" : "training")
                + " curve");
    }

    /** The curve of {@code metric}. */
    Curve curve(Metric metric) {
        for (Curve c : curves) {
            if (c.metric().equals(metric)) {
                return c;
            }
        }
        throw new IllegalArgumentException("run " + id + " does not draw " + metric.id());
    }

    /**
     * Brings {@code smooth} up to date with {@code raw} for EMA weight {@code weight}: only the
     * new tail is appended (earlier EMA values cannot change when points are added at the end),
     * with one change event. Weight 0 leaves the smoothed series empty.
     */
    static void extendSmoothed(XYSeries raw, XYSeries smooth, double weight) {
        int n = raw.getItemCount();
        int have = smooth.getItemCount();
        if (weight == 0 || have >= n) {
            return;
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = raw.getY(i).doubleValue();
        }
        double[] s = Smoothing.ema(y, weight);
        for (int i = have; i < n; i++) {
            smooth.add(raw.getX(i), s[i], false);
        }
        smooth.fireSeriesChanged();
    }

    /** Recomputes every smoothed series from scratch (after the weight changed). */
    void resmooth(double weight) {
        for (Curve c : curves) {
            c.smooth().clear();
            extendSmoothed(c.raw(), c.smooth(), weight);
        }
    }
}
