package org.lstmworkbench.metrics;

import org.apache.commons.math3.stat.regression.SimpleRegression;

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
            throw new IllegalArgumentException("Cannot fit a slope to a missing curve (null)");
        }
        if (from < 0 || toExclusive > y.length || from > toExclusive) {
            throw new IllegalArgumentException("Slope range [" + from + ", " + toExclusive
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

    /**
     * Slope and its standard error over {@code y[from..toExclusive)}, for asking whether a
     * trend stands out of the epoch-to-epoch noise.
     */
    public static Trend trend(double[] y, int from, int toExclusive) {
        slope(y, from, toExclusive); // validates the range
        SimpleRegression regression = new SimpleRegression();
        for (int i = from; i < toExclusive; i++) {
            if (Double.isFinite(y[i])) {
                regression.addData(i, y[i]);
            }
        }
        if (regression.getN() < 2) {
            return new Trend(Double.NaN, Double.NaN, (int) regression.getN());
        }
        double stdErr = regression.getN() > 2 ? regression.getSlopeStdErr() : Double.NaN;
        return new Trend(regression.getSlope(), stdErr, (int) regression.getN());
    }

    /**
     * A fitted linear trend.
     *
     * @param slope  change per index step
     * @param stdErr standard error of the slope; NaN with fewer than three points
     * @param points number of finite points fitted
     */
    public record Trend(double slope, double stdErr, int points) {

        /**
         * Slope divided by its standard error. A noise-free line has zero error, so its
         * t-statistic is infinite in the slope's direction (0 for a flat line).
         */
        public double tStat() {
            if (Double.isNaN(slope)) {
                return Double.NaN;
            }
            if (!(stdErr > 0)) {
                return slope == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, slope);
            }
            return slope / stdErr;
        }
    }

    /** Slope over the last {@code window} points (all points when the curve is shorter). */
    public static double endSlope(double[] y, int window) {
        if (window < 2) {
            throw new IllegalArgumentException("End-slope window must be >= 2 points, got " + window);
        }
        int from = Math.max(0, y.length - window);
        return slope(y, from, y.length);
    }
}
