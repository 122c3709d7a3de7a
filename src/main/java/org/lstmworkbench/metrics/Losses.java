package org.lstmworkbench.metrics;


/**
 * Point-wise regression losses between predictions and actual values.
 *
 * <p>Every method validates that both arguments have the same shape and names the mismatch
 * in its message, because a silently truncated comparison gives a plausible but wrong loss.
 */
public final class Losses {

    private Losses() {
    }

    /** Mean squared error of {@code predicted} against {@code actual}. */
    public static double mse(double[] predicted, double[] actual) {
        checkSameLength(predicted, actual, "");
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d * d;
        }
        return sum / actual.length;
    }

    /** Mean absolute error of {@code predicted} against {@code actual}. */
    public static double mae(double[] predicted, double[] actual) {
        checkSameLength(predicted, actual, "");
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    /** Root mean squared error: the square root of {@link #mse(double[], double[])}. */
    public static double rmse(double[] predicted, double[] actual) {
        return Math.sqrt(mse(predicted, actual));
    }

    /** Mean squared error over every cell of two equally shaped matrices (rows x outputs). */
    public static double mse(double[][] predicted, double[][] actual) {
        long cells = checkSameShape(predicted, actual);
        double sum = 0;
        for (int r = 0; r < actual.length; r++) {
            for (int c = 0; c < actual[r].length; c++) {
                double d = predicted[r][c] - actual[r][c];
                sum += d * d;
            }
        }
        return sum / cells;
    }

    /** Mean absolute error over every cell of two equally shaped matrices. */
    public static double mae(double[][] predicted, double[][] actual) {
        long cells = checkSameShape(predicted, actual);
        double sum = 0;
        for (int r = 0; r < actual.length; r++) {
            for (int c = 0; c < actual[r].length; c++) {
                sum += Math.abs(predicted[r][c] - actual[r][c]);
            }
        }
        return sum / cells;
    }

    /** Root mean squared error over every cell of two equally shaped matrices. */
    public static double rmse(double[][] predicted, double[][] actual) {
        return Math.sqrt(mse(predicted, actual));
    }

    private static void checkSameLength(double[] predicted, double[] actual, String where) {
        if (predicted == null || actual == null) {
            throw new IllegalArgumentException("Loss needs predictions and actual values" + where
                    + ", got " + (predicted == null ? "no predictions" : "no actual values"));
        }
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("Predictions and actual values differ in length" + where
                    + ": " + predicted.length + " predictions vs " + actual.length + " actual values");
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("Loss of zero values is undefined" + where);
        }
    }

    private static long checkSameShape(double[][] predicted, double[][] actual) {
        if (predicted == null || actual == null) {
            throw new IllegalArgumentException("Loss needs predictions and actual values, got "
                    + (predicted == null ? "no predictions" : "no actual values"));
        }
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("Predictions and actual values differ in rows: "
                    + predicted.length + " vs " + actual.length);
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("Loss of zero rows is undefined");
        }
        long cells = 0;
        for (int r = 0; r < actual.length; r++) {
            String where = " in row " + r;
            if (predicted[r] == null || actual[r] == null) {
                throw new IllegalArgumentException("Missing row" + where);
            }
            if (predicted[r].length != actual[r].length) {
                throw new IllegalArgumentException("Predictions and actual values differ in columns" + where
                        + ": " + predicted[r].length + " vs " + actual[r].length);
            }
            cells += actual[r].length;
        }
        if (cells == 0) {
            throw new IllegalArgumentException("Loss of zero values is undefined");
        }
        return cells;
    }

    /**
     * The largest relative difference {@code |x - y| / |x|} between two curves (per-epoch losses of
     * a reference run {@code x} and another run {@code y}); an epoch NaN in both is skipped; infinity
     * when the lengths differ or only one of them is NaN.
     */
    public static double maxRelativeDifference(double[] x, double[] y) {
        if (x.length != y.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) && Double.isNaN(y[i])) {
                continue;
            }
            double d = Math.abs(x[i] - y[i]) / Math.max(1e-300, Math.abs(x[i]));
            max = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(max, d);
        }
        return max;
    }
}
