package org.lstmworkbench.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * An executor for view-model tests that keeps submitted work instead of running it, so a test
 * can prove the work was handed over (not done inline on the calling thread) and then run it.
 */
public final class RecordingTaskExecutor implements TaskExecutor {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        pending.clear();
    }

    /** Work submitted and not yet run. */
    public int pending() {
        return pending.size();
    }

    /** Runs every pending task (and any it submits) on the calling thread, in order. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }
}
