package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.ClassificationReport;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.RecentFiles;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.lstmworkbench.ui.run.ConfusionPane;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.workspace.Workspace;
import org.lstmworkbench.workspace.WorkspaceStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A classification session saved and reopened in the window's view model (no Stage): the task,
 * the sequence settings and data, the runs with their accuracy and confusion reports come back.
 */
class ClassificationWorkspaceViewModelTest {

    @TempDir
    Path home;

    private MainViewModel viewModel() {
        TaskExecutor now = new CurrentThreadTaskExecutor();
        return new MainViewModel(now, now, new DatasetViewModel(now, RecentFiles.inMemory()),
                new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
    }

    /** A classifier session on demo:rising-falling with one tiny seeded run (3 epochs), trained here. */
    private MainViewModel classifierSession() {
        MainViewModel vm = viewModel();
        vm.start();
        vm.dataset().taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
        vm.dataset().sequences().validationFractionProperty().set(0.4);
        vm.dataset().sequences().trainFractionProperty().set(0.6);
        vm.dataset().sequences().load("demo:rising-falling");
        vm.model().textProperty(ConfigField.EPOCHS).set("3");
        assertThat(vm.runCommand().isExecutable()).isTrue();
        vm.runCommand().execute();
        return vm;
    }

    @Test
    void aSavedClassificationSessionReopensWithItsTaskDataRunsAndConfusionReport() throws Exception {
        Path ws = home.resolve("ws.json");
        fx(() -> {
            MainViewModel vm = classifierSession();
            RunItem trained = vm.runs().runs().get(0);
            assertThat(trained.isFinished()).isTrue();
            ClassificationReport before = trained.classificationReport().orElseThrow();
            double accuracy = trained.finalValAccuracyProperty().get();
            vm.workspace().saveWorkspace(ws);
            vm.shutdown();

            MainViewModel other = viewModel();
            other.start();
            other.workspace().openWorkspace(ws);

            assertThat(other.dataset().taskProperty().get()).isEqualTo(DatasetViewModel.DataTask.CLASSIFICATION);
            assertThat(other.dataset().sequences().sourceProperty().get()).isEqualTo("demo:rising-falling");
            assertThat(other.dataset().sequences().validationFractionProperty().get()).isEqualTo(0.4);
            assertThat(other.dataset().sequences().preparedProperty().get()).isNotNull();
            assertThat(other.dataset().sequences().classes()).hasSize(2);
            assertThat(other.runs().runs()).hasSize(1);
            RunItem back = other.runs().runs().get(0);
            assertThat(back.finalValAccuracyProperty().get()).isEqualTo(accuracy);
            assertThat(back.hasAccuracy()).isTrue();
            assertThat(back.history()).isEqualTo(trained.history());
            ClassificationReport after = back.classificationReport().orElseThrow();
            assertThat(after.classes()).isEqualTo(before.classes());
            assertThat(after.confusion()).isDeepEqualTo(before.confusion());
            assertThat(after.accuracy()).isEqualTo(before.accuracy());
            assertThat(after.balancedAccuracy()).isEqualTo(before.balancedAccuracy());
            assertThat(after.precision()).containsExactly(before.precision());
            assertThat(after.recall()).containsExactly(before.recall());
            assertThat(after.f1()).containsExactly(before.f1());
            assertThat(other.chart().pointCount(back.id(), true)).isEqualTo(3);
            assertThat(other.accuracyChart().pointCount(back.id(), Metric.VAL_ACCURACY)).isEqualTo(3);
            ConfusionPane pane = new ConfusionPane();
            pane.show(back);
            assertThat(pane.cellCount()).isEqualTo(4);
            // the data is there again: the reopened session can train at once
            assertThat(other.runCommand().isExecutable()).isTrue();
            other.shutdown();
            return null;
        });
    }

    @Test
    void aClassificationWorkspaceWhoseDataFileIsGoneStillOpensItsRunsAndSaysWhyInOneLine() throws Exception {
        Path ws = home.resolve("ws.json");
        Path gone = home.resolve("moved-away.csv");
        fx(() -> {
            MainViewModel vm = classifierSession();
            vm.workspace().saveWorkspace(ws);
            vm.shutdown();
            return null;
        });
        Workspace saved = WorkspaceStore.load(ws);
        WorkspaceStore.save(ws, Workspace.of(saved.task(), saved.dataset(),
                SequenceSpec.builder(gone.toString()).build(), saved.config(), saved.runs()));
        assertThat(Files.exists(gone)).isFalse();

        fx(() -> {
            MainViewModel other = viewModel();
            other.start();
            other.workspace().openWorkspace(ws);

            assertThat(other.runs().runs()).hasSize(1);
            assertThat(other.runs().runs().get(0).classificationReport()).isPresent();
            assertThat(other.dataset().taskProperty().get()).isEqualTo(DatasetViewModel.DataTask.CLASSIFICATION);
            assertThat(other.dataset().sequences().sourceProperty().get()).isEqualTo(gone.toString());
            assertThat(other.dataset().sequences().preparedProperty().get()).isNull();
            String error = other.lastErrorProperty().get();
            assertThat(error).startsWith("Opened " + ws + " with its 1 runs, but its classification data did not load: ")
                    .contains(gone.toString()).doesNotContain("\n");
            assertThat(other.dataset().sequences().errorProperty().get()).contains(gone.toString());
            assertThat(other.failureProperty().get()).isNull();

            // saved again, the settings of the missing source are kept for when the file is back
            Path again = home.resolve("again.json");
            other.workspace().saveWorkspace(again);
            assertThat(WorkspaceStore.load(again).sequences().source()).isEqualTo(gone.toString());
            other.shutdown();
            return null;
        });
    }

    @Test
    void aRegressionWorkspaceOpenedWhileClassifyingSwitchesTheTaskBack() throws Exception {
        Path ws = home.resolve("ws.json");
        fx(() -> {
            MainViewModel vm = viewModel();
            vm.start();
            vm.workspace().saveWorkspace(ws);
            vm.shutdown();

            MainViewModel other = viewModel();
            other.start();
            other.dataset().taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
            other.workspace().openWorkspace(ws);
            assertThat(other.dataset().taskProperty().get()).isEqualTo(DatasetViewModel.DataTask.REGRESSION);
            assertThat(other.dataset().preparedProperty().get()).isNotNull();
            assertThat(other.dataset().sequences().preparedProperty().get()).isNull();
            assertThat(other.model().lossProperty().get()).isEqualTo(org.lstmworkbench.model.LossKind.MSE);
            other.shutdown();
            return null;
        });
        assertThat(WorkspaceStore.load(ws).task()).isEqualTo(Workspace.Kind.REGRESSION);
        assertThat(WorkspaceStore.load(ws).sequences()).isNull();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FxToolkit.registerPrimaryStage();
        try {
            return WaitForAsyncUtils.asyncFx(work).get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
