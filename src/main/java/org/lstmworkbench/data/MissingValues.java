package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Applies a {@link MissingPolicy} to the gaps of a table: {@link Double#NaN} in numeric columns,
 * {@code null} cells in text columns (a text gap is filled with the previous category, never
 * interpolated).
 */
public final class MissingValues {

    /** A table with its gaps handled, and what was done. */
    public record Handled(DataTable table, GapReport report) {
    }

    private MissingValues() {
    }

    /**
     * The table with its gaps handled as the policy says; leading gaps under forward-fill or
     * interpolation are refused ({@link EdgeGaps#REFUSE}).
     *
     * @throws DataException naming row and column of a gap under {@link MissingPolicy#ERROR},
     *     or of a leading gap under forward-fill or interpolation
     */
    public static DataTable apply(DataTable table, MissingPolicy policy) {
        return handle(table, policy, EdgeGaps.REFUSE).table();
    }

    /**
     * The table with its gaps handled as {@code policy} and {@code edges} say, with counts of the
     * values filled and rows dropped.
     *
     * @throws DataException naming row and column of a gap under {@link MissingPolicy#ERROR}, of a
     *     leading gap under {@link EdgeGaps#REFUSE}, or a column without any value
     */
    public static Handled handle(DataTable table, MissingPolicy policy, EdgeGaps edges) {
        Gaps gaps = new Gaps(table);
        return switch (policy) {
            case ERROR -> {
                gaps.failOnFirst("missing value (choose a missing-value policy to fill or drop it)");
                yield new Handled(table, GapReport.none(policy, edges));
            }
            case DROP_ROWS -> {
                int[] kept = IntStream.range(0, table.rowCount()).filter(r -> !gaps.anyAt(r)).toArray();
                yield new Handled(table.keepRows(kept),
                        new GapReport(policy, edges, 0, 0, table.rowCount() - kept.length));
            }
            case FORWARD_FILL, INTERPOLATE -> fill(table, gaps, policy, edges);
        };
    }

    private static Handled fill(DataTable table, Gaps gaps, MissingPolicy policy, EdgeGaps edges) {
        boolean interpolate = policy == MissingPolicy.INTERPOLATE;
        int first = 0;
        int last = table.rowCount() - 1;
        for (int c = 0; c < gaps.columns(); c++) {
            int firstValue = gaps.firstValue(c);
            if (firstValue != 0 && edges == EdgeGaps.REFUSE) {
                throw DataException.at(table.source(), table.rowNumbers()[0], gaps.describe(c),
                        "missing value at the start cannot be " + (interpolate ? "interpolated" : "forward-filled"));
            }
            if (firstValue < 0) {
                throw new DataException(table.source() + ": " + gaps.describe(c) + " has no value at all");
            }
            first = Math.max(first, firstValue);
            last = Math.min(last, gaps.lastValue(c));
        }
        int end = edges == EdgeGaps.TRIM && interpolate ? last : table.rowCount() - 1;
        int from = edges == EdgeGaps.TRIM ? first : 0;
        if (end < from) {
            throw new DataException(table.source() + ": trimming the edge gaps leaves no row where every used "
                    + "column has a value");
        }
        // count before filling: a gap is an edge gap before the column's first value or, interpolating, after its last
        int edgeFilled = 0;
        int filled = 0;
        for (int c = 0; c < gaps.columns(); c++) {
            int firstValue = gaps.firstValue(c);
            int lastValue = gaps.lastValue(c);
            for (int r = from; r <= end; r++) {
                if (gaps.at(c, r)) {
                    boolean edge = r < firstValue || (interpolate && r > lastValue);
                    edgeFilled += edge ? 1 : 0;
                    filled += edge ? 0 : 1;
                }
            }
        }
        // fill on the whole table, then trim: a gap just inside the kept rows still takes its real neighbours
        List<double[]> numbers = new ArrayList<>();
        for (double[] values : table.columns()) {
            numbers.add(interpolate ? interpolate(backFill(values)) : forwardFill(backFill(values)));
        }
        List<TextColumn> text = table.textColumns().stream().map(MissingValues::fillText).toList();
        DataTable done = table.withColumns(numbers, text);
        if (from > 0 || end < table.rowCount() - 1) {
            done = done.keepRows(IntStream.rangeClosed(from, end).toArray());
        }
        return new Handled(done, new GapReport(policy, edges, filled, edgeFilled, table.rowCount() - done.rowCount()));
    }

    /** Leading gaps take the first value (nothing to repeat or interpolate from). */
    private static double[] backFill(double[] values) {
        int first = 0;
        while (first < values.length && Double.isNaN(values[first])) {
            first++;
        }
        for (int i = 0; i < first && first < values.length; i++) {
            values[i] = values[first];
        }
        return values;
    }

    private static TextColumn fillText(TextColumn t) {
        List<String> cells = new ArrayList<>(t.cells());
        int first = 0;
        while (first < cells.size() && cells.get(first) == null) {
            first++;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) {
                cells.set(i, i < first ? cells.get(first) : cells.get(i - 1));
            }
        }
        return t.withCells(cells);
    }

    private static double[] forwardFill(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = values[i - 1];
            }
        }
        return values;
    }

    private static double[] interpolate(double[] values) {
        int i = 1;
        while (i < values.length) {
            if (!Double.isNaN(values[i])) {
                i++;
                continue;
            }
            int next = i;
            while (next < values.length && Double.isNaN(values[next])) {
                next++;
            }
            double before = values[i - 1];
            // a trailing gap has no right neighbour: hold the last value
            double after = next < values.length ? values[next] : before;
            int span = next - (i - 1);
            for (int k = i; k < next; k++) {
                values[k] = before + (after - before) * (k - (i - 1)) / span;
            }
            i = next;
        }
        return values;
    }
}
