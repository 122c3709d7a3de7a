package org.lstmworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the missing-value handling did to the used columns, for the dataset pane and {@code run.json}.
 *
 * @param policy the policy applied
 * @param edges what was done with leading / trailing gaps
 * @param filledValues gaps filled inside the series (forward-fill or interpolation)
 * @param edgeFilledValues leading gaps back-filled plus trailing gaps given the last value
 * @param droppedRows rows dropped (by {@link MissingPolicy#DROP_ROWS} or trimmed as {@link EdgeGaps#TRIM} says)
 */
public record GapReport(MissingPolicy policy, EdgeGaps edges, int filledValues, int edgeFilledValues,
                        int droppedRows) {

    /** Nothing to handle. */
    static GapReport none(MissingPolicy policy, EdgeGaps edges) {
        return new GapReport(policy, edges, 0, 0, 0);
    }

    /** One line for the pane and the command line, e.g. {@code gaps: 12 values filled, 3 at the start back-filled}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (filledValues > 0) {
            parts.add(count(filledValues, "value") + (policy == MissingPolicy.INTERPOLATE ? " interpolated" : " forward-filled"));
        }
        if (edgeFilledValues > 0) {
            parts.add(count(edgeFilledValues, "value") + " at the edges filled from the nearest value");
        }
        if (droppedRows > 0) {
            parts.add(count(droppedRows, "row") + (policy == MissingPolicy.DROP_ROWS ? " with gaps dropped"
                    : " at the edges trimmed"));
        }
        return "gaps: " + (parts.isEmpty() ? "none" : String.join(", ", parts));
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
