package org.lstmworkbench.ui.chart;

import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.lstmworkbench.metrics.GeometricBand;
import org.lstmworkbench.metrics.Smoothing;

/**
 * A repeat group's band on the loss chart (FX thread only): mean ± 1 std on a linear axis; on a
 * log axis geometric mean ×/÷ geometric std, which is symmetric there and never drops to the
 * axis floor where mean - std <= 0.
 */
final class BandTrace {

    /** Legend suffix of the band on a linear axis. */
    static final String LINEAR_WORDS = "mean ± 1 std";
    /** Legend suffix of the band on a log axis. */
    static final String LOG_WORDS = "geometric mean ×/÷ geometric std";

    final String label;
    final int colourIndex;
    final YIntervalSeries series;
    double[] mean = new double[0];
    double[] std = new double[0];
    GeometricBand geometric = new GeometricBand(new double[0], new double[0]);
    boolean logSpace;
    double minLow = Double.POSITIVE_INFINITY;

    BandTrace(String id, String label, int colourIndex) {
        this.label = label;
        this.colourIndex = colourIndex;
        this.series = new YIntervalSeries(new Key(id, label), false, true);
    }

    /** The legend text: the label and which band is drawn. */
    String legend() {
        return label + " (" + (logSpace ? LOG_WORDS : LINEAR_WORDS) + ")";
    }

    /**
     * Replaces the band's values (epoch i + 1 for index i) and draws the one for the axis in use,
     * smoothing each quantity when {@code weight > 0}.
     */
    void fill(double[] newMean, double[] newStd, GeometricBand newGeometric, double weight) {
        mean = newMean.clone();
        std = newStd.clone();
        geometric = newGeometric;
        redraw(weight);
    }

    /** Draws the linear or the log-space band from the values held. */
    void redraw(double weight) {
        double[] m = smooth(logSpace ? geometric.mean() : mean, weight);
        double[] s = smooth(logSpace ? geometric.factor() : std, weight);
        series.clear();
        for (int i = 0; i < m.length; i++) {
            if (Double.isFinite(m[i]) && Double.isFinite(s[i])) {
                double low = logSpace ? m[i] / s[i] : m[i] - s[i];
                double high = logSpace ? m[i] * s[i] : m[i] + s[i];
                series.add(new YIntervalDataItem(i + 1, m[i], low, high), false);
            }
        }
        minLow = Math.min(lowest(mean, std, false), lowest(geometric.mean(), geometric.factor(), true));
        series.fireSeriesChanged();
    }

    /** The smallest positive edge of a band (the mean where the edge is not positive), for the log clamp. */
    private static double lowest(double[] m, double[] s, boolean log) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(m.length, s.length); i++) {
            if (Double.isFinite(m[i]) && Double.isFinite(s[i])) {
                double low = log ? m[i] / s[i] : m[i] - s[i];
                min = Math.min(min, low > 0 ? low : m[i]);
            }
        }
        return min;
    }

    private static double[] smooth(double[] x, double weight) {
        return weight > 0 ? Smoothing.ema(x, weight) : x;
    }

    /** Band series key: unique per band, printed as its label. */
    record Key(String id, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return id.compareTo(o.id);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
