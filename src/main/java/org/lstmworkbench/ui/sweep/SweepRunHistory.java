package org.lstmworkbench.ui.sweep;

import java.util.List;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.training.EpochMetrics;

/**
 * One finished run of a sweep point, as a loss chart overlays it.
 *
 * @param id      chart id, {@code sweep-pPOINT-rREPEAT}: never one of the run list's ids ({@code r1, r2...})
 * @param name    legend name, e.g. {@code units=10 #2 (seed 123)}
 * @param seed    the run's seed
 * @param history its epochs
 */
public record SweepRunHistory(String id, String name, long seed, List<EpochMetrics> history) {

    public SweepRunHistory {
        if (id == null || id.isBlank()) {
            throw new WorkbenchException("a sweep run needs a chart id, got \"" + id + "\"");
        }
        history = List.copyOf(history);
    }

    /** The history of a stored run, named after its point and repeat. */
    public static SweepRunHistory of(RunRecord r) {
        return new SweepRunHistory("sweep-p" + r.point().index() + "-r" + r.repeat(),
                r.point().describe() + " #" + (r.repeat() + 1) + " (seed " + r.seed() + ")", r.seed(), r.history());
    }
}
