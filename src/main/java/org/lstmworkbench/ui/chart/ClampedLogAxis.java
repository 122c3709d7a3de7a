package org.lstmworkbench.ui.chart;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.data.Range;

/**
 * A base-10 log axis that tolerates zero and negative values: they are drawn at the axis'
 * smallest value instead of at minus infinity (a loss can be exactly 0, and a mean - std band
 * edge can be negative), and the automatic range ignores them rather than failing.
 */
final class ClampedLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;

    private final transient BaselineRange baselines;

    ClampedLogAxis(String label, BaselineRange baselines) {
        super(label);
        this.baselines = baselines;
        setSmallestValue(1e-6);
    }

    @Override
    public double calculateLog(double value) {
        double smallest = getSmallestValue();
        return super.calculateLog(value > smallest ? value : smallest);
    }

    @Override
    protected void autoAdjustRange() {
        Plot plot = getPlot();
        if (!(plot instanceof ValueAxisPlot vap)) {
            return;
        }
        Range data = vap.getDataRange(this);
        if (data == null) {
            data = getDefaultAutoRange();
        }
        double lower = Math.max(data.getLowerBound(), getSmallestValue());
        double upper = data.getUpperBound();
        if (!(upper > lower)) {
            upper = lower * 10;
        }
        Range widened = baselines.widen(new Range(lower, upper), this::calculateLog, this::calculateValue);
        double logLower = calculateLog(widened.getLowerBound());
        double logUpper = calculateLog(widened.getUpperBound());
        double span = logUpper - logLower;
        logLower -= span * getLowerMargin();
        logUpper += span * getUpperMargin();
        setRange(new Range(calculateValue(logLower), calculateValue(logUpper)), false, false);
    }
}
