package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.data.sequence.PartFractions;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.ClassificationReport;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.run.ConfusionPane;
import org.lstmworkbench.workspace.SavedRun;
import org.lstmworkbench.workspace.Workspace;
import org.lstmworkbench.workspace.WorkspaceStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless: a classification workspace opens on the classification pane with its run's matrix. */
@ExtendWith(ApplicationExtension.class)
class ClassificationWorkspaceWindowTest {

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
    void stop() {
        window.shutdown();
    }

    /** demo:rising-falling's settings (wide format, 0.6/0.4, min-max) and one finished 2-class run. */
    private static Path classificationWorkspace() {
        ClassLabels classes = ClassLabels.of(List.of("falling", "falling", "rising", "rising"));
        ModelConfig config = ModelConfig.builder().units(4).epochs(2).task(Task.classification(classes))
                .loss(LossKind.CROSS_ENTROPY).build();
        List<EpochMetrics> history = List.of(epoch(1, 0.69, 0.7, 0.5, 0.5), epoch(2, 0.5, 0.55, 0.8, 0.75));
        RunResult r = new RunResult(config, 1, RunStatus.DONE, "", config.task().metrics(), history, 2, 0.55,
                Map.of(), 100, 10).withClassificationReports(Map.of(RunResult.VALIDATION,
                ClassificationReport.of(classes.names(), new long[][] {{3, 1}, {1, 3}})));
        SequenceSpec sequences = SequenceSpec.builder("demo:rising-falling").format(SequenceFormat.WIDE)
                .split(new PartFractions(0.6, 0.4, 0)).scaling(Scaling.MIN_MAX).build();
        Path file = home.resolve("classification.json");
        WorkspaceStore.save(file, Workspace.of(Workspace.Kind.CLASSIFICATION, null, sequences, config,
                List.of(SavedRun.of("r1", "run 1", null, 0, true, r))));
        return file;
    }

    private static EpochMetrics epoch(int e, double trainLoss, double valLoss, double trainAcc, double valAcc) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(Metric.TRAIN_LOSS.id(), trainLoss);
        m.put(Metric.VAL_LOSS.id(), valLoss);
        m.put(Metric.TRAIN_ACCURACY.id(), trainAcc);
        m.put(Metric.VAL_ACCURACY.id(), valAcc);
        return new EpochMetrics(e, m, 0.01, e);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClassificationWorkspaceOpensOnItsSequenceSettingsWithTheRunsMatrix(FxRobot robot) throws Exception {
        Path file = classificationWorkspace();
        await(() -> fx(() -> vm.dataset().preparedProperty().get() != null));
        fx(() -> {
            vm.workspace().openWorkspace(file);
            return null;
        });
        await(() -> fx(() -> vm.runs().runs().size() == 1 && vm.dataset().sequences().preparedProperty().get() != null));
        robot.clickOn("1  Dataset");
        WaitForAsyncUtils.waitForFxEvents();

        var scene = stage.getScene();
        assertThat(fx(() -> ((ComboBox<DatasetViewModel.DataTask>) scene.lookup("#dataset-task")).getValue()))
                .isEqualTo(DatasetViewModel.DataTask.CLASSIFICATION);
        assertThat(fx(() -> ((ComboBox<String>) scene.lookup("#sequence-source")).getValue()))
                .isEqualTo("demo:rising-falling");
        assertThat(fx(() -> ((ComboBox<String>) scene.lookup("#sequence-format")).getValue())).isEqualTo("wide");
        assertThat(fx(() -> ((Spinner<Double>) scene.lookup("#sequence-train")).getValue())).isEqualTo(0.6);
        assertThat(fx(() -> ((Spinner<Double>) scene.lookup("#sequence-validation")).getValue())).isEqualTo(0.4);
        assertThat(fx(() -> vm.dataset().sequences().classes().size())).isEqualTo(2);

        robot.clickOn("2  Model and runs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> view.runList().getColumns().stream().anyMatch(c -> "final-val-accuracy".equals(c.getId()))))
                .isTrue();
        assertThat(fx(() -> vm.accuracyChart().pointCount("r1", Metric.VAL_ACCURACY))).isEqualTo(2);
        fx(() -> {
            view.runList().getSelectionModel().select(0);
            TabPane details = (TabPane) scene.lookup("#run-details");
            details.getTabs().stream().filter(t -> t.getText().equals("Confusion")).findFirst()
                    .ifPresent(t -> details.getSelectionModel().select(t));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ConfusionPane pane = (ConfusionPane) scene.lookup("#confusion-pane");
        assertThat(fx(pane::cellCount)).isEqualTo(4);
        assertThat(fx(() -> vm.runs().runs().get(0).finalValAccuracyProperty().get())).isEqualTo(0.75);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        TestWindow.await(condition, 90);
    }

    private static <T> T fx(Callable<T> action) {
        return TestWindow.fx(action);
    }
}
