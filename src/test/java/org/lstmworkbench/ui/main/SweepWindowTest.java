package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.ui.model.ConfigField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's Sweep tab at 1280x800, headless: units 1, 5, 10 x 3 repeats x 100 epochs on the seed's
 * toy, point 10 selected; the sweep folder is shown by its name, its full path in a tooltip. Writes the
 * README's {@code sweep.png} (into {@code target/screenshots/}, or {@code -Dscreenshot.dir=assets/screenshots}).
 */
@ExtendWith(ApplicationExtension.class)
class SweepWindowTest {

    @TempDir
    static Path home;

    private TestWindow window;
    private Stage stage;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
        this.stage = stage;
        vm = window.vm;
    }

    @AfterEach
    void stopRuns() {
        window.shutdown();
    }

    @Test
    void aSweepInTheWindowNamesItsFolderWithoutItsPathAndRendersTheReadmeScreenshot(FxRobot robot) throws Exception {
        await(() -> fx(() -> vm.backendReadyProperty().get() && vm.dataset().preparedProperty().get() != null));
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set("100");
            vm.sweep().settings().parametersProperty().set("units=1,5,10");
            vm.sweep().settings().repeatsProperty().set(3);
            vm.sweep().settings().threadsProperty().set(2);
            return null;
        });
        robot.clickOn("3  Sweep");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#sweep-start");
        await(() -> fx(() -> !vm.sweep().runningProperty().get() && vm.sweep().tables().resultProperty().get() != null
                && vm.sweep().tables().resultProperty().get().complete()));
        fx(() -> {
            vm.sweep().selectPoint("10");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Path folder = fx(() -> vm.sweep().folderProperty().get());
        assertThat(folder.getParent()).isEqualTo(home.resolve("sweeps").toAbsolutePath());
        String name = folder.getFileName().toString();
        Label folderLabel = (Label) stage.getScene().lookup("#sweep-folder");
        assertThat(fx(folderLabel::getText)).isEqualTo("Folder: " + name);
        assertThat(fx(() -> folderLabel.getTooltip().getText())).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sweep-status")).getText()))
                .isEqualTo("Done: 9 runs in " + name).doesNotContain(home.toString());

        // the status bar points at the tab that holds Run's model, not at "the left" (the sweep's settings here)
        assertThat(fx(() -> vm.statusProperty().get())).isEqualTo("Ready. Press Run (Ctrl+R) to train the model set up in tab 2.");

        BufferedImage image = window.screenshot("sweep.png");
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        TestWindow.await(condition, 180);
    }

    private static <T> T fx(Callable<T> action) {
        return TestWindow.fx(action);
    }
}
