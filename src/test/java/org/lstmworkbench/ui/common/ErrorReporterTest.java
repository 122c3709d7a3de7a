package org.lstmworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;

class ErrorReporterTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final ErrorReporter reporter = new ErrorReporter(dialogs);

    @Test
    void aBugGoesToTheStackTraceDialog() {
        reporter.report("Open workspace", new IllegalStateException("index 3 out of bounds"));

        assertThat(dialogs.shown()).containsExactly(
                "exception: Open workspace: java.lang.IllegalStateException: index 3 out of bounds");
    }

    @Test
    void aUserErrorGetsThePlainDialogWithItsMessageOnly() {
        reporter.report("Open workspace", new WorkbenchException("ws.json: line 3: not a workspace"));

        assertThat(dialogs.shown()).containsExactly("error: Open workspace: ws.json: line 3: not a workspace");
    }

    @Test
    void aUserErrorWrappedByTheExecutorOrAThreadIsStillTheUsers() {
        RuntimeException wrapped = new RuntimeException("task failed",
                new WorkbenchException("data.csv: row 7: \"abc\" is not a number"));

        assertThat(ErrorReporter.isUserError(wrapped)).isTrue();
        reporter.report("Load", wrapped);
        assertThat(dialogs.shown()).containsExactly("error: Load: data.csv: row 7: \"abc\" is not a number");
    }

    @Test
    void subclassesOfWorkbenchExceptionAreUserErrorsAndOtherExceptionsAreBugs() {
        assertThat(ErrorReporter.isUserError(new WorkbenchException("units must be >= 1") { })).isTrue();
        assertThat(ErrorReporter.isUserError(new UncheckedIOException(new java.io.IOException("disk")))).isFalse();
        assertThat(ErrorReporter.isUserError(new IllegalArgumentException("bad"))).isFalse();
        assertThat(ErrorReporter.isUserError(new OutOfMemoryError())).isFalse();
    }
}
