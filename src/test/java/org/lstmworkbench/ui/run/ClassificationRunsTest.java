package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.diagnosis.LossCurve;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;

class ClassificationRunsTest {

    @Test
    void aFinishedClassifierListsItsFinalValidationAccuracyAndConfusion() {
        PreparedSequences data = SequenceSpec.builder("demo:rising-falling").build().prepare();
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        ModelConfig config = ModelConfig.defaults().toBuilder().epochs(4).build();

        RunItem item = vm.runClassifier(config, data);

        assertThat(item.status()).isEqualTo(RunStatus.DONE);
        assertThat(item.history()).hasSize(4);
        double last = item.history().get(3).value(Metric.VAL_ACCURACY);
        assertThat(last).isBetween(0.0, 1.0);
        assertThat(item.finalValAccuracyProperty().get()).isEqualTo(last);
        assertThat(item.hasAccuracy()).isTrue();
        var report = item.classificationReport().orElseThrow();
        assertThat(report.classes()).hasSize(2);
        assertThat(report.accuracy()).isCloseTo(last, within(1e-9));
        assertThat(item.diagnosisProperty().get()).isNotNull();
    }

    @Test
    void fiveRepeatsOfAClassifierRunOneByOneInOneGroup() {
        PreparedSequences data = SequenceSpec.builder("demo:rising-falling").build().prepare();
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        ModelConfig config = ModelConfig.defaults().toBuilder().epochs(2).build();

        var items = vm.repeatClassifier(config, data, 5);

        assertThat(items).hasSize(5).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.DONE);
            assertThat(r.group()).isEqualTo("repeat 1");
            assertThat(r.finalValAccuracyProperty().get()).isBetween(0.0, 1.0);
        });
        assertThat(items).extracting(RunItem::seed).containsExactly(config.seed(), config.seed() + 1,
                config.seed() + 2, config.seed() + 3, config.seed() + 4);
    }

    @Test
    void aRegressionRunListsNoAccuracy() {
        RunItem item = new RunItem("r1", "run 1", null, 0, ModelConfig.defaults(), 1);
        item.appendEpochs(java.util.List.of(org.lstmworkbench.training.EpochMetrics.regression(1, 1, 1, 1, 1, 0, 0)));
        assertThat(item.finalValAccuracyProperty().get()).isNaN();
        assertThat(item.hasAccuracy()).isFalse();
    }

    @Test
    void anImportedKerasHistoryWithValAccuracyCarriesItsAccuracyCurves() {
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        double[] loss = {0.69, 0.5, 0.3, 0.2};
        double[] valLoss = {0.7, 0.55, 0.35, 0.3};
        double[] acc = {0.5, 0.7, 0.9, 0.95};
        double[] valAcc = {0.5, 0.65, 0.85, 0.9};
        LossCurve curve = new LossCurve("keras", loss, valLoss, Map.of("accuracy", acc, "val_accuracy", valAcc));

        RunItem item = vm.importCurve(curve, "history.json");

        assertThat(item.history()).extracting(m -> m.value(Metric.TRAIN_ACCURACY)).containsExactly(0.5, 0.7, 0.9, 0.95);
        assertThat(item.history()).extracting(m -> m.value(Metric.VAL_ACCURACY)).containsExactly(0.5, 0.65, 0.85, 0.9);
        assertThat(item.finalValAccuracyProperty().get()).isEqualTo(0.9);
        assertThat(item.hasAccuracy()).isTrue();
        assertThat(item.diagnosisProperty().get()).isEqualTo(
                new org.lstmworkbench.diagnosis.CurveDiagnoser().diagnose(curve.toCurveInput()));
    }
}
