package org.lstmworkbench.ui.chart;

import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.xy.XYSeries;
import org.lstmworkbench.metrics.Smoothing;

/** One run's series and overlays on the loss chart (FX thread only). */
final class RunTrace {

    /** Series key: unique per run and kind, and carries what the tooltip needs. */
    record Key(String runId, String label, boolean validation) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = runId.compareTo(o.runId);
            return c != 0 ? c : Boolean.compare(validation, o.validation);
        }

        @Override
        public String toString() {
            return label + (validation ? " validation" : " train");
        }
    }

    final String id;
    final String label;
    final int colourIndex;
    final XYSeries train;
    final XYSeries val;
    final XYSeries trainSmooth;
    final XYSeries valSmooth;
    boolean visible = true;
    ValueMarker bestMarker;
    IntervalMarker overfitMarker;
    int lastEpoch;

    RunTrace(String id, String label, int colourIndex) {
        this.id = id;
        this.label = label;
        this.colourIndex = colourIndex;
        // no auto-sort and duplicates allowed: add() stays O(1) (epochs arrive in order)
        this.train = new XYSeries(new Key(id, label, false), false, true);
        this.val = new XYSeries(new Key(id, label, true), false, true);
        this.trainSmooth = new XYSeries(new Key(id, label, false), false, true);
        this.valSmooth = new XYSeries(new Key(id, label, true), false, true);
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

    /** Recomputes both smoothed series from scratch (after the weight changed). */
    void resmooth(double weight) {
        trainSmooth.clear();
        valSmooth.clear();
        extendSmoothed(train, trainSmooth, weight);
        extendSmoothed(val, valSmooth, weight);
    }
}
