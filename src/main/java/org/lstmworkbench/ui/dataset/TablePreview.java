package org.lstmworkbench.ui.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.lstmworkbench.data.DataTable;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TextColumn;

/** The first rows of a loaded table as text, for the preview table: as loaded, or as the model sees it. */
final class TablePreview {

    /** Rows shown in the preview. */
    static final int ROWS = 50;

    private static final MathContext DIGITS = new MathContext(7);

    private TablePreview() {
    }

    /** Column headers: the label column (or "row" when there are no labels), then every column in file order. */
    static List<String> headers(DataTable table) {
        List<String> headers = new ArrayList<>();
        headers.add(table.hasLabels() ? table.labelName() : "row");
        columns(table).forEach(c -> headers.add(c.name()));
        return headers;
    }

    /** Up to {@link #ROWS} rows: label (or file row number), then each value; gaps read "NA". */
    static List<List<String>> rows(DataTable table) {
        List<Column> columns = columns(table);
        int n = Math.min(ROWS, table.rowCount());
        List<List<String>> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>(columns.size() + 1);
            row.add(rowName(table, r));
            for (Column column : columns) {
                row.add(column.cell().apply(r));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /**
     * Headers of the data as the model sees it: the label (or "row"), each input feature after gaps,
     * encoding and transforms, then the target in model units when it is not an input itself.
     */
    static List<String> modelHeaders(PreparedData data) {
        List<String> headers = new ArrayList<>();
        headers.add(data.table().hasLabels() ? data.table().labelName() : "row");
        headers.addAll(data.report().features());
        if (!data.report().features().contains(data.targetColumn())) {
            headers.add(data.targetColumn() + " (target)");
        }
        return headers;
    }

    /** Up to {@link #ROWS} rows of {@link #modelHeaders}; values lost to differencing read "NA". */
    static List<List<String>> modelRows(PreparedData data) {
        DataTable table = data.table();
        List<double[]> series = new ArrayList<>(data.modelInputs());
        if (!data.report().features().contains(data.targetColumn())) {
            series.add(data.targetTransform().transformed());
        }
        int n = Math.min(ROWS, table.rowCount());
        List<List<String>> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>(series.size() + 1);
            row.add(rowName(table, r));
            for (double[] values : series) {
                row.add(format(values[r]));
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    private static String rowName(DataTable table, int r) {
        return table.hasLabels() ? table.labels().get(r) : String.valueOf(table.rowNumbers()[r]);
    }

    private record Column(int fileIndex, String name, IntFunction<String> cell) {
    }

    /** Numeric and text columns together, in the file's order. */
    private static List<Column> columns(DataTable table) {
        List<Column> columns = new ArrayList<>();
        List<double[]> numbers = table.columns();
        int[] indices = table.columnIndices();
        for (int c = 0; c < numbers.size(); c++) {
            double[] values = numbers.get(c);
            columns.add(new Column(indices[c], table.columnNames().get(c), r -> format(values[r])));
        }
        for (TextColumn t : table.textColumns()) {
            columns.add(new Column(t.fileIndex(), t.name(), r -> t.missing(r) ? "NA" : t.cells().get(r)));
        }
        columns.sort(Comparator.comparingInt(Column::fileIndex));
        return columns;
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
