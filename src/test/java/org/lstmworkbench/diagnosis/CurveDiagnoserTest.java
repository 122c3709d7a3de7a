package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstmworkbench.diagnosis.Curves.N;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CurveDiagnoserTest {

    private final CurveDiagnoser diagnoser = new CurveDiagnoser();

    static Stream<Arguments> labelledCurves() {
        return Stream.of(
                Arguments.of("good fit", Curves.goodFit(), FitLabel.GOOD_FIT, null),
                Arguments.of("still improving", Curves.stillImproving(), FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING),
                Arguments.of("flat and high", Curves.capacity(), FitLabel.UNDERFIT, UnderfitKind.CAPACITY),
                Arguments.of("U-shaped validation", Curves.overfit(), FitLabel.OVERFIT, null),
                Arguments.of("flat at ln 2", Curves.notLearning(), FitLabel.NOT_LEARNING, null),
                Arguments.of("training rising", Curves.divergedRising(), FitLabel.DIVERGED, null),
                Arguments.of("training up, validation down", Curves.trainRisesValFalls(), FitLabel.DATA_MISMATCH, null),
                Arguments.of("validation below training", Curves.valBelowTrain(), FitLabel.DATA_MISMATCH, null));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("labelledCurves")
    void labelsEachPattern(String name, CurveInput input, FitLabel label, UnderfitKind kind) {
        Diagnosis d = diagnoser.diagnose(input);
        assertThat(d.label()).as(d.describe()).isEqualTo(label);
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.confidence()).isBetween(0.5, 1.0);
    }

    static Stream<Arguments> labelledCurvesAtScales() {
        return labelledCurves().flatMap(a -> Stream.of(1e-6, 1e3)
                .map(s -> Arguments.of(a.get()[0], a.get()[1], s)));
    }

    @ParameterizedTest(name = "{0} x {2}")
    @MethodSource("labelledCurvesAtScales")
    void givesTheSameLabelAndBestEpochWhateverTheLossScale(String name, CurveInput input, double scale) {
        Diagnosis plain = diagnoser.diagnose(input);
        Diagnosis scaled = diagnoser.diagnose(CurveInput.of(Curves.scaled(input.train(), scale),
                Curves.scaled(input.val(), scale)));
        assertThat(scaled.title()).isEqualTo(plain.title());
        assertThat(scaled.bestEpoch()).isEqualTo(plain.bestEpoch());
        assertThat(scaled.confidence()).isCloseTo(plain.confidence(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void reportsTheEpochOfTheValidationMinimumWhenOverfitting() {
        Diagnosis d = diagnoser.diagnose(Curves.overfit());
        assertThat(d.bestEpoch()).isEqualTo(21);
        assertThat(d.suggestion()).contains("epoch 21");
        assertThat(d.evidence().get("glEnd")).isGreaterThan(Thresholds.OVERFIT_GL);
    }

    @Test
    void doesNotCallALateHalfPercentRiseOverfitting() {
        double[] val = Curves.decay(N, 0.12, 5);
        val[N - 3] *= 1.0017;
        val[N - 2] *= 1.0033;
        val[N - 1] *= 1.005;
        Diagnosis d = diagnoser.diagnose(CurveInput.of(Curves.decay(N, 0.10, 5), val));
        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.GOOD_FIT);
        assertThat(d.evidence().get("glEnd")).isLessThan(1.0);
    }

    @Test
    void labelsNanAtEpochThreeDivergedAndNamesTheEpoch() {
        double[] train = Curves.decay(20, 0.1, 5);
        train[2] = Double.NaN;
        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, Curves.decay(20, 0.12, 5)));
        assertThat(d.label()).isEqualTo(FitLabel.DIVERGED);
        assertThat(d.evidence().get("firstNonFiniteEpoch")).isEqualTo(3.0);
        assertThat(d.suggestion()).contains("learning rate");
    }

    @Test
    void labelsAConstantLossNotLearning() {
        double[] flat = new double[30];
        java.util.Arrays.fill(flat, 0.5);
        Diagnosis d = diagnoser.diagnose(CurveInput.of(flat, flat));
        assertThat(d.label()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(d.evidence().get("trainRelImprovement")).isEqualTo(0.0);
    }

    @Test
    void labelsOneEpochTooEarly() {
        Diagnosis d = diagnoser.diagnose(CurveInput.of(new double[] {0.7}, new double[] {0.8}));
        assertThat(d.label()).isEqualTo(FitLabel.TOO_EARLY);
        assertThat(d.bestEpoch()).isEqualTo(1);
    }

    @Test
    void labelsNineEpochsTooEarlyButTenJudged() {
        assertThat(diagnoser.diagnose(CurveInput.of(Curves.decay(9, 0.1, 2), Curves.decay(9, 0.12, 2))).label())
                .isEqualTo(FitLabel.TOO_EARLY);
        assertThat(diagnoser.diagnose(CurveInput.of(Curves.decay(10, 0.1, 2), Curves.decay(10, 0.12, 2))).label())
                .isNotEqualTo(FitLabel.TOO_EARLY);
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void labelsANoisyPlateauGoodFitNotOverOrUnderfit(int seed) {
        Random random = new Random(seed);
        double[] train = Curves.noisy(Curves.decay(100, 0.10, 5), 0.05, random);
        double[] val = Curves.noisy(Curves.decay(100, 0.12, 5), 0.05, random);
        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, val));
        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.GOOD_FIT);
    }

    @Test
    void labelsFlatCurvesCapacityWhenNoBetterThanTheNaiveBaseline() {
        Diagnosis d = diagnoser.diagnose(Curves.goodFit().withNaiveBaseline(0.115));
        assertThat(d.title()).isEqualTo("UNDERFIT (CAPACITY)");
        assertThat(d.evidence().get("baselineRatio")).isGreaterThan(1.0);
    }

    @Test
    void acceptsValidationBelowTrainingWhenDropoutExplainsIt() {
        Diagnosis d = diagnoser.diagnose(Curves.valBelowTrain().withRegularisation(true));
        assertThat(d.label()).isEqualTo(FitLabel.GOOD_FIT);
    }

    @Test
    void labelsTrainingThatEndsAtTheExpectedInitialLossNotLearning() {
        double[] train = Curves.curve(N, t -> Math.log(2) * (1 + Math.exp(-t / 3.0)));
        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, train).withExpectedInitialLoss(Math.log(2)));
        assertThat(d.label()).isEqualTo(FitLabel.NOT_LEARNING);
        assertThat(d.evidence().get("endToExpectedInitial")).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void labelsValidationStalledFarAboveFallingTrainingOverfit() {
        CurveInput in = CurveInput.of(Curves.curve(N, t -> Math.exp(-t / 15.0)),
                Curves.curve(N, t -> 0.3 + 0.5 * Math.exp(-t / 5.0)));
        Diagnosis d = diagnoser.diagnose(in);
        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.OVERFIT);
        assertThat(d.evidence().get("gapRatio")).isGreaterThan(Thresholds.OVERFIT_GAP);
    }

    @Test
    void judgesTrainingAloneWhenThereIsNoValidationCurve() {
        Diagnosis d = diagnoser.diagnose(CurveInput.of(Curves.decay(N, 0.1, 30), null));
        assertThat(d.title()).isEqualTo("UNDERFIT (STILL_IMPROVING)");
        assertThat(d.evidence()).doesNotContainKey("glEnd");
    }

    @Test
    void describesLabelBestEpochEvidenceAndSuggestion() {
        String text = diagnoser.diagnose(Curves.overfit()).describe();
        assertThat(text).startsWith("OVERFIT").contains("best epoch: 21").contains("glEnd=")
                .contains("next: Validation loss was lowest at epoch 21");
    }
}
