package org.lstmworkbench.ui.chart;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * The loss chart's value axes: linear (the default) or base-10 log, both widened to show the
 * naive baselines when they are near the data, and the smallest positive value seen so far (the
 * log axis clamps to half of it, so zero and negative values stay on the chart).
 *
 * @implNote FX-thread only, like the chart.
 */
final class LossAxes {

    private final BaselineRange baselineRange = new BaselineRange();
    private final LinearLossAxis linearAxis;
    private final ClampedLogAxis logAxis;
    private boolean logScale;
    private double minPositive = Double.POSITIVE_INFINITY;

    /** Axes labelled {@code quantity} (e.g. {@code loss}) and {@code quantity (log scale)}. */
    LossAxes(String quantity) {
        linearAxis = new LinearLossAxis(quantity, baselineRange);
        logAxis = new ClampedLogAxis(quantity + " (log scale)", baselineRange);
        ChartStyle.axis(linearAxis);
        ChartStyle.axis(logAxis);
    }

    ValueAxis linear() {
        return linearAxis;
    }

    /** Takes a plotted value into account for the log axis' lower clamp. */
    void saw(double value) {
        if (value > 0 && value < minPositive) {
            minPositive = value;
        }
    }

    /** Applies the smallest positive value seen to the log axis. */
    void updateLogClamp() {
        logAxis.setSmallestValue(minPositive < Double.POSITIVE_INFINITY ? minPositive / 2 : 1e-6);
    }

    /** Forgets the values seen (the chart was cleared). */
    void forgetValues() {
        minPositive = Double.POSITIVE_INFINITY;
    }

    void setBaselines(XYPlot plot, double persistence, double trainingMean) {
        baselineRange.set(persistence, trainingMean);
        // markers do not re-run the auto range by themselves
        plot.getRangeAxis().configure();
    }

    void setLogScale(XYPlot plot, boolean log) {
        if (log == logScale) {
            return;
        }
        logScale = log;
        ValueAxis axis = log ? logAxis : linearAxis;
        axis.setAutoRange(true);
        plot.setRangeAxis(axis);
    }

    boolean isLogScale() {
        return logScale;
    }
}
