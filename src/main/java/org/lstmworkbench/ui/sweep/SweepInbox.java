package org.lstmworkbench.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepListener;
import org.lstmworkbench.experiment.SweepProgress;
import org.lstmworkbench.ui.common.TaskExecutor;

/**
 * Carries a sweep's finished runs and progress from the runner's worker threads to the UI
 * thread, coalesced: runs are queued, only the latest progress is kept, and at most one update
 * is pending on the UI thread at a time, however many runs end meanwhile. Epochs are not
 * forwarded (a sweep shows finished runs).
 *
 * @implNote Listener methods are thread-safe; {@code deliver} is called on the UI thread with
 *     the runs finished since the previous call (possibly none) and the latest progress (or null).
 */
final class SweepInbox implements SweepListener {

    private final TaskExecutor executor;
    private final BiConsumer<List<RunRecord>, SweepProgress> deliver;
    private final Queue<RunRecord> finished = new ConcurrentLinkedQueue<>();
    private final AtomicReference<SweepProgress> latest = new AtomicReference<>();
    private final AtomicBoolean posted = new AtomicBoolean();

    SweepInbox(TaskExecutor executor, BiConsumer<List<RunRecord>, SweepProgress> deliver) {
        this.executor = executor;
        this.deliver = deliver;
    }

    @Override
    public void runFinished(RunRecord record) {
        finished.add(record);
        post();
    }

    @Override
    public void progress(SweepProgress progress) {
        latest.set(progress);
        post();
    }

    private void post() {
        if (posted.compareAndSet(false, true)) {
            executor.runOnUiThread(this::drain);
        }
    }

    private void drain() {
        // cleared first: anything arriving from now on posts a new update
        posted.set(false);
        List<RunRecord> runs = new ArrayList<>();
        for (RunRecord r = finished.poll(); r != null; r = finished.poll()) {
            runs.add(r);
        }
        SweepProgress p = latest.getAndSet(null);
        if (!runs.isEmpty() || p != null) {
            deliver.accept(runs, p);
        }
    }
}
