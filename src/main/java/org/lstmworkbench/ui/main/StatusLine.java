package org.lstmworkbench.ui.main;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.Failure;

/**
 * The window's status line and its two kinds of failure: a user error (its message in
 * {@link #lastErrorProperty()}, shown plainly) and a bug ({@link #failureProperty()}, shown with
 * its stack trace). Shared by the main view model and its workspace commands.
 *
 * @implNote FX-thread only.
 */
final class StatusLine {

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting the numerical backend (ND4J)...");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    String get() {
        return status.get();
    }

    void set(String text) {
        status.set(text);
    }

    /** A user error: its message on the status line and as the last error. */
    void error(String message) {
        lastError.set(message);
        status.set(message);
    }

    void clearError() {
        lastError.set("");
    }

    /**
     * A failure of background work: a user error as {@code userPrefix} + its message (the prefix
     * may be ""), a bug as {@code title: error} on the status line and published for the
     * stack-trace dialog.
     */
    void failed(String title, String userPrefix, Throwable error) {
        var user = ErrorReporter.userError(error);
        if (user.isPresent()) {
            error(userPrefix + user.get().getMessage());
        } else {
            status.set(title + ": " + error);
            failure.set(new Failure(title, error));
        }
    }

    /** Publishes a failure that was already decided to be a bug (a run's). */
    void failed(Failure bug) {
        failure.set(bug);
    }
}
