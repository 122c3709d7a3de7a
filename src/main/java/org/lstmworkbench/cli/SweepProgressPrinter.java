package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepListener;
import org.lstmworkbench.experiment.SweepProgress;

/** Sweep progress on stderr: one line per finished run with n of N and the ETA. */
final class SweepProgressPrinter implements SweepListener {

    private final PrintWriter err;
    private final boolean enabled;

    SweepProgressPrinter(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public synchronized void runFinished(RunRecord r) {
        if (enabled) {
            err.printf(Locale.ROOT, "> %s repeat %d: %s, val loss %.6f, %s (%d ms)%n", r.point().describe(),
                    r.repeat() + 1, r.status().label(), r.valLoss(), r.label(), r.wallMillis());
        }
    }

    @Override
    public synchronized void progress(SweepProgress p) {
        if (!enabled) {
            return;
        }
        if (p.done() == 0 || p.done() == p.resumed()) {
            err.println(p.resumed() > 0 ? "resuming: " + p.resumed() + " of " + p.total() + " runs already done"
                    : "sweep of " + p.total() + " runs");
        } else {
            err.println("  run " + p.text());
        }
        err.flush();
    }
}
