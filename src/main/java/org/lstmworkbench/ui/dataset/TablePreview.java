package org.lstmworkbench.ui.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.data.DataTable;

/** The first rows of a loaded table as text, for the preview table. */
final class TablePreview {

    /** Rows shown in the preview. */
    static final int ROWS = 50;

    private static final MathContext DIGITS = new MathContext(7);

    private TablePreview() {
    }

    /** Column headers: the label column (or "row" when there are no labels), then the numeric columns. */
    static List<String> headers(DataTable table) {
        List<String> headers = new ArrayList<>();
        headers.add(table.hasLabels() ? table.labelName() : "row");
        headers.addAll(table.columnNames());
        return headers;
    }

    /** Up to {@link #ROWS} rows: label (or file row number), then each value; gaps read "NA". */
    static List<List<String>> rows(DataTable table) {
        List<double[]> columns = table.columns();
        int[] rowNumbers = table.rowNumbers();
        int n = Math.min(ROWS, table.rowCount());
        List<List<String>> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>(columns.size() + 1);
            row.add(table.hasLabels() ? table.labels().get(r) : String.valueOf(rowNumbers[r]));
            for (double[] column : columns) {
                row.add(format(column[r]));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /** Seven significant digits without trailing zeros: enough to recognise a value, short enough to read. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NA";
        }
        if (Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(DIGITS).stripTrailingZeros().toPlainString();
    }
}
