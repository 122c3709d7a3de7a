package org.lstmworkbench.ui.common;

import javafx.application.Platform;
import org.lstmworkbench.WorkbenchException;

/**
 * Installed at start: logs every uncaught exception once and shows it through {@link ErrorReporter}. A user error (a
 * {@link WorkbenchException}) gets its message only; anything else is a bug and gets a short
 * message with an expandable stack trace. The window keeps running.
 */
public final class UncaughtExceptionHandler implements Thread.UncaughtExceptionHandler {

    private final ErrorReporter reporter;

    public UncaughtExceptionHandler(DialogService dialogs) {
        this.reporter = new ErrorReporter(dialogs);
    }

    /** Installs a handler for every thread. */
    public static void install(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtExceptionHandler(dialogs));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        ErrorReporter.log("uncaught exception on thread " + thread.getName(), error);
        String title = ErrorReporter.isUserError(error) ? "Cannot do that" : "Unexpected error";
        runOnFx(() -> reporter.report(title, error));
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
