package org.lstmworkbench.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work on a pool of daemon threads sized to the cores (training runs use one native
 * thread each, so this never oversubscribes them); results return through
 * {@link Platform#runLater}.
 *
 * @implNote Thread-safe. Daemon threads never keep the JVM alive after the window closes.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    public FxTaskExecutor() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public FxTaskExecutor(int threads) {
        this(threads, "workbench-worker");
    }

    /** A pool of {@code threads} daemon threads named {@code name-1, name-2, ...}. */
    public FxTaskExecutor(int threads, String name) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            // the window is closing: nothing new starts, and nothing waits for a result
            LOG.debug("executor shut down; task dropped");
            return;
        }
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                // logged once, here where it was caught; the view model decides how to show it
                ErrorReporter.log("background task failed on " + Thread.currentThread().getName(), e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
