package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.run.ConfusionPane;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless: classification data, a run, the accuracy plot and the confusion matrix. */
@ExtendWith(ApplicationExtension.class)
class ClassificationWindowTest {

    @TempDir
    static Path home;

    private TestWindow window;
    private Stage stage;
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) {
        window = TestWindow.show(stage, home, 1280, 800);
        this.stage = stage;
        vm = window.vm;
        view = window.view;
    }

    @AfterEach
    void stopRuns() {
        window.shutdown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassifierRunDrawsAccuracyBesideLossAndShowsItsConfusionMatrix(FxRobot robot) throws Exception {
        await(() -> fx(() -> vm.backendReadyProperty().get() && vm.dataset().preparedProperty().get() != null));
        robot.clickOn("1  Dataset");
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ((ComboBox<DatasetViewModel.DataTask>) stage.getScene().lookup("#dataset-task"))
                    .setValue(DatasetViewModel.DataTask.CLASSIFICATION);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ((ComboBox<String>) stage.getScene().lookup("#sequence-source")).setValue("demo:rising-falling");
            ((javafx.scene.control.Button) stage.getScene().lookup("#sequence-load")).fire();
            return null;
        });
        await(() -> fx(() -> vm.dataset().sequences().preparedProperty().get() != null
                && vm.dataset().sequences().classes().size() == 2));
        assertThat(fx(() -> vm.dataset().sequences().classes().size())).isEqualTo(2);
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set(String.valueOf(Integer.getInteger("screenshot.epochs", 40)));
            return null;
        });
        await(() -> fx(() -> vm.runCommand().isExecutable()));
        robot.clickOn("2  Model and runs");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#run-button");
        await(() -> fx(() -> vm.runs().runs().size()) == 1);
        RunItem run = fx(() -> vm.runs().runs().get(0));

        await(() -> fx(() -> vm.accuracyChart().hasRun(run.id())
                && vm.accuracyChart().pointCount(run.id(), Metric.VAL_ACCURACY) >= 3));
        assertThat(fx(() -> vm.accuracyChart().pointCount(run.id(), Metric.TRAIN_ACCURACY))).isGreaterThanOrEqualTo(3);
        assertThat(fx(() -> view.accuracyView().getScene())).isNotNull();

        await(run::isFinished);
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            view.runList().getSelectionModel().select(0);
            TabPane details = (TabPane) stage.getScene().lookup("#run-details");
            details.getTabs().stream().filter(t -> t.getText().equals("Confusion")).findFirst()
                    .ifPresent(t -> details.getSelectionModel().select(t));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ConfusionPane pane = (ConfusionPane) stage.getScene().lookup("#confusion-pane");
        assertThat(fx(pane::cellCount)).isEqualTo(4);
        assertThat(fx(() -> run.finalValAccuracyProperty().get())).isBetween(0.0, 1.0);

        BufferedImage image = window.screenshot("classification.png");
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        TestWindow.await(condition, 90);
    }

    private static <T> T fx(Callable<T> action) {
        return TestWindow.fx(action);
    }
}
