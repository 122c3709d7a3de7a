package org.lstmworkbench.ui.chart;

import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueAxisPlot;
import org.jfree.data.Range;

/** The linear loss axis: automatic range of the data plus reachable baselines, with margins. */
final class LinearLossAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;
    private final transient BaselineRange baselines;

    LinearLossAxis(String label, BaselineRange baselines) {
        super(label);
        this.baselines = baselines;
    }

    @Override
    protected void autoAdjustRange() {
        Plot plot = getPlot();
        if (!(plot instanceof ValueAxisPlot vap)) {
            return;
        }
        Range data = vap.getDataRange(this);
        if (data == null) {
            super.autoAdjustRange();
            return;
        }
        Range r = baselines.widen(data, DoubleUnaryOperator.identity(), DoubleUnaryOperator.identity());
        double span = r.getLength();
        if (span <= 0) {
            double pad = Math.max(Math.abs(r.getCentralValue()) * 0.1, getAutoRangeMinimumSize());
            setRange(new Range(r.getLowerBound() - pad, r.getUpperBound() + pad), false, false);
            return;
        }
        setRange(new Range(r.getLowerBound() - span * getLowerMargin(),
                r.getUpperBound() + span * getUpperMargin()), false, false);
    }
}
