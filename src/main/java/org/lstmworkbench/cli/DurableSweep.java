package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.training.CancellationToken;

/** How `sweep` and `demo` run an experiment: checked, stored durably in a folder, each run on the fast engine where it applies. */
final class DurableSweep {

    private DurableSweep() {
    }

    /**
     * Validates every point, opens (or resumes) the folder, and trains what is missing with
     * progress on {@code err}.
     *
     * @param threads workers, or null for the default
     */
    static SweepResult run(Experiment experiment, Path out, boolean resume, Integer threads, PrintWriter err,
                           boolean progress) {
        SweepRunner.validate(experiment);
        SweepStore store = SweepStore.open(out, experiment, resume);
        int workers = threads == null ? SweepRunner.defaultThreads() : threads;
        // one network per run on the fast engine where it applies, the workers side by side
        return new SweepRunner(experiment, experiment.trainer(workers), workers)
                .addListener(new SweepProgressPrinter(err, progress))
                .run(store, new CancellationToken());
    }
}
