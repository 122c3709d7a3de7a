package org.lstmworkbench.ui.chart;

import java.util.Locale;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.IntervalXYDataset;

/** Tooltip texts: the epoch and the exact loss values under the mouse. */
final class Tooltips {

    /** Raw train / validation points: "run 3 validation: epoch 120, loss 0.0123456789". */
    static final XYToolTipGenerator TRACE = (data, series, item) ->
            data.getSeriesKey(series) + ": epoch " + epoch(data.getXValue(series, item))
                    + ", loss " + exact(data.getYValue(series, item));

    /** Smoothed points name the smoothing so nobody mistakes them for a measured loss. */
    static final XYToolTipGenerator SMOOTHED = (data, series, item) ->
            data.getSeriesKey(series) + " (smoothed): epoch " + epoch(data.getXValue(series, item))
                    + ", loss " + exact(data.getYValue(series, item));

    /**
     * Band points: the centre and both edges (on a log axis the band is geometric, so its edges
     * are not centre ± one number).
     */
    static final XYToolTipGenerator BAND = (data, series, item) -> {
        IntervalXYDataset d = (IntervalXYDataset) data;
        return data.getSeriesKey(series) + ": epoch " + epoch(d.getXValue(series, item))
                + ", mean " + number(d.getYValue(series, item)) + ", band " + number(d.getStartYValue(series, item))
                + " to " + number(d.getEndYValue(series, item));
    };

    private Tooltips() {
    }

    private static String epoch(double x) {
        return Long.toString(Math.round(x));
    }

    /** Four significant digits (whole numbers without decimals): enough to read, short enough to fit. */
    static String exact(double v) {
        return org.lstmworkbench.ui.common.DisplayTexts.number(v);
    }

    /** Four significant digits without trailing zeros ("0.01", not "0.01000"), for labels drawn on the plot. */
    static String number(double v) {
        return org.lstmworkbench.ui.common.DisplayTexts.number(v);
    }
}
