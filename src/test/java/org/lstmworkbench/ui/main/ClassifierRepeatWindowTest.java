package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.diagnosis.RepeatDiagnosis;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless: a classifier's repeat group is labelled from loss and accuracy. */
@ExtendWith(ApplicationExtension.class)
class ClassifierRepeatWindowTest {

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
    void aClassifierRepeatGroupsVerdictReadsTheMeanAccuracyCurve(FxRobot robot) throws Exception {
        await(() -> fx(() -> vm.backendReadyProperty().get() && vm.dataset().preparedProperty().get() != null));
        robot.clickOn("1  Dataset");
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ((ComboBox<DatasetViewModel.DataTask>) stage.getScene().lookup("#dataset-task"))
                    .setValue(DatasetViewModel.DataTask.CLASSIFICATION);
            return null;
        });
        await(() -> fx(() -> !vm.dataset().sequences().loadingProperty().get()));
        fx(() -> {
            ((ComboBox<String>) stage.getScene().lookup("#sequence-source")).setValue("demo:rising-falling");
            ((javafx.scene.control.Button) stage.getScene().lookup("#sequence-load")).fire();
            return null;
        });
        await(() -> fx(() -> vm.dataset().sequences().preparedProperty().get() != null
                && vm.dataset().sequences().classes().size() == 2));
        fx(() -> {
            vm.model().textProperty(ConfigField.EPOCHS).set("14");
            vm.repeatCountProperty().set(2);
            return null;
        });
        await(() -> fx(() -> vm.repeatCommand().isExecutable()));
        robot.clickOn("2  Model and runs");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#repeat-button");
        await(() -> fx(() -> vm.runs().runs().size()) == 2);
        List<RunItem> runs = fx(() -> List.copyOf(vm.runs().runs()));
        await(() -> runs.stream().allMatch(RunItem::isFinished));
        WaitForAsyncUtils.waitForFxEvents();

        RepeatDiagnosis group = fx(() -> vm.groupDiagnosis(runs.get(0)));

        assertThat(group.runs()).hasSize(2);
        // two classes: chance accuracy 0.5 and chance loss ln 2 in the mean curve's evidence
        assertThat(group.meanCurve().evidence().get("chanceAccuracy")).as(group.meanCurve().describe()).isEqualTo(0.5);
        assertThat(group.meanCurve().evidence().get("chanceLoss")).isCloseTo(Math.log(2), within(1e-9));
        assertThat(group.runs()).allSatisfy(d -> assertThat(d.evidence()).containsKey("trainAccLast"));
        double meanValAccuracy = runs.stream().mapToDouble(r -> r.finalValAccuracyProperty().get()).average()
                .orElseThrow();
        assertThat(group.meanCurve().evidence().get("valAccLast")).isCloseTo(meanValAccuracy, within(1e-9));
        assertThat(group.agreement()).contains("mean final accuracy: validation");
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        TestWindow.await(condition, 90);
    }

    private static <T> T fx(Callable<T> action) {
        return TestWindow.fx(action);
    }
}
