package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictsTest {

    private final CurveDiagnoser diagnoser = new CurveDiagnoser();

    private static Map<String, Double> evidence(Object... keyValues) {
        Map<String, Double> e = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            e.put((String) keyValues[i], ((Number) keyValues[i + 1]).doubleValue());
        }
        return e;
    }

    @Test
    void saysWhereValidationWasLowestAndHowFarItRoseSince() {
        Diagnosis d = new Diagnosis(FitLabel.OVERFIT, null, 0.9, 612,
                evidence("epochs", 1200, "endWindow", 240, "glEnd", 14.3, "gapRatio", 0.8), "stop there");
        assertThat(d.verdict()).isEqualTo("Validation loss was lowest at epoch 612 and has risen 14% since, while "
                + "training loss kept falling. At the end validation loss is 80% above training loss (not a small gap).");
    }

    @Test
    void saysALargeRiseAsAMultipleOfTheBest() {
        Diagnosis d = new Diagnosis(FitLabel.OVERFIT, null, 1, 703,
                evidence("epochs", 1400, "endWindow", 280, "glEnd", 4301.48, "gapRatio", 118.4), "stop there");
        assertThat(d.verdict()).isEqualTo("Validation loss was lowest at epoch 703 and has risen to 44× its lowest "
                + "value since, while training loss kept falling. At the end validation loss is 119× the training "
                + "loss (a large gap).");
    }

    @Test
    void saysAStillFallingCurveFellHowMuchOverTheEndWindow() {
        Diagnosis d = new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING, 0.8, 100,
                evidence("epochs", 100, "endWindow", 20, "valEndSlope", -0.034, "valEndT", -12.04,
                        "relImprovement", 0.871, "gapRatio", 0.1), "more epochs");
        assertThat(d.verdict()).isEqualTo("Validation loss was still falling at the end: 3.4% over the last 20 "
                + "epochs, a clear trend (t = -12.0). Over the whole run it fell 87%.");
    }

    @Test
    void saysACurveAtTheTrainingMeanDoesNoBetterThanAConstant() {
        Diagnosis d = new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY, 0.9, 59,
                evidence("epochs", 80, "glEnd", 14.5, "bestToMeanBaseline", 1.0, "baselineRatio", 0.5), "lower the rate");
        assertThat(d.verdict()).isEqualTo("The best validation loss equals the loss of always predicting the "
                + "training mean: the model does no better than a constant. By the end validation loss had risen "
                + "15% above that best.");
    }

    @Test
    void saysTrainingIsFarBetterThanValidationWhenBothLevelledOff() {
        Diagnosis d = new Diagnosis(FitLabel.UNDERFIT, UnderfitKind.CAPACITY, 0.9, 100,
                evidence("epochs", 100, "endWindow", 20, "valEndSlope", -0.002, "gapRatio", 11.0), "capacity");
        assertThat(d.verdict()).isEqualTo("Both curves levelled off, with validation loss 12× the training loss at "
                + "the end. Training is far better than validation, and validation moved only 0.2% over the last 20 "
                + "epochs.");
    }

    @Test
    void saysAGoodFitsFallGapAndPersistenceMargin() {
        Diagnosis d = new Diagnosis(FitLabel.GOOD_FIT, null, 0.9, 790,
                evidence("epochs", 800, "endWindow", 160, "trainRelImprovement", 0.9995, "relImprovement", 0.98,
                        "valEndSlope", -0.004, "valEndShare", -0.004, "epochsAfterBest", 10, "gapRatio", 0.12,
                        "baselineRatio", 0.6), "keep");
        assertThat(d.verdict()).isEqualTo("Both curves fell and levelled off: training loss fell 99.95% and "
                + "validation loss 98%, and over the last 160 epochs validation moved only 0.4% of its whole fall. "
                + "At the end validation loss is 12% above training loss (a small gap). It ends 40% below the "
                + "persistence forecast's loss.");
    }

    @Test
    void namesTheEpochALossBecameNaN() {
        Diagnosis d = new Diagnosis(FitLabel.DIVERGED, null, 1, 2, evidence("firstNonFiniteEpoch", 3, "epochs", 60),
                "lower the rate");
        assertThat(d.verdict()).isEqualTo("The loss became NaN or infinite at epoch 3 of 60: training broke down.");
    }

    @Test
    void saysValidationBelowTrainingForMostEpochs() {
        Diagnosis d = diagnoser.diagnose(Curves.valBelowTrain());
        assertThat(d.verdict()).startsWith("Validation loss stayed more than 10% below training loss on ")
                .endsWith("of the epochs, with no dropout or noise to explain it.");
    }

    static Stream<Arguments> everyLabel() {
        return Stream.of(Arguments.of(Curves.goodFit()), Arguments.of(Curves.stillImproving()),
                Arguments.of(Curves.capacity()), Arguments.of(Curves.overfit()), Arguments.of(Curves.notLearning()),
                Arguments.of(Curves.divergedRising()), Arguments.of(Curves.trainRisesValFalls()),
                Arguments.of(Curves.valBelowTrain()), Arguments.of(CurveInput.of(Curves.decay(5, 0.1, 2), null)),
                Arguments.of(CurveInput.of(Curves.decay(60, 0.1, 30), null)),
                Arguments.of(Curves.goodFit().withNaiveBaseline(0.115)));
    }

    @ParameterizedTest
    @MethodSource("everyLabel")
    void writesTwoOrThreeSentencesWithNumbersAndNoRawNames(CurveInput in) {
        Diagnosis d = diagnoser.diagnose(in);
        String v = d.verdict();
        int sentences = v.split("\\.\\s+(?=[A-Z])").length;
        assertThat(sentences).as(v).isBetween(1, 4);
        assertThat(v).as(v).containsPattern("\\d").doesNotContain("NaN").doesNotContain("glEnd")
                .doesNotContain("gapRatio").doesNotContain("valEnd");
        assertThat(d.describe()).contains(v).contains("next: " + d.suggestion());
    }

    @Test
    void coversEveryEvidenceKeyTheLabellerWritesWithAReadableName() {
        List<CurveInput> inputs = Stream.concat(everyLabel().map(a -> (CurveInput) a.get()[0]),
                Stream.of(Curves.goodFit().withExpectedInitialLoss(0.5).withMeanBaseline(0.2),
                        ClassifierCurves.stuckAtChance(2), ClassifierCurves.overfitWhileAccuracyRises(),
                        ClassifierCurves.accuracyStillRising(), ClassifierCurves.valAccuracyAboveTrain(),
                        ClassifierCurves.plateauAtMajorityShare())).toList();
        for (CurveInput in : inputs) {
            for (String key : diagnoser.diagnose(in).evidence().keySet()) {
                assertThat(EvidenceTerms.of(key)).as(key).isPresent();
                assertThat(EvidenceTerms.of(key).orElseThrow().name()).as(key).doesNotMatch(".*[a-z][A-Z].*");
            }
        }
    }

    @Test
    void formatsEvidenceInItsUnit() {
        assertThat(EvidenceTerms.describe("glEnd").format(14.47)).isEqualTo("14%");
        assertThat(EvidenceTerms.describe("gapRatio").format(0.44)).isEqualTo("44%");
        assertThat(EvidenceTerms.describe("valEndSlope").format(-0.034)).isEqualTo("-3.4%");
        assertThat(EvidenceTerms.describe("epochsAfterBest").format(21)).isEqualTo("21 epochs");
        assertThat(EvidenceTerms.describe("valEndT").format(-12.04)).isEqualTo("t = -12.0");
        assertThat(EvidenceTerms.describe("bestToMeanBaseline").format(0.9998)).isEqualTo("1.00×");
    }

    @Test
    void aClassifierGroupGivesItsMeanFinalAccuracies() {
        RepeatDiagnosis r = RepeatDiagnosis.of(List.of(ClassifierCurves.stuckAtChance(2),
                ClassifierCurves.stuckAtChance(2)));
        assertThat(Verdicts.group(r)).containsPattern("Mean final accuracy: validation \\d+(\\.\\d)?%, training "
                + "\\d+(\\.\\d)?% \\(chance 50%\\)\\.");
    }

    @Test
    void summarisesARepeatGroupInWords() {
        RepeatDiagnosis r = RepeatDiagnosis.of(List.of(Curves.overfit(), Curves.overfit(), Curves.goodFit()));
        assertThat(Verdicts.group(r)).startsWith("2 of 3 runs: Overfit; 1 of 3: Good fit. The mean curve of the 3 "
                + "runs: ").doesNotContain("GOOD_FIT").doesNotContain("OVERFIT");
    }
}
