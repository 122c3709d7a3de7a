package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.spark.SparkSweeps;
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
     * @param report writes the folder's report files while the folder is still locked
     */
    static SweepResult run(Experiment experiment, Path out, boolean resume, Integer threads, PrintWriter err,
                           boolean progress, Consumer<SweepResult> report) {
        return run(experiment, out, resume, threads, null, err, progress, report);
    }

    /**
     * As {@link #run(Experiment, Path, boolean, Integer, PrintWriter, boolean, Consumer)}, the runs
     * trained as Spark tasks on {@code sparkMaster} when it is not null (stored by this process, the
     * folder locked, as a local sweep stores them).
     */
    static SweepResult run(Experiment experiment, Path out, boolean resume, Integer threads, String sparkMaster,
                           PrintWriter err, boolean progress, Consumer<SweepResult> report) {
        SweepRunner.validate(experiment);
        if (sparkMaster != null) {
            try (SweepStore store = SweepStore.open(out, experiment, resume)) {
                SweepResult result = SparkSweeps.run(experiment, store, sparkMaster,
                        List.of(new SweepProgressPrinter(err, progress)));
                report.accept(result);
                return result;
            }
        }
        int workers = threads == null ? SweepRunner.defaultThreads() : threads;
        // the folder stays locked until its report is written: a second writer is refused meanwhile
        try (SweepStore store = SweepStore.open(out, experiment, resume)) {
            // one network per run on the fast engine where it applies, the workers side by side
            SweepResult result = new SweepRunner(experiment, experiment.trainer(workers), workers)
                    .addListener(new SweepProgressPrinter(err, progress))
                    .run(store, new CancellationToken());
            report.accept(result);
            return result;
        }
    }
}
