package org.lstmworkbench.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that run an experiment into a sweep folder ({@code sweep},
 * {@code demo}): the folder, the runs trained at once, resuming, and progress. {@code --out} is
 * checked here rather than declared required, because {@code demo --list} needs no folder; a
 * command that always writes calls {@link #requireOut()}, which fails as picocli would (exit 2).
 */
final class SweepFolderOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (created if needed)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "runs trained at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--resume",
            description = "continue a sweep or demo stopped or killed in DIR: run only the runs it lacks (same options required)")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The output folder, or the parameter error "Missing required option" when it was not given. */
    Path requireOut() {
        if (out == null) {
            throw new ParameterException(mixee.commandLine(), "Missing required option: '--out=DIR'");
        }
        OptionNames.requireFolderName(out);
        return out;
    }

    /** Refuses a worker count below 1; called first, before any data is read or folder created. */
    void requireValidThreads() {
        if (threads != null && threads < 1) {
            throw new WorkbenchException("--threads: threads must be at least 1, got " + threads);
        }
    }

    /**
     * Runs the experiment into {@code --out} (resuming it with {@code --resume}), with progress unless
     * {@code -q}; {@code report} writes the report files while the folder is still locked.
     */
    SweepResult run(Experiment experiment, Consumer<SweepResult> report) {
        return run(experiment, null, report);
    }

    /** {@link #run(Experiment, Consumer)} with the runs as Spark tasks on {@code sparkMaster} unless it is null. */
    SweepResult run(Experiment experiment, String sparkMaster, Consumer<SweepResult> report) {
        requireValidThreads();
        return DurableSweep.run(experiment, requireOut(), resume, threads, sparkMaster, mixee.commandLine().getErr(),
                !quiet, report);
    }
}
