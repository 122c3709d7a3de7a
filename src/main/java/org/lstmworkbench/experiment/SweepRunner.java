package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.lstmworkbench.Problem;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.training.BatchTrainer;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.Nd4jRuntime;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/**
 * Runs an experiment's runs on a bounded pool: {@code min(threads, batches)} worker threads,
 * each training with one ND4J native thread (see {@code Nd4jRuntime}), so the pool uses the
 * cores without oversubscribing them. Blocking and cancellable: the caller chooses the thread
 * (a window through its task executor), cancels through the token (running runs stop within an
 * epoch and are not recorded), and resumes later by opening the same {@link SweepStore} with
 * resume, which loads the finished runs; only the missing ones are trained.
 *
 * @implNote Listeners may be added before {@link #run}; they are called on worker threads (see
 *     {@link SweepListener}). One {@code run} at a time per instance.
 */
public final class SweepRunner {

    private final Experiment experiment;
    private final BatchTrainer trainer;
    private final int threads;
    private final List<SweepListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param experiment what to run
     * @param trainer    how a batch of runs is trained ({@link PerRunTrainer} for one network per run)
     * @param threads    worker threads, at least 1 (the cores: {@link #defaultThreads()})
     */
    public SweepRunner(Experiment experiment, BatchTrainer trainer, int threads) {
        if (threads < 1) {
            throw new WorkbenchException("threads must be at least 1, got " + threads);
        }
        this.experiment = experiment;
        this.trainer = trainer;
        this.threads = threads;
    }

    /** The number of cores, the default pool size. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Adds a listener; returns this runner. */
    public SweepRunner addListener(SweepListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Trains every run not yet in the store and returns all runs (stored and new). With a null
     * store nothing is written. Every configuration is checked against its data before the
     * first run starts, so a bad point fails at once, naming the point.
     */
    public SweepResult run(SweepStore store, CancellationToken cancel) {
        List<RunRecord> records = Collections.synchronizedList(new ArrayList<>());
        Set<String> done = new HashSet<>();
        if (store != null) {
            records.addAll(store.loaded());
            store.loaded().forEach(r -> done.add(r.id()));
        }
        List<RunSpec> pending = experiment.runs().stream().filter(r -> !done.contains(r.id())).toList();
        Map<Object, RunData> data = prepare(pending, experiment.sweep());
        List<List<RunSpec>> batches = batches(pending);
        SweepClock tracker = new SweepClock(records.size(), experiment.size());
        listeners.forEach(l -> l.progress(tracker.now()));
        if (!batches.isEmpty()) {
            Nd4jRuntime.ensureStarted();
            execute(batches, data, store, records, tracker, cancel);
        }
        return new SweepResult(experiment, records);
    }

    private void execute(List<List<RunSpec>> batches, Map<Object, RunData> data, SweepStore store,
                         List<RunRecord> records, SweepClock tracker, CancellationToken cancel) {
        AtomicInteger workerNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, batches.size()), r -> {
            Thread t = new Thread(r, "sweep-worker-" + workerNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<RunSpec> batch : batches) {
                RunData prepared = data.get(batch.get(0).dataKey());
                futures.add(pool.submit(() -> {
                    if (!cancel.isCancelled()) {
                        trainer.train(batch.stream().map(RunSpec::config).toList(), prepared.trainingData(),
                                new Sink(batch, prepared.baselines(), store, records, tracker), cancel);
                    }
                }));
            }
            for (Future<?> f : futures) {
                await(f, cancel);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(Future<?> f, CancellationToken cancel) {
        try {
            f.get();
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
            throw new WorkbenchException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            cancel.cancel();
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("a sweep run failed", e.getCause());
        }
    }

    /**
     * Checks every run's configuration against its data before anything is written, so a bad
     * point fails at once (naming the point) and leaves no half-made sweep folder behind.
     */
    public static void validate(Experiment experiment) {
        prepare(experiment.runs(), experiment.sweep());
    }

    /** Each distinct data setting prepared once (a series or labelled sequences), keyed by {@link RunSpec#dataKey()}. */
    private static Map<Object, RunData> prepare(List<RunSpec> runs, SweepSpec sweep) {
        Map<Object, RunData> prepared = new HashMap<>();
        for (RunSpec r : runs) {
            RunData d = prepared.computeIfAbsent(r.dataKey(), k -> RunData.of(r));
            List<Problem> problems = r.config().validateFor(d.trainSamples(), d.shape());
            if (!problems.isEmpty()) {
                throw new WorkbenchException("point " + r.point().describe() + ": "
                        + String.join("; ", problems.stream().map(sweep::describe).toList()));
            }
        }
        return prepared;
    }

    private List<List<RunSpec>> batches(List<RunSpec> pending) {
        List<List<RunSpec>> batches = new ArrayList<>();
        List<RunSpec> current = new ArrayList<>();
        for (RunSpec r : pending) {
            boolean joins = current.isEmpty() || current.get(0).dataKey().equals(r.dataKey())
                    && trainer.sameBatch(current.get(0).config(), r.config());
            if (!joins || current.size() == trainer.maxBatchSize()) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    /** Turns finished runs into stored records and notifies listeners. */
    private final class Sink implements BatchTrainer.Sink {
        private final List<RunSpec> batch;
        private final Baselines baselines;
        private final SweepStore store;
        private final List<RunRecord> records;
        private final SweepClock tracker;

        Sink(List<RunSpec> batch, Baselines baselines, SweepStore store, List<RunRecord> records, SweepClock tracker) {
            this.batch = batch;
            this.baselines = baselines;
            this.store = store;
            this.records = records;
            this.tracker = tracker;
        }

        @Override
        public void started(int run) {
            listeners.forEach(l -> l.runStarted(batch.get(run)));
        }

        @Override
        public void epoch(int run, EpochMetrics metrics) {
            listeners.forEach(l -> l.epoch(batch.get(run), metrics));
        }

        @Override
        public void finished(int run, RunResult result) {
            if (result.status() == RunStatus.CANCELLED) {
                return;
            }
            RunRecord record = RunRecords.of(batch.get(run), result, baselines);
            // One finished run at a time, so listeners see progress counts in increasing order.
            synchronized (tracker) {
                if (store != null) {
                    store.append(record);
                }
                records.add(record);
                SweepProgress p = tracker.finished();
                listeners.forEach(l -> {
                    l.runFinished(record);
                    l.progress(p);
                });
            }
        }
    }

    /**
     * The prepared data of one data setting: a series (regression) or labelled sequences
     * (classification). Each batch gets its own {@link TrainingData} (fresh arrays per worker).
     */
    private record RunData(PreparedData series, PreparedSequences sequences) {

        static RunData of(RunSpec r) {
            return r.data() != null ? new RunData(DataPipeline.prepare(r.data()), null)
                    : new RunData(null, r.sequences().prepare());
        }

        TrainingData trainingData() {
            return series != null ? TrainingDataFactory.from(series) : TrainingDataFactory.from(sequences);
        }

        int trainSamples() {
            return series != null ? series.train().size() : sequences.split().train().length;
        }

        /** The network shape the data asks for (window length included), to check architectures against. */
        NetworkShape shape() {
            return series != null ? TrainingDataFactory.shapeOf(series)
                    : new NetworkShape(sequences.dataset().featureCount(), sequences.classes().size(), false);
        }

        /** The forecast's naive baselines; null for a classifier (its chance levels come from its task). */
        Baselines baselines() {
            return series != null ? series.baselines() : null;
        }
    }
}
