package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;

/**
 * Labels that were wrong on real runs (issue 12), each with a curve built to reproduce it and, for
 * the Adam lr = 3 run, the real curve (DL4J, seed 1, written by {@code train}).
 */
class WrongLabelsTest {

    private final CurveDiagnoser diagnoser = new CurveDiagnoser();

    /**
     * Adam lr = 3 on demo:seasonal collapses to a constant output: training loss explodes to 112,
     * then settles flat at 0.045; validation sits at the training-mean forecast's loss.
     */
    @Test
    void neverCallsARealRunAtTheTrainingMeanBaselineAGoodFit() throws IOException {
        LossCurve curve = CurveReaders.parseKerasCsv(resource("adam-lr3-seasonal.csv"), "adam-lr3-seasonal.csv");
        Baselines b = DataPipeline.prepare(DemoDatasets.recommendedSpec("seasonal")).baselines();
        CurveInput in = curve.toCurveInput().withNaiveBaseline(b.persistenceMse()).withMeanBaseline(b.meanMse());

        Diagnosis d = diagnoser.diagnose(in);

        assertThat(d.title()).as(d.describe()).isEqualTo("UNDERFIT (CAPACITY)");
        // its best validation loss is the training-mean forecast's, to 0.1%
        assertThat(d.evidence().get("bestToMeanBaseline")).isCloseTo(1.0, within(0.01));
        // ...although it beats persistence by half: that baseline alone let it pass as a good fit
        assertThat(d.evidence().get("baselineRatio")).isCloseTo(0.496, within(0.001));
        assertThat(d.suggestion()).contains("no better than always predicting the training mean")
                .contains("Lower the learning rate");
    }

    /**
     * The numbers: best validation loss exactly the training-mean baseline, validation up
     * 14.5% at the end while training is flat (so no overfitting rise), labelled "good fit" 0.70.
     */
    @Test
    void neverCallsACurveNoBetterThanTheTrainingMeanAGoodFit() {
        double baseline = 0.0283;
        double[] train = Curves.curve(80, t -> t <= 4 ? 60.0 : 0.030 + 5 * Math.exp(-(t - 4) / 1.5)
                + 0.00002 * t + 0.0004 * Math.sin(t));
        double[] val = Curves.curve(80, t -> t <= 4 ? 60.0 : baseline * (1 + 0.6 * Math.exp(-(t - 4) / 8.0))
                * (t > 59 ? 1 + 0.145 * (t - 59) / 21.0 : 1));
        val[58] = baseline; // the minimum, at epoch 59, is the baseline itself
        CurveInput in = CurveInput.of(train, val).withMeanBaseline(baseline);

        Diagnosis d = diagnoser.diagnose(in);

        assertThat(d.label()).as(d.describe()).isNotEqualTo(FitLabel.GOOD_FIT);
        assertThat(d.title()).isEqualTo("UNDERFIT (CAPACITY)");
        assertThat(d.bestEpoch()).isEqualTo(59);
        assertThat(d.evidence().get("bestToMeanBaseline")).isEqualTo(1.0);
        // the same curves without the baseline known: the rule is what changed the label
        assertThat(diagnoser.diagnose(CurveInput.of(train, val)).label()).isEqualTo(FitLabel.GOOD_FIT);
    }

    /** Validation ends 12x above a flat training loss, both flat: the seed's capacity underfit (8.2.3). */
    @Test
    void labelsTrainingFlatFarBelowFlatValidationCapacityUnderfit() {
        double[] train = Curves.curve(100, t -> 0.01 + 0.5 * Math.exp(-t / 4.0));
        double[] val = Curves.curve(100, t -> 0.12 + 0.5 * Math.exp(-t / 4.0));

        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, val));

        assertThat(d.title()).as(d.describe()).isEqualTo("UNDERFIT (CAPACITY)");
        assertThat(d.evidence().get("gapRatio")).isCloseTo(11.0, within(0.01));
        assertThat(d.suggestion()).doesNotContain("small gap").contains("far below validation loss");
    }

    /**
     * A repeat's mean curve with gap ratio 0.44 (a medium gap, up to 1) whose validation loss still falls 2.6% over the
     * end window with |t| far above 3 (but less than 5% of its whole fall): not a "small gap" good
     * fit, it is still improving.
     */
    @Test
    void labelsAMediumGapWithValidationStillFallingStillImproving() {
        double[] train = Curves.curve(200, t -> 0.10 + 2.0 * Math.exp(-t / 6.0));
        double[] val = Curves.curve(200, t -> 0.13 + 2.0 * Math.exp(-t / 6.0) + 0.05 * Math.exp(-t / 150.0));

        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, val));

        assertThat(d.evidence().get("gapRatio")).isCloseTo(0.44, within(0.02));
        assertThat(-d.evidence().get("valEndSlope")).isGreaterThan(Thresholds.STILL_IMPROVING_MIN_DROP);
        assertThat(-d.evidence().get("valEndShare")).isLessThan(Thresholds.STILL_IMPROVING_MIN_SHARE);
        assertThat(d.title()).as(d.describe()).isEqualTo("UNDERFIT (STILL_IMPROVING)");
        assertThat(d.suggestion()).doesNotContain("small gap");
    }

    @Test
    void saysMediumGapGoodFitsAreNotSmallGaps() {
        double[] train = Curves.decay(100, 0.10, 5);
        double[] val = Curves.decay(100, 0.16, 5);

        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, val));

        assertThat(d.label()).as(d.describe()).isEqualTo(FitLabel.GOOD_FIT);
        assertThat(d.evidence().get("gapRatio")).isCloseTo(0.6, within(0.01));
        assertThat(d.confidence()).isCloseTo(0.6, within(1e-9));
        assertThat(d.suggestion()).doesNotContain("small gap").contains("clearly above training loss");
    }

    /**
     * The CNN-LSTM and encoder-decoder presets on demo:seasonal (lags 24, horizon 6; the real curves
     * of {@code train}, seed 1) end with validation at the training-mean forecast's loss and below
     * training loss throughout: a near-constant model on a validation part that varies less. They
     * were labelled DATA_MISMATCH ("check the split for leakage"); they learnt nothing a constant
     * could not, and the label must say that.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cnn-lstm-preset-seasonal.csv", "encoder-decoder-preset-seasonal.csv"})
    void neverCallsAPresetAtTheTrainingMeanBaselineADataMismatch(String file) throws IOException {
        LossCurve curve = CurveReaders.parseHistoryCsv(resource(file), file);
        Baselines b = DataPipeline.prepare(DemoDatasets.recommendedSpec("seasonal").toBuilder().lags(24).horizon(6)
                .build()).baselines();
        CurveInput in = curve.toCurveInput().withNaiveBaseline(b.persistenceMse()).withMeanBaseline(b.meanMse());

        Diagnosis d = diagnoser.diagnose(in);

        assertThat(d.label()).as(d.describe()).isNotEqualTo(FitLabel.DATA_MISMATCH);
        assertThat(d.title()).isEqualTo("UNDERFIT (CAPACITY)");
        assertThat(d.evidence().get("bestToMeanBaseline")).isGreaterThan(1 - Thresholds.BASELINE_MIN_GAIN);
        // the mismatch rule's evidence is there: it is what the old order acted on
        assertThat(d.evidence().get("valBelowTrainShare")).isGreaterThanOrEqualTo(Thresholds.VAL_BELOW_SHARE);
        assertThat(d.verdict()).contains("always predicting the training mean").contains("no sign of leakage");
        assertThat(d.suggestion()).contains("no better than always predicting the training mean")
                .contains("Lower the learning rate");
    }

    /**
     * The chart's "best 16" beside the diagnosis's "best validation epoch 50": the chart marks the
     * lowest raw validation loss, the diagnosis the raw minimum near the smoothed minimum. A single
     * dip at epoch 16, below a curve that keeps sinking slowly to its end at epoch 50, sets the one
     * and not the other; the verdict must say both.
     */
    @Test
    void saysWhyTheChartsBestEpochDiffersFromTheDiagnosis() {
        double[] train = Curves.curve(50, t -> 0.030 + 0.02 * Math.exp(-t / 5.0));
        double[] val = Curves.curve(50, t -> 0.036 - 0.00004 * t);
        val[15] -= 0.002; // 0.03336: below the end's 0.0340, too brief to move the smoothed curve's minimum

        Diagnosis d = diagnoser.diagnose(CurveInput.of(train, val));

        assertThat(d.bestEpoch()).as(d.describe()).isEqualTo(50);
        assertThat(d.evidence().get("lowestValEpoch")).isEqualTo(16.0);
        assertThat(d.verdict()).contains("The single lowest validation loss came at epoch 16 (the chart's best "
                + "marker, and the weights early stopping restores); the diagnosis judges the smoothed curve, lowest "
                + "around epoch 50");
        // without the dip both are epoch 50, and nothing needs saying
        Diagnosis plain = diagnoser.diagnose(CurveInput.of(train, Curves.curve(50, t -> 0.036 - 0.00004 * t)));
        assertThat(plain.bestEpoch()).isEqualTo(50);
        assertThat(plain.evidence()).doesNotContainKey("lowestValEpoch");
        assertThat(plain.verdict()).doesNotContain("single lowest");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WrongLabelsTest.class.getResourceAsStream("/diagnosis/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
