package org.lstmworkbench.ui.common;

import java.util.Optional;
import org.lstmworkbench.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's one failure path: decides whether a failure is the user's (a
 * {@link WorkbenchException} anywhere in its causes: bad input, a file that cannot be read) or a
 * bug (anything else), logs it once and shows it. A user error gets a plain dialog with its
 * message; a bug gets the dialog with an expandable stack trace and is logged at ERROR.
 *
 * @implNote Call {@link #report} on the FX thread; {@link #isUserError} and {@link #log} are
 *     thread-safe.
 */
public final class ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final DialogService dialogs;

    public ErrorReporter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** The user error in {@code error}'s chain of causes, if there is one. */
    public static Optional<WorkbenchException> userError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WorkbenchException w) {
                return Optional.of(w);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether {@code error} is the user's (shown as its message) rather than a bug (shown with its stack trace). */
    public static boolean isUserError(Throwable error) {
        return userError(error).isPresent();
    }

    /**
     * Logs a failure where it was caught: a bug at ERROR with its stack trace, a user error at
     * DEBUG (its dialog or status line is the report; the log only traces it).
     */
    public static void log(String context, Throwable error) {
        Optional<WorkbenchException> user = userError(error);
        if (user.isPresent()) {
            LOG.debug("{}: {}", context, user.get().getMessage());
        } else {
            LOG.error("{}", context, error);
        }
    }

    /**
     * Shows {@code error}: a user error as a plain dialog titled {@code title} with its message,
     * anything else as the stack-trace dialog. Does not log (the catcher did, through
     * {@link #log}).
     */
    public void report(String title, Throwable error) {
        Optional<WorkbenchException> user = userError(error);
        if (user.isPresent()) {
            dialogs.showError(title, user.get().getMessage());
        } else {
            dialogs.showException(title, error);
        }
    }
}
