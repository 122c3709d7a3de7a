package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.data.sequence.PartFractions;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.ClassificationReport;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;

/** A classification workspace (version 3) keeps its task, sequence settings, accuracy epochs and confusion reports. */
class ClassificationWorkspaceTest {

    @TempDir
    Path dir;

    /** Imbalanced on purpose (a: 12, b: 3, c: 3), so the epochs carry balanced accuracy too. */
    private static final ClassLabels CLASSES = classes(Map.of("a", 12, "b", 3, "c", 3));

    private static ClassLabels classes(Map<String, Integer> counts) {
        List<String> labels = new ArrayList<>();
        counts.forEach((name, n) -> {
            for (int i = 0; i < n; i++) {
                labels.add(name);
            }
        });
        return ClassLabels.of(labels);
    }

    private static SequenceSpec sequences() {
        return SequenceSpec.builder("/data/har/steps.csv").format(SequenceFormat.LONG).sequenceColumn("id")
                .stepColumn("t").labelColumn("activity").groupColumn("subject").featureColumns(List.of("x", "y"))
                .split(new PartFractions(0.6, 0.2, 0.2)).scaling(Scaling.MIN_MAX).fixedLength(50).seed(7).build();
    }

    private static EpochMetrics epoch(int e, double... v) {
        List<Metric> ids = List.of(Metric.TRAIN_LOSS, Metric.VAL_LOSS, Metric.TRAIN_ACCURACY, Metric.VAL_ACCURACY,
                Metric.TRAIN_BALANCED_ACCURACY, Metric.VAL_BALANCED_ACCURACY);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(ids.get(i).id(), v[i]);
        }
        return new EpochMetrics(e, m, 0.01, 100L * e);
    }

    private static SavedRun classifierRun() {
        ModelConfig config = ModelConfig.builder().units(16).epochs(2).task(Task.classification(CLASSES))
                .loss(LossKind.CROSS_ENTROPY).seed(3).build();
        List<EpochMetrics> history = List.of(epoch(1, 1.09, 1.12, 0.5, 0.4, 0.34, 0.3333333333333333),
                epoch(2, 0.8, 0.95, 0.75, 0.6666666666666666, 0.61, 0.5555555555555556));
        // class c is never predicted on validation: its precision (and so f1) is NaN
        ClassificationReport validation = ClassificationReport.of(CLASSES.names(),
                new long[][] {{3, 1, 0}, {0, 1, 0}, {1, 0, 0}});
        ClassificationReport test = ClassificationReport.of(CLASSES.names(),
                new long[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        RunResult r = new RunResult(config, 3, RunStatus.EARLY_STOPPED, "validation loss stopped improving",
                config.task().metrics(), history, 2, 0.95, Map.of(Metric.TEST_ACCURACY.id(), 1.0), 1234, 567)
                .withClassificationReports(Map.of(RunResult.VALIDATION, validation, RunResult.TEST, test));
        return SavedRun.of("r4", "repeat 2 (1/3)", "repeat 2", 3, true, r);
    }

    private static Workspace workspace() {
        return Workspace.of(Workspace.Kind.CLASSIFICATION, DemoDatasets.recommendedSpec("seasonal"), sequences(),
                ModelConfig.defaults().toBuilder().loss(LossKind.CROSS_ENTROPY).build(), List.of(classifierRun()));
    }

    @Test
    void roundTripsTheTaskTheSequenceSettingsAndTheConfiguration() {
        Path file = dir.resolve("ws.json");
        Workspace w = workspace();
        WorkspaceStore.save(file, w);
        Workspace back = WorkspaceStore.load(file);

        assertThat(back.version()).isEqualTo(4);
        assertThat(back.task()).isEqualTo(Workspace.Kind.CLASSIFICATION);
        assertThat(back.sequences()).isEqualTo(sequences());
        assertThat(back.sequences().fixedLength()).isEqualTo(50);
        assertThat(back.sequences().featureColumns()).containsExactly("x", "y");
        assertThat(back.dataset()).isEqualTo(w.dataset());
        assertThat(back.config()).isEqualTo(w.config());
        ClassificationTask task = (ClassificationTask) back.runs().get(0).config().task();
        assertThat(task.classes().names()).containsExactly("a", "b", "c");
        assertThat(task.classes().counts()).containsExactly(12, 3, 3);
        assertThat(back.runs().get(0).config()).isEqualTo(w.runs().get(0).config());
    }

    @Test
    void roundTripsEveryEpochMetricByIdAndTheRunSummary() {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, workspace());
        SavedRun run = WorkspaceStore.load(file).runs().get(0);

        assertThat(run.history()).isEqualTo(classifierRun().history());
        assertThat(run.history().get(1).metrics().keySet()).containsExactly("train_loss", "val_loss",
                "train_accuracy", "val_accuracy", "train_balanced_accuracy", "val_balanced_accuracy");
        assertThat(run.history().get(1).value(Metric.VAL_ACCURACY)).isEqualTo(0.6666666666666666);
        assertThat(run.history().get(1).value(Metric.VAL_BALANCED_ACCURACY)).isEqualTo(0.5555555555555556);
        assertThat(run.testMetrics()).containsExactly(Map.entry("test_accuracy", 1.0));
        assertThat(run.status()).isEqualTo(RunStatus.EARLY_STOPPED);
        assertThat(run.group()).isEqualTo("repeat 2");
        RunResult result = run.toResult();
        assertThat(result.metrics()).containsExactly(Metric.TRAIN_LOSS, Metric.VAL_LOSS, Metric.TRAIN_ACCURACY,
                Metric.VAL_ACCURACY, Metric.TRAIN_BALANCED_ACCURACY, Metric.VAL_BALANCED_ACCURACY);
        assertThat(result.finalValue(Metric.VAL_ACCURACY)).isEqualTo(0.6666666666666666);
    }

    @Test
    void roundTripsTheValidationAndTestReportsCellByCell() {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, workspace());
        RunResult result = WorkspaceStore.load(file).runs().get(0).toResult();

        assertThat(result.classificationReports()).containsOnlyKeys("validation", "test");
        ClassificationReport val = result.classificationReport(RunResult.VALIDATION).orElseThrow();
        assertThat(val.classes()).containsExactly("a", "b", "c");
        assertThat(val.confusion()).isDeepEqualTo(new long[][] {{3, 1, 0}, {0, 1, 0}, {1, 0, 0}});
        assertThat(val.total()).isEqualTo(6);
        assertThat(val.accuracy()).isEqualTo(4.0 / 6);
        assertThat(val.balancedAccuracy()).isEqualTo((0.75 + 1.0 + 0.0) / 3);
        assertThat(val.precision()).containsExactly(0.75, 0.5, Double.NaN);
        assertThat(val.recall()).containsExactly(0.75, 1.0, 0.0);
        assertThat(val.f1()[0]).isEqualTo(0.75);
        assertThat(val.f1()[1]).isEqualTo(2 * 0.5 / 1.5);
        assertThat(val.f1()[2]).isNaN();
        ClassificationReport test = result.classificationReport(RunResult.TEST).orElseThrow();
        assertThat(test.confusion()).isDeepEqualTo(new long[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        assertThat(test.accuracy()).isEqualTo(1.0);
        assertThat(test.balancedAccuracy()).isEqualTo(1.0);
    }

    @Test
    void writesTheTaskAndTheSequenceSettingsInTheirJsonForm() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, workspace());
        String text = Files.readString(file);

        assertThat(text).contains("\"version\" : 4").contains("\"task\" : \"classification\"")
                .contains("\"sequences\" : {").contains("\"labelColumn\" : \"activity\"")
                .contains("\"classificationReports\" : {").contains("\"confusion\" : [ [ 3, 1, 0 ]")
                .contains("\"precision\" : [ 0.75, 0.5, \"NaN\" ]");
    }

    @Test
    void aRegressionWorkspaceSavesItsTaskAndNoSequenceSettings() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, Workspace.of(DemoDatasets.recommendedSpec("seasonal"), ModelConfig.defaults(),
                List.of()));
        assertThat(Files.readString(file)).contains("\"task\" : \"regression\"").contains("\"sequences\" : null");
        Workspace back = WorkspaceStore.load(file);
        assertThat(back.task()).isEqualTo(Workspace.Kind.REGRESSION);
        assertThat(back.sequences()).isNull();
    }

    @Test
    void badSequenceSettingsAreNamedWithTheirField() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, workspace());
        Files.writeString(file, Files.readString(file).replace("\"labelColumn\"", "\"labelColum\""));
        assertThatThrownBy(() -> WorkspaceStore.load(file)).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining(file + ": not a valid workspace file")
                .hasMessageContaining("labelColum");
    }
}
