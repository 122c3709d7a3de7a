package org.lstmworkbench.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.ExperimentJson;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.RunSpec;
import org.lstmworkbench.experiment.SingleRun;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The Spark task of a sweep: one partition holds one run's index; the task rebuilds the
 * experiment from its JSON (the same text a sweep folder's {@code experiment.json} holds), trains
 * that run as a local sweep's worker would ({@link SingleRun}), on this executor's copy of the data
 * ({@link ShippedData}), and returns its {@link RunOutcome}.
 *
 * <p>A run that throws is thrown again to Spark while attempts are left, so Spark retries it
 * (on another executor where it can); the last attempt returns a failed outcome instead of
 * failing, so the other runs of the job go on and the failure is stored, naming the error and the
 * attempts.
 */
final class RunTask extends AbstractFunction2<TaskContext, Iterator<Integer>, RunOutcome> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What Main sets before JavaCPP loads (seconds saved on short runs); an executor's JVM never ran Main. */
    private static final String JAVACPP_MAX_PHYSICAL = "org.bytedeco.javacpp.maxPhysicalBytes";

    /** Experiments already parsed in this executor JVM, by their JSON text. */
    private static final Map<String, Experiment> PARSED = new ConcurrentHashMap<>();

    private final String experimentJson;
    private final int attempts;
    private final Set<String> failing;
    private final ShippedData data;

    /**
     * @param experimentJson the experiment as {@code ExperimentJson.toTree(e).toString()}
     * @param attempts       the attempts Spark gives a task (its effective {@code spark.task.maxFailures})
     * @param failing        run ids whose every attempt throws (a test's way to make a task fail); empty otherwise
     * @param data           where this executor finds the runs' data files (shipped with the job)
     */
    RunTask(String experimentJson, int attempts, Set<String> failing, ShippedData data) {
        this.experimentJson = experimentJson;
        this.attempts = attempts;
        this.failing = Set.copyOf(failing);
        this.data = data;
    }

    @Override
    public RunOutcome apply(TaskContext context, Iterator<Integer> indices) {
        int index = indices.next();
        if (indices.hasNext()) {
            throw new IllegalStateException("a sweep partition holds one run, this one more");
        }
        int attempt = context.attemptNumber() + 1;
        Experiment experiment = PARSED.computeIfAbsent(experimentJson, RunTask::parse);
        RunSpec run = experiment.runs().get(index);
        long start = System.nanoTime();
        try {
            if (failing.contains(run.id())) {
                throw new IllegalStateException("injected failure of " + run.id());
            }
            if (System.getProperty(JAVACPP_MAX_PHYSICAL) == null) {
                System.setProperty(JAVACPP_MAX_PHYSICAL, "0");
            }
            RunRecord record = SingleRun.train(experiment, data.localize(run));
            // the record names the driver's run (its point), not the executor's copy of the data
            return RunOutcome.of(index, record, attempt);
        } catch (RuntimeException | LinkageError e) {
            if (attempt < attempts) {
                throw e;
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            String message = e.getClass().getSimpleName() + ": " + e.getMessage() + " (attempt " + attempt + " of "
                    + attempts + ")";
            return RunOutcome.of(index, SingleRun.failed(run, message, millis), attempt);
        }
    }

    /** The experiment of its JSON text (as {@link ExperimentJson#toTree} wrote it). */
    static Experiment parse(String json) {
        try {
            return ExperimentJson.fromTree(new ObjectMapper().readTree(json), "the sweep's experiment");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the sweep's experiment JSON cannot be read: " + e.getMessage(), e);
        }
    }
}
