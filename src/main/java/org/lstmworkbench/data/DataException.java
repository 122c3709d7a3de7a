package org.lstmworkbench.data;

import org.lstmworkbench.WorkbenchException;

/**
 * The data error family: a file or a dataset specification the user can fix.
 *
 * <p>Messages locate the problem as {@code FILE: row R, column C: what is wrong}. Rows are
 * 1-based <em>physical lines</em> of the file, the header line (when there is one) being
 * row 1, so the number matches what a text editor shows. Columns are named in quotes when
 * the file has a header ({@code column "Passengers"}) and by 1-based index otherwise
 * ({@code column 2}).
 */
public class DataException extends WorkbenchException {

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A located error: {@code source: row R, column C: problem}.
     *
     * @param source file or dataset name
     * @param row 1-based physical line
     * @param column column as described by {@link #describeColumn(String, boolean, int)}
     * @param problem what is wrong, e.g. {@code "abc" is not a number}
     */
    public static DataException at(String source, int row, String column, String problem) {
        return new DataException(source + ": row " + row + ", " + column + ": " + problem);
    }

    /**
     * How messages refer to a column: by quoted name when the file has a header, else by
     * 1-based index.
     */
    public static String describeColumn(String name, boolean byName, int zeroBasedIndex) {
        return byName ? "column \"" + name + "\"" : "column " + (zeroBasedIndex + 1);
    }
}
