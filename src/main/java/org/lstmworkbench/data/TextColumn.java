package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A column of a {@link DataTable} that is not all numbers: categories such as a wind direction
 * ({@code NW}, {@code cv}), or a numeric column with a bad cell. It is kept as text so that a
 * column nobody chose never stops a file from loading; it is parsed or encoded only when chosen.
 *
 * @param name column name ({@code column 4} without a header)
 * @param fileIndex 0-based position in the file (for messages)
 * @param cells one trimmed cell per data row, {@code null} where the cell is missing
 * @param firstTextRow 0-based data row of the first cell that is not a number
 * @param categorical whether most present cells are text (a category column) rather than numbers
 *     with a few bad cells
 */
public record TextColumn(String name, int fileIndex, List<String> cells, int firstTextRow, boolean categorical) {

    public TextColumn {
        // cells may hold nulls (gaps): List.copyOf refuses them
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** Whether row {@code r} is a gap. */
    public boolean missing(int r) {
        return cells.get(r) == null;
    }

    /** The same column restricted to the rows at the given 0-based positions. */
    TextColumn keepRows(int[] positions) {
        List<String> kept = Arrays.stream(positions).mapToObj(cells::get).toList();
        int first = -1;
        for (int i = 0; i < positions.length && first < 0; i++) {
            if (positions[i] >= firstTextRow) {
                first = i;
            }
        }
        return new TextColumn(name, fileIndex, kept, Math.max(0, first), categorical);
    }

    /** The same column with new cells (gaps filled), rows unchanged. */
    TextColumn withCells(List<String> newCells) {
        return new TextColumn(name, fileIndex, newCells, firstTextRow, categorical);
    }
}
