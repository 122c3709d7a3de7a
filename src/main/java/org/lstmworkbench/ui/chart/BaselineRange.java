package org.lstmworkbench.ui.chart;

import java.util.function.DoubleUnaryOperator;
import org.jfree.data.Range;

/**
 * The baseline losses the automatic loss range should also show. A baseline is a reference the
 * user needs to see next to the curves, but one far away (a training-mean baseline ten times
 * the model's loss) would squash the curves into a line; so a baseline is taken in only when it
 * at most doubles the data's span (measured in the axis' own scale, log or linear). A baseline
 * taken in also gets room for its label ({@link BaselineLabels}: the higher or lone baseline's
 * above its line, the lower one's below), so a label at the edge is not cut by the plot's border.
 */
final class BaselineRange {

    /** The room for a label beside a line at the range's edge, as a share of the range's span. */
    static final double LABEL_ROOM = 0.12;

    private double[] values = new double[0];

    void set(double... baselines) {
        values = java.util.Arrays.stream(baselines).filter(Double::isFinite).toArray();
    }

    /**
     * {@code data} widened to take in the reachable baselines; {@code scale} maps a loss to the
     * axis' scale (identity or log) and {@code inverse} maps back.
     */
    Range widen(Range data, DoubleUnaryOperator scale, DoubleUnaryOperator inverse) {
        if (data == null || values.length == 0) {
            return data;
        }
        double lo = scale.applyAsDouble(data.getLowerBound());
        double hi = scale.applyAsDouble(data.getUpperBound());
        double span = Math.max(hi - lo, Math.abs(hi) * 1e-9);
        double newLo = lo;
        double newHi = hi;
        double highest = java.util.Arrays.stream(values).max().orElseThrow();
        double lowest = java.util.Arrays.stream(values).min().orElseThrow();
        java.util.List<double[]> labelled = new java.util.ArrayList<>();
        for (double v : values) {
            double s = scale.applyAsDouble(v);
            if (s >= lo - span && s <= hi + span) {
                newLo = Math.min(newLo, s);
                newHi = Math.max(newHi, s);
                // {scaled value, +1 label above, -1 label below}; two equal baselines take both sides
                boolean above = v == highest && (values.length == 1 || lowest < highest || labelled.isEmpty());
                labelled.add(new double[] {s, above ? 1 : -1});
            }
        }
        double room = LABEL_ROOM * (newHi - newLo);
        for (double[] l : labelled) {
            if (l[1] > 0) {
                newHi = Math.max(newHi, l[0] + room);
            } else {
                newLo = Math.min(newLo, l[0] - room);
            }
        }
        if (newLo == lo && newHi == hi) {
            return data;
        }
        return new Range(inverse.applyAsDouble(newLo), inverse.applyAsDouble(newHi));
    }
}
