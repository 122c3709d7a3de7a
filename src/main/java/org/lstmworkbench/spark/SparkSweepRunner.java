package org.lstmworkbench.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.ExperimentJson;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepClock;
import org.lstmworkbench.experiment.RunSpec;
import org.lstmworkbench.experiment.SweepListener;
import org.lstmworkbench.experiment.SweepProgress;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepStore;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep's missing runs as Spark tasks, one run per task, and stores each one on the
 * driver the moment its task ends, through the same {@link SweepStore} a local sweep uses
 * (history then results line, each forced to disk, the folder locked): a driver killed at any
 * moment loses no finished run, and {@code --resume} (locally or on Spark) trains only the rest.
 * Each task trains exactly as a local worker does, so the stored records equal a local sweep's
 * with the same seeds, apart from wall times. The data files travel with the job
 * ({@link ShippedData}): executors need no shared file system, and a relative {@code --data}
 * means the driver's file, as for a local sweep.
 *
 * <p>Failures: Spark retries a task that throws up to its attempts ({@code spark.task.maxFailures},
 * in local mode the F of {@code local[N,F]}, else 1); a run whose last attempt throws is stored
 * with status {@code failed} and the error as its label. A job Spark itself aborts (an executor
 * lost too often) ends the sweep with an error; the runs stored so far stay.
 *
 * <p>The Spark context is {@link SparkContext#getOrCreate(SparkConf) got or created} and left
 * running (the process's exit stops it), so spark-submit's context and a test's are reused.
 *
 * @implNote Listeners get {@code runFinished} and {@code progress} on the driver's result thread,
 *     one run at a time; remote runs report no epochs.
 */
public final class SparkSweepRunner {

    private static final Pattern LOCAL_WITH_RETRIES = Pattern.compile("local\\[\\s*(\\d+|\\*)\\s*,\\s*(\\d+)\\s*]");

    private final Experiment experiment;
    private final String master;
    private final List<SweepListener> listeners = new CopyOnWriteArrayList<>();
    private Set<String> failing = Set.of();

    /**
     * @param experiment what to run
     * @param master     the Spark master ({@code local[2]}, {@code spark://host:7077}, {@code yarn},
     *                   {@code k8s://...}); a master spark-submit already set wins
     */
    public SparkSweepRunner(Experiment experiment, String master) {
        this.experiment = experiment;
        this.master = master;
    }

    /** Adds a listener; returns this runner. */
    public SparkSweepRunner addListener(SweepListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Makes every attempt of these runs throw (tests of the failure path); returns this runner. */
    SparkSweepRunner failing(Set<String> runIds) {
        this.failing = Set.copyOf(runIds);
        return this;
    }

    /** The context a sweep runs on: the running one, or a new one on the master. */
    static SparkContext context(String master) {
        SparkConf conf = new SparkConf().setAppName("lstm-workbench sweep").setIfMissing("spark.master", master)
                // one native thread per task, as a local sweep's workers (Nd4jRuntime sets it too)
                .setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
        return SparkContext.getOrCreate(conf);
    }

    /** The attempts Spark gives one task on this context. */
    static int attempts(SparkContext sc) {
        String m = sc.master();
        Matcher local = LOCAL_WITH_RETRIES.matcher(m);
        if (local.matches()) {
            return Math.max(1, Integer.parseInt(local.group(2)));
        }
        if (m.startsWith("local") && !m.startsWith("local-cluster")) {
            return 1;
        }
        return Math.max(1, sc.conf().getInt("spark.task.maxFailures", 4));
    }

    /** Trains every run not yet in the store on Spark and returns all runs (stored and new). */
    public SweepResult run(SweepStore store) {
        List<RunRecord> records = Collections.synchronizedList(new ArrayList<>(store.loaded()));
        Set<String> done = new HashSet<>();
        store.loaded().forEach(r -> done.add(r.id()));
        List<RunSpec> runs = experiment.runs();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (!done.contains(runs.get(i).id())) {
                pending.add(i);
            }
        }
        SweepClock progress = new SweepClock(records.size(), experiment.size());
        listeners.forEach(l -> l.progress(progress.now()));
        if (pending.isEmpty()) {
            return new SweepResult(experiment, records);
        }
        String json = json(experiment);
        SparkContext sc;
        try {
            sc = context(master);
        } catch (Exception e) {
            // Scala declares no checked exceptions: SparkException (a checked one) arrives undeclared
            throw new WorkbenchException("--spark " + master + ": Spark did not start (" + firstLine(e) + ")", e);
        }
        int attempts = attempts(sc);
        ShippedData data = ShippedData.ship(sc, pending.stream().map(runs::get).toList());
        Storing handler = new Storing(runs, store, records, progress);
        JavaRDD<Integer> rdd = JavaSparkContext.fromSparkContext(sc).parallelize(pending, pending.size());
        sc.setJobDescription("sweep of " + pending.size() + " runs into " + store.dir());
        try {
            sc.runJob(rdd.rdd(), new RunTask(json, attempts, failing, data), handler,
                    ClassTag$.MODULE$.apply(RunOutcome.class));
        } catch (Exception e) {
            // a storing error fails the job (SparkDriverExecutionException): report the store's own message
            if (handler.failure != null) {
                throw handler.failure;
            }
            throw new WorkbenchException("the Spark job of the sweep failed (" + firstLine(e) + "); the "
                    + records.size() + " runs finished are stored in " + store.dir() + ": --resume continues", e);
        }
        return new SweepResult(experiment, records);
    }

    /** The experiment's JSON, checked to give back the same runs (the tasks rebuild it from this text). */
    private static String json(Experiment experiment) {
        String json = ExperimentJson.toTree(experiment).toString();
        if (!RunTask.parse(json).runs().equals(experiment.runs())) {
            throw new IllegalStateException("the experiment's JSON does not give back its runs");
        }
        return json;
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Stores each task's outcome as it arrives, on the driver (Spark calls it one task at a time). */
    private final class Storing extends AbstractFunction2<Object, RunOutcome, BoxedUnit> {
        private final List<RunSpec> runs;
        private final SweepStore store;
        private final List<RunRecord> records;
        private final SweepClock progress;
        /** The first storing error: it fails the job, and is the error the sweep reports. */
        private volatile WorkbenchException failure;

        Storing(List<RunSpec> runs, SweepStore store, List<RunRecord> records, SweepClock progress) {
            this.runs = runs;
            this.store = store;
            this.records = records;
            this.progress = progress;
        }

        @Override
        public BoxedUnit apply(Object partition, RunOutcome outcome) {
            try {
                RunRecord record = outcome.toRecord(runs.get(outcome.index));
                store.append(record);
                records.add(record);
                SweepProgress p = progress.finished();
                listeners.forEach(l -> {
                    l.runFinished(record);
                    l.progress(p);
                });
                return BoxedUnit.UNIT;
            } catch (WorkbenchException e) {
                if (failure == null) {
                    failure = e;
                }
                throw e;
            }
        }
    }
}
