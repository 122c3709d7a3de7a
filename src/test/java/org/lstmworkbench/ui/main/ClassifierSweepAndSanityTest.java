package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.diagnosis.SanityChecks;
import org.lstmworkbench.diagnosis.SanityChecks.Finding;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SanityRun;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepPoint;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.ui.common.TaskExecutor;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.RecentFiles;
import org.lstmworkbench.ui.model.ConfigField;
import org.lstmworkbench.ui.model.ModelConfigViewModel;
import org.lstmworkbench.ui.run.RunsViewModel;
import org.lstmworkbench.ui.sweep.DescribeRow;
import org.lstmworkbench.ui.sweep.SweepViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's model with a classifier (no Stage, everything on the calling thread): the Sweep
 * tab sweeps the loaded sequences and ranks by validation accuracy, and the sanity menu runs the
 * classifier's chance-level checks.
 */
class ClassifierSweepAndSanityTest {

    private static final Pattern FIRST_LOSS = Pattern.compile("first epoch's loss ([0-9.eE+-]+) vs ln 2 = 0\\.6931");

    @TempDir
    Path home;

    private MainViewModel classifierWindow() {
        return classifierWindow("0.02", "16");
    }

    private MainViewModel classifierWindow(String learningRate, String batchSize) {
        TaskExecutor now = new CurrentThreadTaskExecutor();
        MainViewModel vm = new MainViewModel(now, now, new DatasetViewModel(now, RecentFiles.inMemory()),
                new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
        vm.dataset().taskProperty().set(DatasetViewModel.DataTask.CLASSIFICATION);
        vm.dataset().sequences().load("demo:rising-falling");
        vm.model().textProperty(ConfigField.EPOCHS).set("4");
        vm.model().textProperty(ConfigField.LEARNING_RATE).set(learningRate);
        vm.model().textProperty(ConfigField.BATCH_SIZE).set(batchSize);
        vm.model().textProperty(ConfigField.UNITS).set("4");
        assertThat(vm.model().configProperty().get()).as("a valid model").isNotNull();
        return vm;
    }

    @Test
    void aClassifierSweepRanksItsPointsByHighestMeanValidationAccuracy() throws Exception {
        fx(() -> {
            MainViewModel window = classifierWindow();
            SweepViewModel vm = window.sweep();
            // the chooser offers the classifier's metrics before the sweep starts, accuracy first
            assertThat(vm.settings().metricProperty().get().column()).isEqualTo("val_accuracy");
            assertThat(vm.settings().metricChoices()).extracting(SweepMetric::column)
                    .contains("val_loss", "val_accuracy", "best_val_accuracy");
            vm.settings().parametersProperty().set("units=1,8");
            vm.settings().repeatsProperty().set(2);
            vm.settings().baseSeedProperty().set(1);
            vm.settings().threadsProperty().set(1);

            vm.startCommand().execute();

            assertThat(vm.errorProperty().get()).isEmpty();
            SweepResult result = vm.tables().resultProperty().get();
            assertThat(result.complete()).as(vm.statusProperty().get()).isTrue();
            assertThat(result.experiment().isClassification()).isTrue();
            assertThat(vm.tables().metric().column()).isEqualTo("val_accuracy");

            // mean validation accuracy per point, counted from the runs themselves
            Map<String, List<Double>> accuracies = new LinkedHashMap<>();
            for (RunRecord r : result.runs()) {
                accuracies.computeIfAbsent(r.point().label(), k -> new ArrayList<>()).add(r.value("val_accuracy"));
            }
            Map<String, Double> means = new LinkedHashMap<>();
            accuracies.forEach((p, v) -> means.put(p, v.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
            assertThat(means).containsOnlyKeys("1", "8");
            assertThat(means.get("1")).as("the points differ, so the ranking shows").isNotEqualTo(means.get("8"));
            String highest = means.get("1") > means.get("8") ? "1" : "8";
            assertThat(vm.tables().bestTextProperty().get()).startsWith("best point units=" + highest + ": mean val_accuracy ");

            assertThat(vm.tables().columns()).containsExactly("1", "8");
            DescribeRow count = row(vm, "count");
            DescribeRow mean = row(vm, "mean");
            assertThat(count.values()).containsExactly(2.0, 2.0);
            assertThat(mean.values().get(0)).isCloseTo(means.get("1"), within(1e-12));
            assertThat(mean.values().get(1)).isCloseTo(means.get("8"), within(1e-12));
            assertThat(vm.tables().tableTitleProperty().get()).startsWith(
                    "describe() of the final validation accuracy (val_accuracy), highest mean is best");
            assertThat(vm.tables().boxPlot().chart().getTitle().getText())
                    .isEqualTo("Final validation accuracy (val_accuracy) per point");
            assertThat(vm.tables().boxPlot().dataset().getMeanValue(0, 1).doubleValue())
                    .isCloseTo(means.get("8"), within(1e-12));

            // val_loss stays available and ranks lowest first
            SweepMetric valLoss = vm.settings().metricChoices().stream()
                    .filter(m -> m.column().equals("val_loss")).findFirst().orElseThrow();
            vm.settings().metricProperty().set(valLoss);
            assertThat(vm.tables().bestTextProperty().get())
                    .isEqualTo(result.best(valLoss).orElseThrow().text());
            assertThat(row(vm, "mean").values().get(0))
                    .isCloseTo(result.describe(valLoss).get("1").mean(), within(1e-12));
            return null;
        });
    }

    @Test
    void theSweepFolderHoldsTheClassificationExperimentTheCliWrites() throws Exception {
        fx(() -> {
            MainViewModel window = classifierWindow();
            SweepViewModel vm = window.sweep();
            vm.settings().parametersProperty().set("units=2");
            vm.settings().repeatsProperty().set(1);
            vm.settings().threadsProperty().set(1);

            vm.startCommand().execute();

            Path dir = vm.folderProperty().get();
            JsonNode json = new ObjectMapper().readTree(dir.resolve(SweepStore.EXPERIMENT).toFile());
            assertThat(json.path("formatVersion").asInt()).isEqualTo(3);
            assertThat(json.path("sequences").path("source").asText()).isEqualTo("demo:rising-falling");
            assertThat(json.has("data")).isFalse();
            Experiment stored = SweepStore.resume(dir).experiment();
            assertThat(stored.sequences()).isEqualTo(window.dataset().sequences().specProperty().get());
            // the base the Run button trains: the window's model as a classifier of the loaded classes
            assertThat(stored.base()).isEqualTo(RunsViewModel.classifierConfig(window.model().configProperty().get(),
                    window.dataset().sequences().preparedProperty().get(), 1));
            assertThat(dir.resolve(SweepStore.RESULTS)).exists();
            return null;
        });
    }

    @Test
    void backOnRegressionTheNextSweepIsARegressionSweepRankedByValidationLoss() throws Exception {
        fx(() -> {
            MainViewModel window = classifierWindow();
            SweepViewModel vm = window.sweep();
            vm.settings().parametersProperty().set("units=2");
            vm.settings().repeatsProperty().set(1);
            vm.settings().threadsProperty().set(1);
            vm.startCommand().execute();
            assertThat(vm.tables().resultProperty().get().experiment().isClassification()).isTrue();

            window.dataset().taskProperty().set(DatasetViewModel.DataTask.REGRESSION);
            // the classifier's results stay readable until the next sweep replaces them
            assertThat(vm.settings().metricProperty().get().column()).isEqualTo("val_accuracy");
            window.dataset().loadDemo("seed-sequence");
            window.model().textProperty(ConfigField.BATCH_SIZE).set("5");
            vm.startCommand().execute();

            SweepResult result = vm.tables().resultProperty().get();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(result.experiment().isClassification()).isFalse();
            assertThat(result.complete()).isTrue();
            assertThat(vm.settings().metricProperty().get()).isEqualTo(SweepMetric.VAL_LOSS);
            assertThat(vm.settings().metricChoices()).containsExactly(SweepMetric.values());
            assertThat(vm.tables().bestTextProperty().get())
                    .isEqualTo(result.best(SweepMetric.VAL_LOSS).orElseThrow().text());
            return null;
        });
    }

    @Test
    void theSanityChecksOfATwoClassClassifierNameLn2AndTheMeasuredFirstLoss() throws Exception {
        fx(() -> {
            MainViewModel window = classifierWindow();
            List<String> shown = new ArrayList<>();

            window.runSanityChecks(shown::add);

            assertThat(shown).hasSize(1);
            String text = shown.get(0);
            assertThat(text).contains("on demo:rising-falling (falling 50, rising 50): K = 2 classes, "
                    + "chance level ln 2 = 0.6931");
            Matcher m = FIRST_LOSS.matcher(text);
            assertThat(m.find()).as(text).isTrue();
            double firstLoss = Double.parseDouble(m.group(1));
            // the same check as `sanity --task classification` on the configuration the Run button trains
            List<Finding> cli = SanityRun.check(RunsViewModel.classifierConfig(window.model().configProperty().get(),
                    window.dataset().sequences().preparedProperty().get(), window.model().configProperty().get().seed()),
                    window.dataset().sequences().preparedProperty().get(), new CancellationToken());
            Finding chance = cli.stream().filter(f -> f.check().equals("chance level")).findFirst().orElseThrow();
            assertThat(text).contains(chance.severity() + "  chance level: " + chance.message());
            assertThat(firstLoss).isEqualTo(firstLossOf(chance));
            // plausible: between half and 1.5 times ln 2, the check's bounds
            assertThat(firstLoss / Math.log(2)).isBetween(SanityChecks.CHANCE_LOSS_LOW, SanityChecks.CHANCE_LOSS_HIGH);
            assertThat(text).contains("INFO  chance level: first epoch's loss " + m.group(1));
            assertThat(text).contains("parameters").contains("tiny subset");
            return null;
        });
    }

    private static double firstLossOf(Finding chance) {
        Matcher m = FIRST_LOSS.matcher(chance.message());
        assertThat(m.find()).as(chance.message()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static DescribeRow row(SweepViewModel vm, String statistic) {
        return vm.tables().rows().stream().filter(r -> r.statistic().equals(statistic)).findFirst().orElseThrow();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FxToolkit.registerPrimaryStage();
        try {
            return WaitForAsyncUtils.asyncFx(work).get(180, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
