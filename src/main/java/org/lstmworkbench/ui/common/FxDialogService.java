package org.lstmworkbench.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;

/** JavaFX dialogs owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private Path lastFolder;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(480);
        a.show();
    }

    @Override
    public void showException(String title, Throwable error) {
        ExceptionDialog d = new ExceptionDialog(error);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title + ": " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()));
        d.show();
    }

    @Override
    public void showInfo(String title, String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(20, Math.max(3, (int) text.lines().count() + 1)));
        a.getDialogPane().setContent(area);
        a.show();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        FileChooser fc = chooser(title, description, extensions);
        File f = fc.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, String description, String... extensions) {
        FileChooser fc = chooser(title, description, extensions);
        fc.setInitialFileName(initialName);
        File f = fc.showSaveDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Integer> askInteger(String title, String question, int initial) {
        TextInputDialog d = new TextInputDialog(String.valueOf(initial));
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(question);
        return d.showAndWait().flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.trim()));
            } catch (NumberFormatException e) {
                showError(title, "\"" + s + "\" is not a whole number");
                return Optional.empty();
            }
        });
    }

    private FileChooser chooser(String title, String description, String... extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                Arrays.stream(extensions).map(e -> "*." + e).toList()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            fc.setInitialDirectory(lastFolder.toFile());
        }
        return fc;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.toPath().toAbsolutePath().getParent();
        return Optional.of(f.toPath());
    }
}
