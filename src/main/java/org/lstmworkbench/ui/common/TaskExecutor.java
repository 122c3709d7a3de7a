package org.lstmworkbench.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs work off the FX thread. Logic code stays plain and blocking; view
 * models hand it to an executor and get results back on the FX thread (or, in tests, on the
 * calling thread through {@link CurrentThreadTaskExecutor}).
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background; exactly one of {@code onSuccess} or {@code onFailure}
     * is called afterwards on the UI thread.
     */
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (at once when already there). */
    void runOnUiThread(Runnable action);

    /** Stops accepting work and interrupts what runs; called when the window closes. */
    void shutdown();
}
