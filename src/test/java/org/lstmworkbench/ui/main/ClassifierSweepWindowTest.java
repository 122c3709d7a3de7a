package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.model.ConfigField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless: a classifier's sweep in the Sweep tab, ranked by validation accuracy. */
@ExtendWith(ApplicationExtension.class)
class ClassifierSweepWindowTest {

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
    @SuppressWarnings("unchecked")
    void aClassifierSweepShowsAccuracyInTheChooserTheTablesAndThePointsRuns(FxRobot robot) throws Exception {
        await(() -> fx(() -> vm.backendReadyProperty().get() && vm.dataset().preparedProperty().get() != null));
        fx(() -> {
            vm.dataset().taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
            vm.dataset().sequences().load("demo:rising-falling");
            return null;
        });
        await(() -> fx(() -> vm.dataset().sequences().preparedProperty().get() != null));
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set("10");
            vm.model().textProperty(ConfigField.LEARNING_RATE).set("0.02");
            vm.model().textProperty(ConfigField.BATCH_SIZE).set("16");
            vm.sweep().settings().parametersProperty().set("units=1,4,8");
            vm.sweep().settings().repeatsProperty().set(2);
            vm.sweep().settings().threadsProperty().set(2);
            return null;
        });
        robot.clickOn("3  Sweep");
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<SweepMetric> metric = (ChoiceBox<SweepMetric>) stage.getScene().lookup("#sweep-view")
                .lookupAll(".choice-box").stream().filter(n -> ((ChoiceBox<?>) n).getValue() instanceof SweepMetric)
                .findFirst().orElseThrow();
        assertThat(fx(() -> metric.getValue().column())).isEqualTo("val_accuracy");
        assertThat(fx(() -> metric.getItems().stream().map(SweepMetric::column).toList())).contains("val_loss");

        robot.clickOn("#sweep-start");
        await(() -> fx(() -> !vm.sweep().runningProperty().get() && vm.sweep().tables().resultProperty().get() != null
                && vm.sweep().tables().resultProperty().get().complete()));
        SweepResult result = fx(() -> vm.sweep().tables().resultProperty().get());
        String best = result.best(metric.getValue()).orElseThrow().best().label();
        fx(() -> {
            vm.sweep().selectPoint(best);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sweep-best")).getText()))
                .startsWith("best point units=" + best + ": mean val_accuracy ");
        assertThat(fx(() -> ((Label) stage.getScene().lookup("#sweep-table-title")).getText()))
                .contains("final validation accuracy (val_accuracy), highest mean is best");
        TableView<?> runs = (TableView<?>) stage.getScene().lookup("#sweep-point-runs");
        assertThat(fx(() -> runs.getColumns().stream().map(TableColumn::getText).toList()))
                .containsSubsequence("val_loss", "val_accuracy");
        assertThat(fx(() -> runs.getItems().size())).isEqualTo(2);

        BufferedImage image = window.screenshot("classification-sweep.png");
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
