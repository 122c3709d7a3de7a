package org.lstmworkbench.metrics;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.lstmworkbench.WorkbenchException;

/** Least-squares trends of a curve, used to ask "is it still falling at the end?". */
public final class Regression {

    private Regression() {
    }

    /**
     * Slope per index step of the least-squares line through {@code y[from..toExclusive)},
     * with the array index as x. Non-finite points are left out of the fit.
     *
     * @return the slope, or NaN when fewer than two finite points are in the range
     */
    public static double slope(double[] y, int from, int toExclusive) {
        if (y == null) {
            throw new WorkbenchException("Cannot fit a slope to a missing curve (null)");
        }
        if (from < 0 || toExclusive > y.length || from > toExclusive) {
            throw new WorkbenchException("Slope range [" + from + ", " + toExclusive
                    + ") is outside a curve of length " + y.length);
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = from; i < toExclusive; i++) {
            if (Double.isFinite(y[i])) {
                regression.addData(i, y[i]);
            }
        }
        return regression.getN() < 2 ? Double.NaN : regression.getSlope();
    }

    /** Slope over the last {@code window} points (all points when the curve is shorter). */
    public static double endSlope(double[] y, int window) {
        if (window < 2) {
            throw new WorkbenchException("End-slope window must be >= 2 points, got " + window);
        }
        int from = Math.max(0, y.length - window);
        return slope(y, from, y.length);
    }
}
