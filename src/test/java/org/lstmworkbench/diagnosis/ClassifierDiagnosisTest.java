package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lstmworkbench.diagnosis.Curves.N;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassifierDiagnosisTest {

    private final CurveDiagnoser diagnoser = new CurveDiagnoser();

    @Test
    void lossStuckAtLnTwoIsNotLearning() {
        Diagnosis d = diagnoser.diagnose(ClassifierCurves.stuckAtChance(2));

        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(d.evidence().get("chanceLoss")).isCloseTo(0.693147, within(1e-6));
        assertThat(d.evidence().get("trainEndToChanceLoss")).isCloseTo(1.0, within(0.01));
        assertThat(d.evidence().get("chanceAccuracy")).isEqualTo(0.5);
        // it improved by more than the flat-loss rule's 5%: the chance level decides
        assertThat(d.evidence().get("trainRelImprovement")).isGreaterThan(Thresholds.NOT_LEARNING_MAX_IMPROVEMENT);
        assertThat(d.suggestion()).contains("within 5% of the chance level ln 2 = 0.693")
                .contains("Validation accuracy stayed at 0.50").contains("training accuracy stayed at 0.50")
                .contains("(chance 0.50)");
        assertThat(d.confidence()).isGreaterThan(0.8);
    }

    @Test
    void lossStuckAtLnSixIsNotLearningForSixClasses() {
        Diagnosis d = diagnoser.diagnose(ClassifierCurves.stuckAtChance(6));

        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(d.evidence().get("chanceLoss")).isCloseTo(1.791759, within(1e-6));
        assertThat(d.evidence().get("chanceAccuracy")).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(d.suggestion()).contains("ln 6 = 1.79").contains("(chance 0.17)");
    }

    @Test
    void theChanceLevelNeedsTheNumberOfClasses() {
        CurveInput stuck = ClassifierCurves.stuckAtChance(2);
        Diagnosis withoutK = diagnoser.diagnose(CurveInput.of(stuck.train(), stuck.val()));
        Diagnosis onlyK = diagnoser.diagnose(CurveInput.of(stuck.train(), stuck.val())
                .withAccuracy(AccuracyCurves.classesOnly(2)));

        // the same losses without K fell 13% and settled: not caught by the flat-loss rule
        assertThat(withoutK.label()).as(withoutK.describe()).isNotEqualTo(FitLabel.NOT_LEARNING);
        assertThat(onlyK.label()).as(onlyK.describe()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(onlyK.evidence()).containsKey("chanceLoss").doesNotContainKey("valAccLast");
    }

    @Test
    void trainingAccuracyClearlyAboveChanceVetoesNotLearning() {
        // a loss flat from the first epoch (one long epoch did the learning) with accuracy 0.95 of 2 classes
        double[] flat = Curves.curve(N, t -> 0.15 + 0.001 * Math.sin(t));
        double[] flatVal = Curves.curve(N, t -> 0.17 + 0.001 * Math.cos(t));
        CurveInput losses = CurveInput.of(flat, flatVal);
        CurveInput classifier = losses.withAccuracy(AccuracyCurves.of(Curves.curve(N, t -> 0.95),
                Curves.curve(N, t -> 0.94), 2));

        assertThat(diagnoser.diagnose(losses).label()).isEqualTo(FitLabel.NOT_LEARNING);
        Diagnosis d = diagnoser.diagnose(classifier);
        // and not "flat and high" either: 0.15 is 22% of the untrained loss ln 2
        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.GOOD_FIT);
        assertThat(d.evidence().get("trainEndToChanceLoss")).isCloseTo(0.15 / Math.log(2), within(0.001));
    }

    @Test
    void risingValidationLossIsOverfitWhileValidationAccuracyStillRises() {
        Diagnosis d = diagnoser.diagnose(ClassifierCurves.overfitWhileAccuracyRises());

        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.OVERFIT);
        assertThat(d.bestEpoch()).isEqualTo(21);
        // validation accuracy at epoch 21: 0.84 - 0.4 e^(-21/8) + 0.021 = 0.832; at 60: 0.900
        assertThat(d.evidence().get("valAccAtBest")).isCloseTo(0.84 - 0.4 * Math.exp(-21 / 8.0) + 0.021, within(1e-12));
        assertThat(d.evidence().get("valAccLast")).isCloseTo(0.84 - 0.4 * Math.exp(-60 / 8.0) + 0.060, within(1e-12));
        assertThat(d.evidence().get("valAccEndRise")).isGreaterThan(0);
        assertThat(d.suggestion())
                // by hand: val(60) = 0.2 + e^-12 + 0.002 * 40^2 = 3.40; train(1) = 0.05 + e^-0.2 = 0.869
                .contains("Validation loss was lowest at epoch 21 (0.217) and rose to 3.40")
                .contains("training loss fell from 0.869 to 0.0500")
                .contains("validation accuracy was 0.83 there and 0.90 at the end")
                .contains("over-confident")
                .contains("stop at epoch 21");
    }

    @Test
    void validationAccuracyStillRisingAtTheEndIsUnderfitStillImproving() {
        CurveInput in = ClassifierCurves.accuracyStillRising();
        Diagnosis lossesOnly = diagnoser.diagnose(CurveInput.of(in.train(), in.val()));
        Diagnosis d = diagnoser.diagnose(in);

        assertThat(lossesOnly.label()).isEqualTo(FitLabel.GOOD_FIT);
        assertThat(d.title()).as(d.describe()).isEqualTo("UNDERFIT (STILL_IMPROVING)");
        // end window of 12 epochs: 11 steps of 0.46/59
        assertThat(d.evidence().get("valAccEndRise")).isCloseTo(11 * 0.46 / 59, within(1e-9));
        assertThat(d.evidence().get("valAccFirst")).isCloseTo(0.41, within(1e-12));
        assertThat(d.evidence().get("valAccLast")).isCloseTo(0.87, within(1e-12));
        assertThat(d.suggestion()).startsWith("Validation accuracy rose from 0.41 to 0.87 and was still rising over "
                + "the last 20% of epochs; training accuracy rose from 0.45 to 0.93 (chance 0.17).")
                .endsWith("train for more epochs.");
    }

    @Test
    void bothAccuraciesAtTheMajorityShareAreUnderfitCapacityWhenTheLossMoved() {
        Diagnosis d = diagnoser.diagnose(ClassifierCurves.plateauAtMajorityShare());

        assertThat(d.title()).as(d.describe()).isEqualTo("UNDERFIT (CAPACITY)");
        assertThat(d.evidence().get("chanceAccuracy")).isEqualTo(0.7);
        // the loss settled at the class shares' entropy 0.611, 12% below ln 2: not stuck at chance loss
        assertThat(d.evidence().get("trainEndToChanceLoss")).isCloseTo(0.611 / 0.693, within(0.01));
        assertThat(d.suggestion()).contains("the accuracies ended within 10% of the way from chance (0.70) to perfect")
                .contains("class balance");
    }

    @Test
    void validationAccuracyAboveTrainingThroughoutIsAMismatchWithoutDropout() {
        CurveInput in = ClassifierCurves.valAccuracyAboveTrain();
        Diagnosis d = diagnoser.diagnose(in);
        Diagnosis withDropout = diagnoser.diagnose(in.withRegularisation(true));
        Diagnosis lossesOnly = diagnoser.diagnose(CurveInput.of(in.train(), in.val()));

        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.DATA_MISMATCH);
        assertThat(d.evidence().get("valAccAboveTrainShare")).isEqualTo(1.0);
        assertThat(d.suggestion()).contains("Validation accuracy stayed clearly above training accuracy on 100% of the "
                + "epochs without dropout or noise").contains("Validation accuracy rose from 0.63 to 0.88");
        assertThat(withDropout.label()).as(withDropout.describe()).isEqualTo(FitLabel.GOOD_FIT);
        assertThat(lossesOnly.label()).isEqualTo(FitLabel.GOOD_FIT);
    }

    @ParameterizedTest(name = "{0} classes")
    @ValueSource(ints = {2, 6})
    void regressionCurvesAreLabelledAsBeforeAndClassifierEvidenceOnlyAdds(int k) {
        CurveInput plain = Curves.overfit();
        Diagnosis before = diagnoser.diagnose(plain);
        Diagnosis withK = diagnoser.diagnose(plain.withAccuracy(AccuracyCurves.classesOnly(k)));

        assertThat(withK.title()).isEqualTo(before.title());
        assertThat(withK.bestEpoch()).isEqualTo(before.bestEpoch());
        assertThat(withK.evidence()).containsAllEntriesOf(before.evidence()).containsKey("chanceLoss");
    }

    @Test
    void repeatsAverageTheAccuracyCurves() {
        CurveInput a = ClassifierCurves.accuracyStillRising();
        CurveInput b = ClassifierCurves.accuracyStillRising();
        RepeatDiagnosis r = RepeatDiagnosis.of(java.util.List.of(a, b));

        assertThat(r.meanCurve().title()).isEqualTo("UNDERFIT (STILL_IMPROVING)");
        assertThat(RepeatDiagnosis.meanOf(java.util.List.of(a, b), N).accuracy().orElseThrow().val())
                .containsExactly(a.accuracy().orElseThrow().val(), within(1e-12));
    }
}
