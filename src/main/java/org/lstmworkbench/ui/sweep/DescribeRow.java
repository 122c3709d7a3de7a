package org.lstmworkbench.ui.sweep;

import java.util.List;
import java.util.Locale;

/**
 * One row of the describe() table: a statistic ({@code count}, {@code mean}, ...) and its value
 * for each point, in column order.
 *
 * @param statistic the row label, pandas' name
 * @param values    one value per point column
 */
public record DescribeRow(String statistic, List<Double> values) {

    public DescribeRow {
        values = List.copyOf(values);
    }

    /** The value of column {@code column} as pandas prints it: 6 decimals, {@code NaN} when undefined. */
    public String text(int column) {
        if (column < 0 || column >= values.size()) {
            return "";
        }
        double v = values.get(column);
        return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.6f", v);
    }
}
