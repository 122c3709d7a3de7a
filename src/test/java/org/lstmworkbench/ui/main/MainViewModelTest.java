package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.FailingTaskExecutor;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.ui.common.ErrorReporter;
import org.lstmworkbench.ui.common.Failure;
import org.lstmworkbench.ui.common.RecordingDialogService;
import org.lstmworkbench.ui.common.RecordingTaskExecutor;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.RecentFiles;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's view model without a Stage (the headless toolkit runs, nothing is shown): the
 * workspace and file commands, and which failures are the user's.
 */
class MainViewModelTest {

    @TempDir
    Path home;

    private MainViewModel viewModel(TaskExecutor io) {
        TaskExecutor now = new CurrentThreadTaskExecutor();
        return new MainViewModel(now, io, new DatasetViewModel(now, RecentFiles.inMemory()),
                new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
    }

    private Path kerasLog() throws Exception {
        Path log = home.resolve("training.log.csv");
        StringBuilder csv = new StringBuilder("epoch,loss,val_loss\n");
        for (int e = 0; e < 40; e++) {
            csv.append(e).append(',').append(0.5 * Math.exp(-e / 10.0) + 0.02).append(',')
                    .append(0.3 + 0.0004 * (e - 15) * (e - 15)).append('\n');
        }
        Files.writeString(log, csv);
        return log;
    }

    @Test
    void afterASessionThatDidNotCloseTheStatusLineSaysWhereItsRunsAre() throws Exception {
        String ready = fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.start();
            return vm.statusProperty().get();
        });
        assertThat(ready).isEqualTo("Ready. Press Run (Ctrl+R) to train the model set up in tab 2.");
        Files.writeString(home.resolve("autosave.json"), "{}");
        Files.writeString(home.resolve("autosave.json.open"), "1");
        String afterCrash = fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.start();
            return vm.statusProperty().get();
        });
        assertThat(afterCrash).isEqualTo("Ready. Press Run (Ctrl+R) to train the model set up in tab 2."
                + " The last session did not close: File > Recover autosaved runs.");
    }

    @Test
    void theModelPaneShowsCrossEntropyForAClassifierAndMseAgainForRegression() throws Exception {
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            assertThat(vm.model().lossProperty().get()).isEqualTo(org.lstmworkbench.model.LossKind.MSE);
            vm.dataset().taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
            assertThat(vm.model().lossProperty().get()).isEqualTo(org.lstmworkbench.model.LossKind.CROSS_ENTROPY);
            vm.dataset().taskProperty().set(DatasetViewModel.DataTask.REGRESSION);
            assertThat(vm.model().lossProperty().get()).isEqualTo(org.lstmworkbench.model.LossKind.MSE);
            return null;
        });
    }

    @Test
    void aSavedWorkspaceReopensWithItsRunsOnTheChart() throws Exception {
        Path log = kerasLog();
        Path ws = home.resolve("ws.json");
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.workspace().importCurve(log);
            RunItem imported = vm.runs().runs().get(0);
            vm.workspace().saveWorkspace(ws);
            assertThat(vm.statusProperty().get()).isEqualTo("Saved the workspace to " + ws + " (1 runs)");

            MainViewModel other = viewModel(new CurrentThreadTaskExecutor());
            other.workspace().openWorkspace(ws);
            assertThat(other.runs().runs()).singleElement()
                    .satisfies(r -> assertThat(r.valLosses()).containsExactly(imported.valLosses()));
            assertThat(other.chart().pointCount(other.runs().runs().get(0).id(), true)).isEqualTo(40);
            assertThat(other.workspace().workspaceFileProperty().get()).isEqualTo(ws);
            assertThat(other.statusProperty().get()).isEqualTo("Opened " + ws + ": 1 runs");
            return null;
        });
    }

    @Test
    void fileWorkRunsOnTheIoExecutorNotTheFxThread() throws Exception {
        Path log = kerasLog();
        Path png = home.resolve("chart.png");
        Path csv = home.resolve("histories.csv");
        RecordingTaskExecutor io = new RecordingTaskExecutor();
        fx(() -> {
            MainViewModel vm = viewModel(io);
            vm.workspace().importCurve(log);
            assertThat(io.pending()).isEqualTo(1);
            assertThat(vm.runs().runs()).isEmpty();
            io.runAll();
            assertThat(vm.runs().runs()).hasSize(1);

            vm.workspace().exportChart(png, "png", 640, 360);
            vm.workspace().exportHistories(csv);
            assertThat(io.pending()).isEqualTo(2);
            assertThat(vm.workspace().fileTasksProperty().get()).isEqualTo(2);
            assertThat(png).doesNotExist();
            assertThat(csv).doesNotExist();
            io.runAll();
            assertThat(vm.workspace().fileTasksProperty().get()).isZero();
            return null;
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(Files.readAllLines(csv)).hasSize(41);
    }


    @Test
    void aBackendThatFailsWithABugIsShownWithItsStackTraceAndAUserErrorPlainly() throws Exception {
        UnsatisfiedLinkError bug = new UnsatisfiedLinkError("no jnind4jcpu in java.library.path");
        fx(() -> {
            TaskExecutor now = new CurrentThreadTaskExecutor();
            MainViewModel vm = new MainViewModel(new FailingTaskExecutor(bug), now, new DatasetViewModel(now, RecentFiles.inMemory()),
                    new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
            vm.start();
            assertThat(vm.failureProperty().get().error()).isSameAs(bug);
            assertThat(vm.lastErrorProperty().get()).isEmpty();
            assertThat(vm.backendReadyProperty().get()).isFalse();
            vm.shutdown();

            MainViewModel user = new MainViewModel(new FailingTaskExecutor(new org.lstmworkbench.WorkbenchException("out of memory for ND4J")),
                    now, new DatasetViewModel(now, RecentFiles.inMemory()), new ModelConfigViewModel(), new LossChart(),
                    home.resolve("autosave.json"));
            user.start();
            assertThat(user.failureProperty().get()).isNull();
            assertThat(user.lastErrorProperty().get())
                    .isEqualTo("The numerical backend (ND4J) failed to start: out of memory for ND4J");
            user.shutdown();
            return null;
        });
    }

    @Test
    void aBugInFileWorkGoesToTheStackTraceDialogNotTheUsersErrorLine() throws Exception {
        IllegalStateException bug = new IllegalStateException("unexpected null run");
        RecordingDialogService dialogs = new RecordingDialogService();
        fx(() -> {
            MainViewModel vm = viewModel(new FailingTaskExecutor(bug));
            vm.workspace().exportHistories(home.resolve("h.csv"));
            Failure f = vm.failureProperty().get();
            assertThat(f.error()).isSameAs(bug);
            assertThat(vm.lastErrorProperty().get()).isEmpty();
            assertThat(vm.statusProperty().get()).isEqualTo("File operation failed: " + bug);
            new ErrorReporter(dialogs).report(f.title(), f.error());
            return null;
        });
        assertThat(dialogs.shown()).containsExactly("exception: File operation failed: " + bug);
    }

    @Test
    void aFileThatCannotBeReadIsTheUsersErrorWithItsPlainMessage() throws Exception {
        Path missing = home.resolve("no-such-log.csv");
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.workspace().importCurve(missing);
            assertThat(vm.lastErrorProperty().get()).contains("no-such-log.csv");
            assertThat(vm.failureProperty().get()).isNull();
            return null;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FxToolkit.registerPrimaryStage();
        try {
            return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
