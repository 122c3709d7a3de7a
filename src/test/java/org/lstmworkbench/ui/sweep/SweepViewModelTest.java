package org.lstmworkbench.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.training.PerRunTrainer;
import org.lstmworkbench.experiment.SweepParam;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepRunner;
import org.lstmworkbench.experiment.SweepSpec;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.metrics.Describe;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;

/** The Sweep panel's view model without a Stage: a tiny real sweep on the seed's toy sequence. */
class SweepViewModelTest {

    private static final int EPOCHS = 15;

    @TempDir
    Path root;

    private final List<String> overlaid = new ArrayList<>();
    private final List<List<SweepRunHistory>> overlaidRuns = new ArrayList<>();

    private SweepViewModel viewModel() {
        return viewModel(base());
    }

    /** A sweep whose runs shuffle their minibatches (runs end one at a time, as every sweep's do). */
    private SweepViewModel perRunViewModel() {
        return viewModel(base().toBuilder().shuffle(true).build());
    }

    private SweepViewModel viewModel(ModelConfig config) {
        SweepViewModel vm = new SweepViewModel(new CurrentThreadTaskExecutor(),
                () -> DemoDatasets.recommendedSpec("seed-sequence"), () -> config,
                (label, runs) -> {
                    overlaid.add(label);
                    overlaidRuns.add(runs);
                }, root);
        vm.settings().parametersProperty().set("units=1,3");
        vm.settings().repeatsProperty().set(2);
        vm.settings().baseSeedProperty().set(1);
        vm.settings().threadsProperty().set(1);
        return vm;
    }

    private static ModelConfig base() {
        return ModelConfig.builder().batchSize(5).epochs(EPOCHS).build();
    }

    private static Experiment sameExperiment() {
        return new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), base(),
                SweepSpec.grid(List.of(SweepParam.parse("units=1,3"))), 2, 1);
    }

    @Test
    void aTinySweepFillsTheDescribeTableWithTheResultsMeans() {
        SweepViewModel vm = viewModel();
        assertThat(vm.startCommand().isExecutable()).isTrue();

        vm.startCommand().execute();

        SweepResult result = vm.tables().resultProperty().get();
        assertThat(result.complete()).isTrue();
        assertThat(vm.tables().columns()).containsExactly("1", "3");
        DescribeRow count = row(vm, "count");
        DescribeRow mean = row(vm, "mean");
        Map<String, Describe> expected = result.describe(SweepMetric.VAL_LOSS);
        assertThat(count.values()).containsExactly(2.0, 2.0);
        assertThat(mean.values().get(0)).isEqualTo(expected.get("1").mean());
        assertThat(mean.values().get(1)).isEqualTo(expected.get("3").mean());
        assertThat(mean.text(0)).isEqualTo(String.format(java.util.Locale.ROOT, "%.6f", expected.get("1").mean()));
        assertThat(vm.tables().rows()).extracting(DescribeRow::statistic)
                .containsExactly("count", "mean", "std", "min", "25%", "50%", "75%", "max");
        assertThat(vm.tables().boxPlot().boxCount()).isEqualTo(2);
        assertThat(vm.tables().boxPlot().dataset().getMedianValue(0, 0).doubleValue())
                .isCloseTo(expected.get("1").median(), within(1e-12));
    }

    @Test
    void progressReachesFourOfFourAndTheBestPointIsNamed() {
        SweepViewModel vm = viewModel();

        vm.startCommand().execute();

        assertThat(vm.progressTextProperty().get()).startsWith("4 of 4");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.startCommand().isExecutable()).isTrue();
        String best = vm.tables().resultProperty().get().best(SweepMetric.VAL_LOSS).orElseThrow().text();
        assertThat(vm.tables().bestTextProperty().get()).isEqualTo(best).startsWith("best point units=");
        assertThat(vm.statusProperty().get()).startsWith("Done: 4 runs");
    }

    @Test
    void selectingAPointGivesItsTwoHistoriesAndOverlaysThem() {
        SweepViewModel vm = viewModel();
        vm.startCommand().execute();

        vm.selectPoint("3");

        assertThat(vm.selectedPointProperty().get().values()).containsEntry("units", "3");
        List<SweepRunHistory> runs = vm.selectedRuns();
        assertThat(runs).hasSize(2);
        assertThat(runs).allSatisfy(r -> assertThat(r.history()).hasSize(EPOCHS));
        assertThat(runs).extracting(SweepRunHistory::id).containsExactly("sweep-p1-r0", "sweep-p1-r1");
        assertThat(runs.get(0).seed()).isNotEqualTo(runs.get(1).seed());
        assertThat(overlaid.get(overlaid.size() - 1)).isEqualTo("3");
        assertThat(overlaidRuns.get(overlaidRuns.size() - 1)).isEqualTo(runs);
        assertThat(vm.tables().boxPlot().selected()).isEqualTo("3");
        assertThat(vm.tables().convergence().pointCount()).isEqualTo(2);
    }

    @Test
    void anUnknownParameterIsNamedAndStartStaysDisabled() {
        SweepViewModel vm = viewModel();

        vm.settings().parametersProperty().set("unitz=1");

        assertThat(vm.settings().validProperty().get()).isFalse();
        assertThat(vm.settings().problemProperty().get()).contains("unitz").startsWith("line 1");
        assertThat(vm.startCommand().isExecutable()).isFalse();
        vm.startCommand().execute();
        assertThat(vm.tables().resultProperty().get()).isNull();

        vm.settings().parametersProperty().set("units=1");
        assertThat(vm.startCommand().isExecutable()).isTrue();
        assertThat(vm.settings().problemProperty().get()).isEmpty();
    }

    @Test
    void aRangeNeedsRandomSearch() {
        SweepViewModel vm = viewModel();

        vm.settings().parametersProperty().set("units=1,3\nlearningRate=log:1e-4..1e-1");
        assertThat(vm.settings().problemProperty().get()).contains("learningRate").contains("random search");
        assertThat(vm.startCommand().isExecutable()).isFalse();

        vm.settings().randomProperty().set(true);
        vm.settings().samplesProperty().set(3);
        assertThat(vm.settings().validProperty().get()).isTrue();
        assertThat(vm.settings().specProperty().get().points()).hasSize(3).allSatisfy(p -> {
            double lr = Double.parseDouble(p.values().get("learningRate"));
            assertThat(lr).isBetween(1e-4, 1e-1);
        });
    }

    @Test
    void resumeTrainsOnlyTheMissingRuns() throws IOException {
        Path dir = root.resolve("crashed");
        Experiment e = sameExperiment();
        // A sweep stopped after two of its four runs: only point 0's runs are stored.
        Experiment firstPoint = new Experiment(e.data(), e.base(),
                SweepSpec.grid(List.of(SweepParam.parse("units=1"))), 2, 1);
        SweepResult partial = new SweepRunner(firstPoint, new PerRunTrainer(), 1).run(null, new CancellationToken());
        SweepStore store = SweepStore.open(dir, e, false);
        partial.runs().forEach(store::append);
        store.close();
        long storedHistories;
        try (var files = Files.list(dir.resolve(SweepStore.HISTORIES))) {
            storedHistories = files.count();
        }
        assertThat(storedHistories).isEqualTo(2);

        SweepViewModel vm = viewModel();
        vm.settings().parametersProperty().set("batchSize=1");
        List<String> progress = new ArrayList<>();
        vm.progressTextProperty().addListener((o, a, t) -> progress.add(t));
        vm.resume(dir);

        SweepResult result = vm.tables().resultProperty().get();
        assertThat(result.complete()).isTrue();
        assertThat(vm.settings().parametersProperty().get()).isEqualTo("units=1,3");
        assertThat(progress.get(0)).startsWith("2 of 4");
        assertThat(progress).anySatisfy(t -> assertThat(t).startsWith("3 of 4"));
        assertThat(vm.progressTextProperty().get()).startsWith("4 of 4");
        // the stored runs were read back, not retrained: the same values to the bit
        assertThat(result.runsOf(result.points().get(0))).extracting(r -> r.valLoss())
                .containsExactlyElementsOf(partial.runs().stream().map(r -> r.valLoss()).toList());
        assertThat(Files.readAllLines(dir.resolve(SweepStore.RESULTS))).hasSize(5);
    }

    @Test
    void aNewSweepWritesItsOwnFolderUnderTheRoot() {
        SweepViewModel vm = viewModel();
        vm.settings().parametersProperty().set("units=2");
        vm.settings().repeatsProperty().set(1);

        vm.startCommand().execute();

        Path folder = vm.folderProperty().get();
        assertThat(folder.getParent()).isEqualTo(root);
        assertThat(folder.resolve(SweepStore.RESULTS)).isRegularFile();
        assertThat(folder.resolve(SweepStore.EXPERIMENT)).isRegularFile();
        // the status names the folder as a user knows it, not the full (here temporary) path
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 1 run in " + folder.getFileName())
                .doesNotContain(root.toString());
    }

    @Test
    void aFolderIsNamedByItsLastPart() {
        assertThat(SweepViewModel.folderName(Path.of("/home/ann/.lstm-workbench/sweeps/units-1-5-10")))
                .isEqualTo("units-1-5-10");
        assertThat(SweepViewModel.folderName(null)).isEmpty();
        assertThat(SweepViewModel.folderName(Path.of("/"))).isEqualTo("/");
    }

    @Test
    void stopAfterTheFirstRunKeepsItAndResumeTrainsOnlyTheOtherThree() {
        SweepViewModel vm = perRunViewModel();
        vm.progressTextProperty().addListener((o, a, t) -> {
            if (t.startsWith("1 of 4")) {
                vm.stopCommand().execute();
            }
        });

        vm.startCommand().execute();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.tables().resultProperty().get().runs()).hasSize(1);
        assertThat(vm.statusProperty().get()).startsWith("Stopped after 1 of 4 runs");
        Path folder = vm.folderProperty().get();

        SweepViewModel later = perRunViewModel();
        List<String> progress = new ArrayList<>();
        later.progressTextProperty().addListener((o, a, t) -> progress.add(t));
        later.resume(folder);

        assertThat(progress.get(0)).startsWith("1 of 4");
        assertThat(later.tables().resultProperty().get().complete()).isTrue();
        assertThat(later.tables().rows().get(0).values()).containsExactly(2.0, 2.0);
    }

    @Test
    void exportsTheTableAsCsvAndTextAndThePlotsAsPngAndSvg() throws IOException {
        SweepViewModel vm = viewModel();
        vm.startCommand().execute();
        vm.selectPoint("1");

        Path csv = root.resolve("summary.csv");
        Path txt = root.resolve("describe.txt");
        Path png = root.resolve("box.png");
        Path svg = root.resolve("convergence.svg");
        SweepExports.table(vm.tables(), csv);
        SweepExports.table(vm.tables(), txt);
        SweepExports.boxPlot(vm.tables(), png);
        SweepExports.convergence(vm.tables(), svg);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo("point,units,count,mean,std,min,25%,50%,75%,max");
        assertThat(rows.get(1)).startsWith("0,1,2,");
        String text = Files.readString(txt);
        assertThat(text).startsWith(vm.tables().resultProperty().get().describeTable(SweepMetric.VAL_LOSS))
                .contains(vm.tables().bestTextProperty().get());
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(SweepExports.WIDTH);
        assertThat(Files.readString(svg)).contains("<svg").contains("Repeats convergence");
    }

    @Test
    void changingTheMetricRecomputesTheTable() {
        SweepViewModel vm = viewModel();
        vm.startCommand().execute();

        vm.settings().metricProperty().set(SweepMetric.TRAIN_LOSS);

        double expected = vm.tables().resultProperty().get().describe(SweepMetric.TRAIN_LOSS).get("3").mean();
        assertThat(row(vm, "mean").values().get(1)).isEqualTo(expected);
        assertThat(vm.tables().boxPlot().chart().getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("train_loss");
    }

    @Test
    void shutdownDuringASweepStopsItAfterTheRunningRun() throws IOException {
        SweepViewModel vm = perRunViewModel();
        vm.progressTextProperty().addListener((o, a, t) -> {
            if (t.startsWith("1 of 4")) {
                vm.shutdown();
            }
        });

        vm.startCommand().execute();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(Files.readAllLines(vm.folderProperty().get().resolve(SweepStore.RESULTS)))
                .as("header and the one finished run").hasSize(2);
    }

    private static DescribeRow row(SweepViewModel vm, String statistic) {
        return vm.tables().rows().stream().filter(r -> r.statistic().equals(statistic)).findFirst().orElseThrow();
    }
}
