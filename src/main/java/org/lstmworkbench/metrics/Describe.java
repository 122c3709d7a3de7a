package org.lstmworkbench.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summary statistics of a sample, as pandas' {@code Series.describe()} prints them.
 *
 * <p>{@code std} is the sample standard deviation (divisor n-1), NaN for a single value as in
 * pandas. Quartiles use linear interpolation between order statistics (pandas' default,
 * Hyndman and Fan type 7): position {@code h = (n-1)p}, value
 * {@code x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])}. NaN values are skipped, as
 * pandas does, so {@code count} is the number of non-NaN values.
 *
 * @param count  number of non-NaN values
 * @param mean   arithmetic mean
 * @param std    sample standard deviation (n-1)
 * @param min    smallest value
 * @param q25    first quartile (type 7)
 * @param median second quartile (type 7)
 * @param q75    third quartile (type 7)
 * @param max    largest value
 */
public record Describe(int count, double mean, double std, double min, double q25, double median,
                       double q75, double max) {

    /** Row labels in pandas' order. */
    public static final List<String> ROW_LABELS =
            List.of("count", "mean", "std", "min", "25%", "50%", "75%", "max");

    public Describe {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }

    /** Describes {@code values}, skipping NaN. An empty sample gives count 0 and NaN elsewhere. */
    public static Describe of(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("Cannot describe a missing sample (null)");
        }
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = x.length;
        if (n == 0) {
            double nan = Double.NaN;
            return new Describe(0, nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double std = Double.NaN;
        if (n > 1) {
            // Two-pass sum of squared deviations: stable for losses that differ in the 6th digit.
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            std = Math.sqrt(ss / (n - 1));
        }
        return new Describe(n, mean, std, x[0], quantileSorted(x, 0.25), quantileSorted(x, 0.5),
                quantileSorted(x, 0.75), x[n - 1]);
    }

    /**
     * Type-7 quantile of an ascending array (no NaN).
     *
     * @param sorted ascending values, at least one
     * @param p      probability in [0, 1]
     */
    public static double quantileSorted(double[] sorted, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("Quantile probability must be in [0, 1], got " + p);
        }
        if (sorted.length == 0) {
            throw new IllegalArgumentException("Quantile of an empty sample is undefined");
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** The eight statistics in pandas' row order. */
    public double[] values() {
        return new double[] {count, mean, std, min, q25, median, q75, max};
    }

    /** This summary printed as a single pandas column without a header. */
    public String format() {
        Map<String, Describe> one = new LinkedHashMap<>();
        one.put("", this);
        String table = format(one);
        // Drop the empty header line: a Series' describe() prints none.
        return table.substring(table.indexOf('\n') + 1);
    }

    /**
     * Several summaries side by side, as pandas prints {@code DataFrame.describe()}: a header
     * line of right-aligned column names, row labels left-aligned, values with 6 decimals
     * right-aligned, columns separated by two spaces.
     */
    public static String format(Map<String, Describe> columns) {
        int labelWidth = ROW_LABELS.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder header = new StringBuilder(" ".repeat(labelWidth));
        String[][] cells = new String[columns.size()][];
        int[] widths = new int[columns.size()];
        int c = 0;
        for (Map.Entry<String, Describe> column : columns.entrySet()) {
            double[] v = column.getValue().values();
            cells[c] = new String[v.length];
            widths[c] = column.getKey().length();
            for (int r = 0; r < v.length; r++) {
                cells[c][r] = Double.isNaN(v[r]) ? "NaN" : String.format(Locale.ROOT, "%.6f", v[r]);
                widths[c] = Math.max(widths[c], cells[c][r].length());
            }
            header.append("  ").append(padLeft(column.getKey(), widths[c]));
            c++;
        }
        StringBuilder out = new StringBuilder(header.toString().stripTrailing()).append('\n');
        for (int r = 0; r < ROW_LABELS.size(); r++) {
            StringBuilder line = new StringBuilder(padRight(ROW_LABELS.get(r), labelWidth));
            for (int k = 0; k < cells.length; k++) {
                line.append("  ").append(padLeft(cells[k][r], widths[k]));
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
