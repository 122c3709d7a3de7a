package org.lstmworkbench.ui.common;

import javafx.application.Platform;
import org.lstmworkbench.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installed at start: logs every uncaught exception once and shows it. A user error (a
 * {@link WorkbenchException}) gets its message only; anything else is a bug and gets a short
 * message with an expandable stack trace. The window keeps running.
 */
public final class UncaughtExceptionHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtExceptionHandler.class);

    private final DialogService dialogs;

    public UncaughtExceptionHandler(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Installs a handler for every thread. */
    public static void install(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtExceptionHandler(dialogs));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        Throwable cause = rootUserError(error);
        if (cause instanceof WorkbenchException w) {
            LOG.info("user error: {}", w.getMessage());
            runOnFx(() -> dialogs.showError("Cannot do that", w.getMessage()));
        } else {
            LOG.error("uncaught exception on thread {}", thread.getName(), error);
            runOnFx(() -> dialogs.showException("Unexpected error", error));
        }
    }

    private static Throwable rootUserError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WorkbenchException) {
                return t;
            }
        }
        return e;
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
