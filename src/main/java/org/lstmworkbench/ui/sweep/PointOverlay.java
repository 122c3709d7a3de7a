package org.lstmworkbench.ui.sweep;

import java.util.List;

/**
 * Where the runs of a selected sweep point go to be compared with ordinary runs: the window
 * passes one that draws them on the loss chart with their mean ± std band.
 */
@FunctionalInterface
public interface PointOverlay {

    /** Shows {@code runs} (the point's finished runs) in place of the previous point's; an empty list clears. */
    void show(String pointLabel, List<SweepRunHistory> runs);

    /** An overlay that shows nothing (no loss chart). */
    static PointOverlay none() {
        return (label, runs) -> { };
    }
}
