package org.lstmworkbench.training;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cancel flag shared between whoever starts a run and the run itself. The trainer checks it
 * between minibatches, so a cancelled run ends within one epoch.
 *
 * @implNote Thread-safe.
 */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
