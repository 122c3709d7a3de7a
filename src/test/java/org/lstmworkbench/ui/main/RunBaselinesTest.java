package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.ui.common.RecordingTaskExecutor;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.RecentFiles;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.lstmworkbench.ui.run.RunItem;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs belong to their data: the chart's baselines are those of the runs shown, not of whatever
 * dataset is loaded later, and a workspace with runs of two datasets reopens with both.
 */
class RunBaselinesTest {

    private static final ModelConfig TINY = ModelConfig.builder().units(3).batchSize(5).epochs(3).seed(7).build();

    @TempDir
    Path home;

    private MainViewModel viewModel(TaskExecutor data) {
        TaskExecutor now = new CurrentThreadTaskExecutor();
        return new MainViewModel(now, now, new DatasetViewModel(data, RecentFiles.inMemory()),
                new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
    }

    private static Baselines of(String demo) {
        return DataPipeline.prepare(DemoDatasets.recommendedSpec(demo)).baselines();
    }

    @Test
    void aRunIsDrawnAgainstItsOwnDatasetsTrainingMeanAfterAnotherDatasetIsLoaded() throws Exception {
        Baselines a = of("seed-sequence");
        Baselines b = of("sine");
        assertThat(a.meanMse()).isNotCloseTo(b.meanMse(), org.assertj.core.data.Offset.offset(1e-6));
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.dataset().loadDemo("seed-sequence");
            RunItem onA = vm.runs().run(TINY, vm.dataset().preparedProperty().get());
            assertThat(onA.dataset().baselines()).isEqualTo(a);

            vm.dataset().loadDemo("sine");
            assertThat(vm.dataset().preparedProperty().get().baselines()).isEqualTo(b);
            // nothing selected: the visible run's data decides, not the loaded dataset
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(a.meanMse());
            assertThat(vm.chart().persistenceBaseline()).isEqualTo(a.persistenceMse());
            assertThat(vm.chart().baselineNote())
                    .isEqualTo("Baselines of demo:seed-sequence, the data of run 1 (not the loaded dataset)");

            vm.selectedRunProperty().set(onA);
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(a.meanMse());

            onA.visibleProperty().set(false);
            vm.selectedRunProperty().set(null);
            assertThat(vm.chart().trainingMeanBaseline()).as("no run shown: the loaded data's").isEqualTo(b.meanMse());
            assertThat(vm.chart().baselineNote()).isEmpty();
            return null;
        });
    }

    @Test
    void visibleRunsOfTwoDatasetsDrawNoBaselinesAndSaySoAndASelectedRunDrawsItsOwn() throws Exception {
        Baselines a = of("seed-sequence");
        Baselines b = of("sine");
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.dataset().loadDemo("seed-sequence");
            RunItem onA = vm.runs().run(TINY, vm.dataset().preparedProperty().get());
            vm.dataset().loadDemo("sine");
            RunItem onB = vm.runs().run(TINY.toBuilder().batchSize(32).epochs(2).build(),
                    vm.dataset().preparedProperty().get());

            assertThat(onB.dataset().id()).isNotEqualTo(onA.dataset().id());
            assertThat(vm.chart().trainingMeanBaseline()).isNaN();
            assertThat(vm.chart().persistenceBaseline()).isNaN();
            assertThat(vm.chart().baselineNote()).isEqualTo("No baselines: the visible runs come from 2 datasets "
                    + "(demo:seed-sequence, demo:sine); select a run to see its own");

            vm.selectedRunProperty().set(onB);
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(b.meanMse());
            assertThat(vm.chart().baselineNote()).as("the loaded data's").isEmpty();
            vm.selectedRunProperty().set(onA);
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(a.meanMse());
            assertThat(vm.chart().baselineNote()).contains("demo:seed-sequence");
            return null;
        });
    }

    @Test
    void anImportedCurveHasNoBaselinesUntilTheUserAttachesTheLoadedDataset() throws Exception {
        Path log = home.resolve("training.log.csv");
        Files.writeString(log, "epoch,loss,val_loss\n0,0.5,0.6\n1,0.4,0.5\n2,0.3,0.45\n");
        Baselines a = of("seed-sequence");
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.dataset().loadDemo("seed-sequence");
            vm.workspace().importCurve(log);
            RunItem curve = vm.runs().runs().get(0);
            assertThat(curve.dataset()).isNull();
            assertThat(curve.datasetText()).isEqualTo("none");
            assertThat(vm.chart().trainingMeanBaseline()).isNaN();
            vm.selectedRunProperty().set(curve);
            assertThat(vm.chart().trainingMeanBaseline()).isNaN();
            assertThat(vm.chart().baselineNote()).isEqualTo("No baselines: training.log.csv is an imported curve without a dataset (attach one to compare it)");

            vm.workspace().attachLoadedDataset(curve);
            assertThat(curve.dataset().name()).isEqualTo("demo:seed-sequence");
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(a.meanMse());
            assertThat(vm.statusProperty().get()).isEqualTo("Attached demo:seed-sequence to training.log.csv");
            return null;
        });
    }

    @Test
    void aWorkspaceOfTwoDatasetsReopensWithBothAndLoadsARunsDatasetInTheBackground() throws Exception {
        Path ws = home.resolve("ws.json");
        Baselines a = of("seed-sequence");
        Baselines b = of("sine");
        RecordingTaskExecutor data = new RecordingTaskExecutor();
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.dataset().loadDemo("seed-sequence");
            vm.runs().run(TINY, vm.dataset().preparedProperty().get());
            vm.dataset().loadDemo("sine");
            vm.runs().run(TINY.toBuilder().batchSize(32).epochs(2).build(), vm.dataset().preparedProperty().get());
            vm.workspace().saveWorkspace(ws);

            MainViewModel other = viewModel(data);
            other.workspace().openWorkspace(ws);
            data.runAll();
            assertThat(other.dataset().specProperty().get()).isEqualTo(DemoDatasets.recommendedSpec("sine"));
            RunItem first = other.runs().runs().get(0);
            RunItem second = other.runs().runs().get(1);
            assertThat(first.dataset().dataset()).isEqualTo(DemoDatasets.recommendedSpec("seed-sequence"));
            assertThat(first.dataset().baselines()).isEqualTo(a);
            assertThat(second.dataset().baselines()).isEqualTo(b);
            other.selectedRunProperty().set(first);
            assertThat(other.chart().trainingMeanBaseline()).isEqualTo(a.meanMse());

            other.workspace().loadRunDataset(first);
            assertThat(data.pending()).as("read and prepared off the FX thread").isEqualTo(1);
            assertThat(other.dataset().specProperty().get()).isEqualTo(DemoDatasets.recommendedSpec("sine"));
            data.runAll();
            assertThat(other.dataset().specProperty().get()).isEqualTo(DemoDatasets.recommendedSpec("seed-sequence"));
            assertThat(other.chart().baselineNote()).isEmpty();

            other.workspace().importCurve(Files.writeString(home.resolve("k.csv"), "epoch,loss\n0,1\n1,0.5\n"));
            other.workspace().loadRunDataset(other.runs().runs().get(2));
            assertThat(other.lastErrorProperty().get())
                    .isEqualTo("k.csv is an imported curve: it has no dataset to load");
            return null;
        });
    }

    @Test
    void aSweepPointsRunsOnTheChartAreDrawnAgainstTheSweepsData() throws Exception {
        Path sweepDir = home.resolve("sweep");
        Path sample = Path.of(RunBaselinesTest.class.getResource("/formats/v2/sweep").toURI());
        try (var files = Files.walk(sample)) {
            for (Path f : files.toList()) {
                Files.copy(f, sweepDir.resolve(sample.relativize(f).toString()));
            }
        }
        fx(() -> {
            MainViewModel vm = viewModel(new CurrentThreadTaskExecutor());
            vm.dataset().loadDemo("sine");
            Baselines sine = vm.dataset().preparedProperty().get().baselines();
            vm.sweep().resume(sweepDir);
            var experiment = vm.sweep().tables().resultProperty().get().experiment();
            Baselines swept = DataPipeline.prepare(experiment.data()).baselines();
            assertThat(swept.meanMse()).isNotEqualTo(sine.meanMse());
            assertThat(vm.chart().trainingMeanBaseline()).as("no point shown yet").isEqualTo(sine.meanMse());

            vm.sweep().selectPoint(vm.sweep().tables().columns().get(0));
            assertThat(vm.sweep().selectedRuns()).hasSize(2);
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(swept.meanMse());
            assertThat(vm.chart().persistenceBaseline()).isEqualTo(swept.persistenceMse());
            assertThat(vm.chart().baselineNote()).isEqualTo("Baselines of demo:seed-sequence, the data of the "
                    + "sweep point's runs (not the loaded dataset)");

            vm.sweep().selectPoint(null);
            assertThat(vm.chart().trainingMeanBaseline()).isEqualTo(sine.meanMse());
            return null;
        });
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
