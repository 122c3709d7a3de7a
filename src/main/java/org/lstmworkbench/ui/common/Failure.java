package org.lstmworkbench.ui.common;

import java.util.Objects;

/**
 * A failure a view model hands to its view to show through {@link ErrorReporter}: a title for
 * the dialog and the error. A record per failure, so a property holding the latest one changes
 * even when the same error repeats.
 */
public record Failure(String title, Throwable error) {

    public Failure {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(error, "error");
    }
}
