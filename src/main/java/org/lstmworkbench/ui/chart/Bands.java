package org.lstmworkbench.ui.chart;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lstmworkbench.metrics.GeometricBand;

/**
 * The loss chart's bands of repeat groups (mean ± 1 std, geometric on a log axis), by band id, in insertion order (their
 * series index, which the styles key on).
 *
 * @implNote FX-thread only, like the chart.
 */
final class Bands {

    private final Map<String, BandTrace> bands = new LinkedHashMap<>();
    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();

    YIntervalSeriesCollection dataset() {
        return data;
    }

    Collection<BandTrace> values() {
        return Collections.unmodifiableCollection(bands.values());
    }

    private boolean logSpace;

    /**
     * Draws or replaces a band; returns it (its lowest point feeds the log axis' clamp).
     * {@code geometric} is what a log axis shows.
     */
    BandTrace set(String bandId, String label, double[] mean, double[] std, GeometricBand geometric,
                  int colourIndex, double smoothing) {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("band " + bandId + ": mean has " + mean.length
                    + " values but std has " + std.length);
        }
        BandTrace b = bands.get(bandId);
        if (b != null && (!b.label.equals(label) || b.colourIndex != colourIndex)) {
            // the series key carries the legend text: a new label needs a new series
            data.removeSeries(b.series);
            bands.remove(bandId);
            b = null;
        }
        if (b == null) {
            b = new BandTrace(bandId, label, colourIndex);
            b.logSpace = logSpace;
            bands.put(bandId, b);
            data.addSeries(b.series);
        }
        b.fill(mean, std, geometric, smoothing);
        return b;
    }

    /** Draws every band in log space (geometric) or linear space (arithmetic). */
    void setLogSpace(boolean log, double smoothing) {
        logSpace = log;
        for (BandTrace b : bands.values()) {
            b.logSpace = log;
            b.redraw(smoothing);
        }
    }

    /** Removes a band; false for an unknown id. */
    boolean remove(String bandId) {
        BandTrace b = bands.remove(bandId);
        if (b == null) {
            return false;
        }
        data.removeSeries(b.series);
        return true;
    }

    void clear() {
        for (String id : java.util.List.copyOf(bands.keySet())) {
            remove(id);
        }
    }

    /** Re-fills every band for a new smoothing weight. */
    void resmooth(double weight) {
        for (BandTrace b : bands.values()) {
            b.redraw(weight);
        }
    }

    int pointCount(String bandId) {
        BandTrace b = bands.get(bandId);
        return b == null ? 0 : b.series.getItemCount();
    }

    YIntervalSeries series(String bandId) {
        BandTrace b = bands.get(bandId);
        if (b == null) {
            throw new IllegalArgumentException("no band " + bandId + " on the chart");
        }
        return b.series;
    }
}
