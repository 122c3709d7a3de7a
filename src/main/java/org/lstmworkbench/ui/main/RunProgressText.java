package org.lstmworkbench.ui.main;

import java.util.Locale;
import org.lstmworkbench.experiment.SweepProgress;

/**
 * The status line while runs train: which run, its epoch, the time it has taken and an estimate
 * of the time left, as the sweep shows it ({@code ETA 3 min 05 s}).
 */
final class RunProgressText {

    private RunProgressText() {
    }

    /**
     * {@code Training 1 run(s): run 3 epoch 40 of 800, 12 s elapsed, ETA 3 min 48 s}; the ETA
     * (the remaining epochs at this run's pace so far) is left out until an epoch is done.
     */
    static String of(int runs, String name, int epochsDone, int epochsTotal, long elapsedMillis) {
        String text = String.format(Locale.ROOT, "Training %d run(s): %s epoch %d of %d, %s elapsed", runs, name,
                epochsDone, epochsTotal, SweepProgress.formatDuration(Math.max(0, elapsedMillis)));
        if (epochsDone <= 0 || epochsDone >= epochsTotal) {
            return text;
        }
        long eta = Math.round((double) elapsedMillis / epochsDone * (epochsTotal - epochsDone));
        return text + ", ETA " + SweepProgress.formatDuration(eta);
    }
}
