package org.lstmworkbench.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs through one interface, so view models stay testable without a Stage. */
public interface DialogService {

    /** A user error: a short message, never a stack trace. */
    void showError(String title, String message);

    /** An internal error: a short message with an expandable stack trace. */
    void showException(String title, Throwable error);

    /** Information, e.g. the differences between two runs. */
    void showInfo(String title, String header, String text);

    /** Asks for a file to open; empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String description, String... extensions);

    /** Asks for a file to save; empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions);

    /** Asks for a whole number (e.g. how many repeats); empty when cancelled. */
    Optional<Integer> askInteger(String title, String question, int initial);
}
