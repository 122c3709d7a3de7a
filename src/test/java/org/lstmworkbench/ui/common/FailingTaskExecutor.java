package org.lstmworkbench.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** A test executor whose every task fails with one error, as if the work had thrown it. */
public final class FailingTaskExecutor implements TaskExecutor {

    private final Throwable error;

    public FailingTaskExecutor(Throwable error) {
        this.error = error;
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        onFailure.accept(error);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
