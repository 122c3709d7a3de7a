package org.lstmworkbench.data;

/**
 * Where a series came from, so a transform can name the file row of a bad value.
 *
 * @param source file or dataset name
 * @param column the column as messages describe it ({@code column "Passengers"})
 * @param rows 1-based physical line of each series index
 */
public record SeriesLocation(String source, String column, int[] rows) {

    public SeriesLocation {
        rows = rows.clone();
    }

    /** A located error for series index {@code index}. */
    public DataException error(int index, String problem) {
        return DataException.at(source, rows[index], column, problem);
    }
}
