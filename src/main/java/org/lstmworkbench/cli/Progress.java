package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lstmworkbench.training.EpochListener;
import org.lstmworkbench.training.EpochMetrics;

/**
 * Epoch progress on stderr: rewritten in place on a terminal (at most ten times a second), one
 * line per tenth of the run otherwise, so logs stay short.
 */
final class Progress implements EpochListener {

    private static final long TERMINAL_INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final int epochs;
    private final boolean enabled;
    private final boolean terminal;
    private long lastPrint;
    private EpochMetrics last;

    Progress(PrintWriter err, int epochs, boolean enabled, boolean terminal) {
        this.err = err;
        this.epochs = epochs;
        this.enabled = enabled;
        this.terminal = terminal;
    }

    @Override
    public void onEpoch(EpochMetrics m) {
        last = m;
        if (!enabled) {
            return;
        }
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastPrint >= TERMINAL_INTERVAL_NANOS || m.epoch() == epochs) {
                lastPrint = now;
                err.print("\r" + line(m));
                err.flush();
            }
        } else if (m.epoch() == epochs || m.epoch() % Math.max(1, epochs / 10) == 0) {
            err.println(line(m));
            err.flush();
        }
    }

    /** Ends the in-place line. */
    void finish() {
        if (enabled && terminal && last != null) {
            err.println();
            err.flush();
        }
    }

    private String line(EpochMetrics m) {
        return String.format(Locale.ROOT, "epoch %d of %d  train loss %.6g  val loss %.6g",
                m.epoch(), epochs, m.trainLoss(), m.valLoss());
    }
}
