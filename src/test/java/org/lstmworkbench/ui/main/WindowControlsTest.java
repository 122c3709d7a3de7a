package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstmworkbench.ui.main.TestWindow.await;
import static org.lstmworkbench.ui.main.TestWindow.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** Keyboard behaviour of the window's fields: Enter commits a field and never trains; Tab commits a spinner. */
@ExtendWith(ApplicationExtension.class)
class WindowControlsTest {

    @TempDir
    static Path home;

    private TestWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
    }

    @AfterEach
    void stopRuns() {
        window.shutdown();
    }

    @Test
    void enterInCellsPerLayerAndLagsCommitsTheFieldAndStartsNoRun(FxRobot robot) throws Exception {
        awaitRunnable();
        TextField cells = robot.lookup("#model-units").queryAs(TextField.class);
        robot.clickOn(cells);
        selectAllAndType(robot, "7");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.model().textProperty(ConfigField.UNITS).get())).isEqualTo("7");

        selectTab(robot, "dataset-tab");
        Spinner<?> lags = spinnerLabelled(robot, "Lags");
        robot.clickOn(lags.getEditor());
        selectAllAndType(robot, "2");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.dataset().choices().lagsProperty().get())).isEqualTo(2);

        // give a wrongly started run time to show up in the list
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.runs().runs().size())).isZero();
    }

    @Test
    void aSpinnerValueTypedAndLeftWithTabIsApplied(FxRobot robot) throws Exception {
        awaitRunnable();
        // the seed's 11 values leave no room for more lags; the sine demo has 400
        fx(() -> {
            window.vm.dataset().loadDemo("sine");
            return null;
        });
        await(() -> fx(() -> window.vm.dataset().preparedProperty().get() != null
                && window.vm.dataset().preparedProperty().get().name().contains("sine")), 20);
        int samplesBefore = fx(() -> window.vm.dataset().preparedProperty().get().train().size());
        selectTab(robot, "dataset-tab");
        Spinner<?> lags = spinnerLabelled(robot, "Lags");
        robot.clickOn(lags.getEditor());
        selectAllAndType(robot, "3");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.dataset().choices().lagsProperty().get())).isEqualTo(3);
        // the data is prepared again for 3 timesteps: what the sample counts are computed from
        try {
            await(() -> fx(() -> window.vm.dataset().preparedProperty().get() != null
                    && window.vm.dataset().preparedProperty().get().timesteps() == 3), 10);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not prepared: " + fx(() -> window.vm.dataset().errorProperty().get() + " "
                    + window.vm.dataset().preparedProperty().get()), e);
        }
        assertThat(fx(() -> window.vm.dataset().preparedProperty().get().train().size())).isNotEqualTo(samplesBefore);

        selectTab(robot, "train-tab");
        Spinner<?> repeats = robot.lookup("#repeat-count").queryAs(Spinner.class);
        robot.clickOn(repeats.getEditor());
        selectAllAndType(robot, "4");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.repeatCountProperty().get())).isEqualTo(4);

        selectTab(robot, "sweep-tab");
        Spinner<?> sweepRepeats = robot.lookup("#sweep-repeats").queryAs(Spinner.class);
        robot.clickOn(sweepRepeats.getEditor());
        selectAllAndType(robot, "9");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.vm.sweep().settings().repeatsProperty().get())).isEqualTo(9);
    }

    @Test
    void aBatchLargerThanTheTrainingSetSaysWhyRunIsOffOnTheDatasetTabToo(FxRobot robot) throws Exception {
        awaitRunnable();
        Label reason = robot.lookup("#run-blocked").queryAs(Label.class);
        assertThat(fx(reason::isVisible)).isFalse();
        fx(() -> {
            window.vm.model().textProperty(ConfigField.BATCH_SIZE).set("100");
            return null;
        });
        selectTab(robot, "dataset-tab");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#run-button").queryButton().isDisabled()).isTrue();
        assertThat(fx(reason::isVisible)).isTrue();
        assertThat(fx(reason::getText)).startsWith("Run is off: batch size 100 is larger than the");
        // on screen, not only in the scene graph: below the toolbar, inside the window
        assertThat(fx(() -> reason.localToScene(reason.getBoundsInLocal()).getMaxY())).isLessThan(200);
        assertThat(fx(() -> reason.getHeight())).isPositive();

        fx(() -> {
            window.vm.model().textProperty(ConfigField.BATCH_SIZE).set("1");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(reason::isVisible)).isFalse();
    }

    @Test
    void aSingleRunShowsItsElapsedTimeAndAnEta() throws Exception {
        awaitRunnable();
        fx(() -> {
            window.vm.model().textProperty(ConfigField.EPOCHS).set("100000");
            window.vm.runCommand().execute();
            return null;
        });
        await(() -> fx(() -> window.vm.statusProperty().get().contains(" elapsed, ETA ")), 30);
        assertThat(fx(() -> window.vm.statusProperty().get()))
                .matches("Training 1 run\\(s\\): run 1 epoch \\d+ of 100000, .+ elapsed, ETA .+");
        fx(() -> {
            window.vm.stopCommand().execute();
            return null;
        });
        await(() -> fx(() -> window.vm.statusProperty().get().startsWith("run 1 stopped after")), 30);
    }

    private void awaitRunnable() throws Exception {
        await(() -> fx(() -> window.vm.runCommand().isExecutable()), 60);
    }

    private static void selectAllAndType(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private void selectTab(FxRobot robot, String id) {
        fx(() -> {
            TabPane tabs = (TabPane) window.view.lookup(".tab-pane");
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The spinner a visible form label names (the forms set labelFor). */
    private static Spinner<?> spinnerLabelled(FxRobot robot, String text) {
        Label label = robot.lookup((Node n) -> n instanceof Label l && text.equals(l.getText()) && n.isVisible()
                && l.getLabelFor() instanceof Spinner).queryAs(Label.class);
        return (Spinner<?>) label.getLabelFor();
    }
}
