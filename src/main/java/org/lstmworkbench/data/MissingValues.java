package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Applies a {@link MissingPolicy} to the gaps ({@link Double#NaN}) of a table. */
public final class MissingValues {

    private MissingValues() {
    }

    /**
     * The table with its gaps handled as the policy says.
     *
     * @throws DataException naming row and column of a gap under {@link MissingPolicy#ERROR},
     *     or of a leading gap under forward-fill or interpolation
     */
    public static DataTable apply(DataTable table, MissingPolicy policy) {
        return switch (policy) {
            case ERROR -> {
                failOnFirstGap(table, "missing value (choose a missing-value policy to fill or drop it)");
                yield table;
            }
            case DROP_ROWS -> {
                List<double[]> columns = table.columns();
                yield table.keepRows(IntStream.range(0, table.rowCount())
                        .filter(r -> columns.stream().noneMatch(c -> Double.isNaN(c[r])))
                        .toArray());
            }
            case FORWARD_FILL, INTERPOLATE -> fill(table, policy == MissingPolicy.INTERPOLATE);
        };
    }

    private static void failOnFirstGap(DataTable table, String problem) {
        int[] rows = table.rowNumbers();
        List<double[]> columns = table.columns();
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (Double.isNaN(columns.get(c)[r])) {
                    throw DataException.at(table.source(), rows[r], table.describe(c), problem);
                }
            }
        }
    }

    private static DataTable fill(DataTable table, boolean interpolate) {
        int[] rows = table.rowNumbers();
        List<double[]> filled = new ArrayList<>();
        List<double[]> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            double[] values = columns.get(c);
            if (values.length > 0 && Double.isNaN(values[0])) {
                throw DataException.at(table.source(), rows[0], table.describe(c),
                        "missing value at the start cannot be "
                                + (interpolate ? "interpolated" : "forward-filled"));
            }
            filled.add(interpolate ? interpolate(values) : forwardFill(values));
        }
        return table.withColumns(filled);
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
