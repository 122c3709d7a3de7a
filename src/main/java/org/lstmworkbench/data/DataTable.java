package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A loaded table: numeric columns of equal length, optional labels (dates such as
 * {@code 1949-01} or {@code 1-01}) and, for each data row, its 1-based physical line in the
 * source file (so later steps can still name the row of a bad value). Missing cells are
 * {@link Double#NaN} until a {@link MissingPolicy} has been applied.
 *
 * <p>Arrays are copied in and out, so a table cannot change after construction.
 *
 * @param source file or dataset name used in messages
 * @param hasHeader whether column names came from a header line (decides how messages
 *     refer to columns)
 * @param labelName name of the label column, or {@code null} when there are no labels
 * @param labels one label per row, or empty when the source has no label column
 * @param columnNames names of the numeric columns ({@code column 2} ... without a header)
 * @param columns one array per numeric column, each of {@link #rowCount()} values
 * @param rowNumbers 1-based physical line of each data row
 * @param columnIndices 0-based position of each numeric column in the file (for messages)
 * @param textColumns columns holding text (categories, or numbers with a bad cell), parsed or
 *     encoded only when chosen
 */
public record DataTable(String source, boolean hasHeader, String labelName, List<String> labels,
                        List<String> columnNames, List<double[]> columns, int[] rowNumbers,
                        int[] columnIndices, List<TextColumn> textColumns) {

    /** A table without text columns. */
    public DataTable(String source, boolean hasHeader, String labelName, List<String> labels,
                     List<String> columnNames, List<double[]> columns, int[] rowNumbers, int[] columnIndices) {
        this(source, hasHeader, labelName, labels, columnNames, columns, rowNumbers, columnIndices, List.of());
    }

    public DataTable {
        textColumns = List.copyOf(textColumns);
        for (TextColumn t : textColumns) {
            if (t.cells().size() != rowNumbers.length) {
                throw new IllegalArgumentException(source + ": text column " + t.name() + " has "
                        + t.cells().size() + " cells for " + rowNumbers.length + " rows");
            }
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must be named, got " + source);
        }
        labels = List.copyOf(labels);
        columnNames = List.copyOf(columnNames);
        rowNumbers = rowNumbers.clone();
        columnIndices = columnIndices.clone();
        if (columns.size() != columnNames.size() || columnIndices.length != columnNames.size()) {
            throw new IllegalArgumentException(source + ": " + columnNames.size() + " column names for "
                    + columns.size() + " columns and " + columnIndices.length + " indices");
        }
        List<double[]> copies = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).length != rowNumbers.length) {
                throw new IllegalArgumentException(source + ": column " + columnNames.get(c) + " has "
                        + columns.get(c).length + " values for " + rowNumbers.length + " rows");
            }
            copies.add(columns.get(c).clone());
        }
        columns = List.copyOf(copies);
        if (!labels.isEmpty() && labels.size() != rowNumbers.length) {
            throw new IllegalArgumentException(source + ": " + labels.size() + " labels for "
                    + rowNumbers.length + " rows");
        }
    }

    /** A table with no labels whose rows are numbered 1.. (generated data, tests). */
    public static DataTable of(String source, List<String> labels, List<String> columnNames,
                               List<double[]> columns) {
        int rows = columns.isEmpty() ? 0 : columns.get(0).length;
        int[] rowNumbers = new int[rows];
        Arrays.setAll(rowNumbers, i -> i + 1);
        int[] indices = new int[columnNames.size()];
        Arrays.setAll(indices, i -> i);
        return new DataTable(source, true, labels.isEmpty() ? null : "label", labels, columnNames,
                columns, rowNumbers, indices);
    }

    /** Number of data rows (the header line is not counted). */
    public int rowCount() {
        return rowNumbers.length;
    }

    /** Whether the table has a label column. */
    public boolean hasLabels() {
        return !labels.isEmpty();
    }

    @Override
    public List<double[]> columns() {
        return columns.stream().map(double[]::clone).toList();
    }

    @Override
    public int[] rowNumbers() {
        return rowNumbers.clone();
    }

    @Override
    public int[] columnIndices() {
        return columnIndices.clone();
    }

    /**
     * The values of a numeric column.
     *
     * @throws DataException naming the unknown column and listing the known ones
     */
    public double[] column(String name) {
        return columns.get(indexOf(name)).clone();
    }

    /** 0-based position of a numeric column among {@link #columnNames()}. */
    public int indexOf(String name) {
        int index = columnNames.indexOf(name);
        if (index < 0) {
            textColumn(name).ifPresent(t -> {
                throw notANumber(t);
            });
        }
        if (index < 0 && name != null && name.equals(labelName)) {
            throw new DataException(source + ": column \"" + name + "\" holds labels (text such as dates), not numbers; "
                    + "numeric columns: " + String.join(", ", columnNames.stream().map(n -> "\"" + n + "\"").toList()));
        }
        if (index < 0) {
            throw new DataException(source + ": unknown column \"" + name + "\"; known columns: "
                    + String.join(", ", columnNames.stream().map(n -> "\"" + n + "\"").toList()));
        }
        return index;
    }

    /** The text column of that name, if the table has one. */
    public java.util.Optional<TextColumn> textColumn(String name) {
        return textColumns.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Names of the text columns, in file order. */
    public List<String> textColumnNames() {
        return textColumns.stream().map(TextColumn::name).toList();
    }

    /** The error of reading text column {@code t} as numbers: its first cell that is not one, by row and column. */
    public DataException notANumber(TextColumn t) {
        return DataException.at(source, rowNumbers[t.firstTextRow()], describeText(t),
                "\"" + t.cells().get(t.firstTextRow()) + "\" is not a number");
    }

    /** How messages refer to a text column. */
    public String describeText(TextColumn t) {
        return DataException.describeColumn(t.name(), hasHeader, t.fileIndex());
    }

    /** How messages refer to numeric column {@code index} (see {@link DataException}). */
    public String describe(int index) {
        return DataException.describeColumn(columnNames.get(index), hasHeader, columnIndices[index]);
    }

    /** Last numeric column's name: the default target. */
    public String lastColumnName() {
        // a mostly numeric column with a bad cell still counts, so that choosing it names the bad cell
        int lastNumeric = columnIndices.length == 0 ? -1 : columnIndices[columnIndices.length - 1];
        TextColumn lastBroken = textColumns.stream().filter(t -> !t.categorical())
                .reduce((a, b) -> b).orElse(null);
        if (lastBroken != null && lastBroken.fileIndex() > lastNumeric) {
            return lastBroken.name();
        }
        if (columnNames.isEmpty()) {
            throw new DataException(source + ": has no numeric column");
        }
        return columnNames.get(columnNames.size() - 1);
    }

    /**
     * The same rows restricted to the named columns: numeric ones in the order given, then the
     * named text columns (categories chosen as inputs).
     *
     * @throws DataException for an unknown column
     */
    public DataTable select(List<String> names) {
        List<String> numeric = new ArrayList<>();
        List<TextColumn> text = new ArrayList<>();
        for (String name : names) {
            textColumn(name).ifPresentOrElse(text::add, () -> numeric.add(name));
        }
        List<double[]> chosen = new ArrayList<>();
        int[] indices = new int[numeric.size()];
        for (int i = 0; i < numeric.size(); i++) {
            int index = indexOf(numeric.get(i));
            chosen.add(columns.get(index));
            indices[i] = columnIndices[index];
        }
        return new DataTable(source, hasHeader, labelName, labels, numeric, chosen, rowNumbers, indices, text);
    }

    /** The same columns restricted to the rows at the given 0-based positions. */
    public DataTable keepRows(int[] positions) {
        List<double[]> kept = new ArrayList<>();
        for (double[] column : columns) {
            kept.add(Arrays.stream(positions).mapToDouble(p -> column[p]).toArray());
        }
        List<String> keptLabels = labels.isEmpty() ? List.of()
                : Arrays.stream(positions).mapToObj(labels::get).toList();
        int[] rows = Arrays.stream(positions).map(p -> rowNumbers[p]).toArray();
        List<TextColumn> text = textColumns.stream().map(t -> t.keepRows(positions)).toList();
        return new DataTable(source, hasHeader, labelName, keptLabels, columnNames, kept, rows,
                columnIndices, text);
    }

    /** The same rows and labels with new values for the numeric columns. */
    public DataTable withColumns(List<double[]> newColumns) {
        return new DataTable(source, hasHeader, labelName, labels, columnNames, newColumns,
                rowNumbers, columnIndices, textColumns);
    }

    /** The same rows with new numeric values and new text cells (gaps filled). */
    DataTable withColumns(List<double[]> newColumns, List<TextColumn> newText) {
        return new DataTable(source, hasHeader, labelName, labels, columnNames, newColumns,
                rowNumbers, columnIndices, newText);
    }
}
