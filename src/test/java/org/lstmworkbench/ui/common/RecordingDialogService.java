package org.lstmworkbench.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service for window tests: records what would be shown, opens no window. */
public final class RecordingDialogService implements DialogService {

    private final List<String> shown = new ArrayList<>();

    /** Every dialog so far as "kind: title: text". */
    public List<String> shown() {
        return shown;
    }

    @Override
    public void showError(String title, String message) {
        shown.add("error: " + title + ": " + message);
    }

    @Override
    public void showException(String title, Throwable error) {
        shown.add("exception: " + title + ": " + error);
    }

    @Override
    public void showInfo(String title, String header, String text) {
        shown.add("info: " + title + ": " + text);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Integer> askInteger(String title, String question, int initial) {
        return Optional.empty();
    }
}
