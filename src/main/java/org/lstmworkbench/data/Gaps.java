package org.lstmworkbench.data;

import java.util.List;

/** Where a table's gaps are, numeric columns first, then text columns (a view for {@link MissingValues}). */
final class Gaps {

    private final DataTable table;
    private final List<double[]> numbers;

    Gaps(DataTable table) {
        this.table = table;
        this.numbers = table.columns();
    }

    int columns() {
        return numbers.size() + table.textColumns().size();
    }

    boolean at(int column, int row) {
        return column < numbers.size() ? Double.isNaN(numbers.get(column)[row])
                : table.textColumns().get(column - numbers.size()).missing(row);
    }

    boolean anyAt(int row) {
        for (int c = 0; c < columns(); c++) {
            if (at(c, row)) {
                return true;
            }
        }
        return false;
    }

    /** 0-based row of the column's first value, -1 when it has none. */
    int firstValue(int column) {
        for (int r = 0; r < table.rowCount(); r++) {
            if (!at(column, r)) {
                return r;
            }
        }
        return -1;
    }

    /** 0-based row of the column's last value, -1 when it has none. */
    int lastValue(int column) {
        for (int r = table.rowCount() - 1; r >= 0; r--) {
            if (!at(column, r)) {
                return r;
            }
        }
        return -1;
    }

    int count(int column) {
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            n += at(column, r) ? 1 : 0;
        }
        return n;
    }

    String describe(int column) {
        return column < numbers.size() ? table.describe(column)
                : table.describeText(table.textColumns().get(column - numbers.size()));
    }

    /** Throws at the first gap in row order, naming its row and column. */
    void failOnFirst(String problem) {
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < columns(); c++) {
                if (at(c, r)) {
                    throw DataException.at(table.source(), table.rowNumbers()[r], describe(c), problem);
                }
            }
        }
    }
}
