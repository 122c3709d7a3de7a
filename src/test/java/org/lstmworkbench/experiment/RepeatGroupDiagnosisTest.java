package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.FitLabel;
import org.lstmworkbench.diagnosis.RepeatDiagnosis;
import org.lstmworkbench.diagnosis.UnderfitKind;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;

/** The verdict of a repeat group read from its members' histories, as the window builds it. */
class RepeatGroupDiagnosisTest {

    private static final int EPOCHS = 60;

    private static final ModelConfig CLASSIFIER = ModelConfig.builder()
            .task(ClassificationTask.of(List.of("a", "b"), new int[] {50, 50})).epochs(EPOCHS).build();
    private static final ModelConfig REGRESSION = ModelConfig.builder().epochs(EPOCHS).build();

    @Test
    void classifierRunsWithSettledLossesButAccuracyAtChanceAreUnderfitByAccuracy() {
        List<List<EpochMetrics>> runs = List.of(chanceClassifier(0.30), chanceClassifier(0.31), chanceClassifier(0.32));
        // by the losses alone these runs fit well
        RepeatDiagnosis lossesOnly = RepeatDiagnosis.of(runs.stream().map(h -> RunDiagnostics.curveInput(
                losses(h, Metric.TRAIN_LOSS), losses(h, Metric.VAL_LOSS), CLASSIFIER, null)).toList());
        assertThat(lossesOnly.meanCurve().label()).as(lossesOnly.agreement()).isEqualTo(FitLabel.GOOD_FIT);

        RepeatDiagnosis d = RepeatDiagnosis.of(runs.stream()
                .map(h -> RunDiagnostics.repeatMemberInput(h, CLASSIFIER, null)).toList());

        assertThat(d.count(FitLabel.UNDERFIT)).isEqualTo(3);
        assertThat(d.runs()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(UnderfitKind.CAPACITY));
        // cos(60) = -0.952, sin(60) = -0.305: the mean curve ends at 0.496 and 0.499
        assertThat(d.agreement()).isEqualTo("UNDERFIT (CAPACITY) in 3 of 3 runs; mean curve: UNDERFIT (CAPACITY); "
                + "mean final accuracy: validation 0.50, training 0.50 (chance 0.50)");
        Diagnosis mean = d.meanCurve();
        // the mean accuracy curve was diagnosed (the three runs share their accuracy curves)
        assertThat(mean.evidence().get("chanceAccuracy")).isEqualTo(0.5);
        assertThat(mean.evidence().get("valAccLast")).isCloseTo(0.5 + 0.004 * Math.cos(EPOCHS), within(1e-12));
        assertThat(mean.evidence()).containsKeys("trainAccLast", "chanceLoss");
        assertThat(mean.suggestion()).contains("accuracies ended within").contains("Validation accuracy");
    }

    @Test
    void classifierRunsStuckAtLnTwoAreNotLearningEvenWhenTheLossFellALittle() {
        double ln2 = Math.log(2);
        List<List<EpochMetrics>> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            double shift = 0.001 * r;
            runs.add(classifier(t -> ln2 + 0.2 * Math.exp(-t / 3.0) + shift, t -> ln2 + 0.2 * Math.exp(-t / 3.0),
                    t -> 0.5 + 0.003 * Math.sin(0.7 * t), t -> 0.5 + 0.003 * Math.cos(0.7 * t)));
        }
        RepeatDiagnosis lossesOnly = RepeatDiagnosis.of(runs.stream().map(h -> RunDiagnostics.curveInput(
                losses(h, Metric.TRAIN_LOSS), losses(h, Metric.VAL_LOSS), CLASSIFIER, null)).toList());
        // without the number of classes the 13% fall hides the chance level
        assertThat(lossesOnly.count(FitLabel.NOT_LEARNING)).isZero();

        RepeatDiagnosis d = RepeatDiagnosis.of(runs.stream()
                .map(h -> RunDiagnostics.repeatMemberInput(h, CLASSIFIER, null)).toList());

        assertThat(d.count(FitLabel.NOT_LEARNING)).isEqualTo(3);
        assertThat(d.meanCurve().label()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(d.meanCurve().suggestion()).contains("ln 2 = 0.693").contains("accuracy stayed at 0.50");
    }

    @Test
    void regressionRunsKeepTheirLossOnlyVerdict() {
        List<List<EpochMetrics>> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            double floor = 0.10 + 0.01 * r;
            runs.add(regression(t -> floor + Math.exp(-t / 5.0), t -> floor + 0.02 + Math.exp(-t / 5.0)));
        }
        RepeatDiagnosis before = RepeatDiagnosis.of(runs.stream().map(h -> RunDiagnostics.curveInput(
                losses(h, Metric.TRAIN_LOSS), losses(h, Metric.VAL_LOSS), REGRESSION, null)).toList());

        RepeatDiagnosis d = RepeatDiagnosis.of(runs.stream()
                .map(h -> RunDiagnostics.repeatMemberInput(h, REGRESSION, null)).toList());

        assertThat(d.meanCurve().label()).isEqualTo(FitLabel.GOOD_FIT);
        assertThat(d.agreement()).isEqualTo(before.agreement()).isEqualTo("GOOD_FIT in 3 of 3 runs; mean curve: GOOD_FIT");
        assertThat(d.meanCurve().evidence()).isEqualTo(before.meanCurve().evidence()).doesNotContainKey("chanceAccuracy");
        assertThat(d.runs()).extracting(Diagnosis::confidence)
                .containsExactlyElementsOf(before.runs().stream().map(Diagnosis::confidence).toList());
    }

    /** Settled losses (floor, floor + 0.05) with both accuracies wiggling around 0.50 of two classes. */
    private static List<EpochMetrics> chanceClassifier(double floor) {
        return classifier(t -> floor + 0.5 * Math.exp(-t / 5.0), t -> floor + 0.05 + 0.5 * Math.exp(-t / 5.0),
                t -> 0.5 + 0.004 * Math.sin(t), t -> 0.5 + 0.004 * Math.cos(t));
    }

    private static List<EpochMetrics> classifier(IntToDoubleFunction train, IntToDoubleFunction val,
                                                 IntToDoubleFunction trainAcc, IntToDoubleFunction valAcc) {
        List<EpochMetrics> h = new ArrayList<>();
        for (int t = 1; t <= EPOCHS; t++) {
            h.add(EpochMetrics.of(t, Metric.CLASSIFICATION, new double[] {train.applyAsDouble(t),
                    val.applyAsDouble(t), trainAcc.applyAsDouble(t), valAcc.applyAsDouble(t)}, 1e-3, 10L * t));
        }
        return h;
    }

    private static List<EpochMetrics> regression(IntToDoubleFunction train, IntToDoubleFunction val) {
        List<EpochMetrics> h = new ArrayList<>();
        for (int t = 1; t <= EPOCHS; t++) {
            double tr = train.applyAsDouble(t);
            double va = val.applyAsDouble(t);
            h.add(EpochMetrics.regression(t, tr, va, Math.sqrt(tr), Math.sqrt(va), 1e-3, 10L * t));
        }
        return h;
    }

    private static double[] losses(List<EpochMetrics> h, Metric metric) {
        return h.stream().mapToDouble(m -> m.value(metric)).toArray();
    }
}
