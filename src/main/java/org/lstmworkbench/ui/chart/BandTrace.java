package org.lstmworkbench.ui.chart;

import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.lstmworkbench.metrics.Smoothing;

/** A repeat group's mean curve and ± 1 std band on the loss chart (FX thread only). */
final class BandTrace {

    final String label;
    final int colourIndex;
    final YIntervalSeries series;
    double[] mean = new double[0];
    double[] std = new double[0];
    double minLow = Double.POSITIVE_INFINITY;

    BandTrace(String id, String label, int colourIndex) {
        this.label = label;
        this.colourIndex = colourIndex;
        this.series = new YIntervalSeries(new Key(id, label), false, true);
    }

    /** Replaces the band's points (epoch i + 1 for index i), smoothing mean and std when {@code weight > 0}. */
    void fill(double[] newMean, double[] newStd, double weight) {
        mean = newMean.clone();
        std = newStd.clone();
        double[] m = weight > 0 ? Smoothing.ema(mean, weight) : mean;
        double[] s = weight > 0 ? Smoothing.ema(std, weight) : std;
        series.clear();
        minLow = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m.length; i++) {
            if (Double.isFinite(m[i]) && Double.isFinite(s[i])) {
                double low = m[i] - s[i];
                series.add(new YIntervalDataItem(i + 1, m[i], low, m[i] + s[i]), false);
                minLow = Math.min(minLow, low > 0 ? low : m[i]);
            }
        }
        series.fireSeriesChanged();
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
