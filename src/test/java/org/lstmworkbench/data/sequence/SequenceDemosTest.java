package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SequenceDemosTest {

    private static final SequenceDataset CHARTS = SequenceDemos.controlCharts(SequenceDemos.DEFAULT_SEED);

    private static java.util.List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    /** Least-squares slope of y against t = 1..n. */
    private static double slope(double[] y) {
        double tMean = (y.length + 1) / 2.0;
        double yMean = mean(y);
        double num = 0;
        double den = 0;
        for (int t = 1; t <= y.length; t++) {
            num += (t - tMean) * (y[t - 1] - yMean);
            den += (t - tMean) * (t - tMean);
        }
        return num / den;
    }

    private static double[] classStat(String label, java.util.function.ToDoubleFunction<double[]> stat) {
        int k = CHARTS.classes().indexOf(label);
        return Arrays.stream(CHARTS.indicesOfClass(k)).mapToDouble(i -> stat.applyAsDouble(CHARTS.sequence(i).feature(0)))
                .toArray();
    }

    @Test
    void controlChartsHaveSixClassesOfOneHundredSixtyStepSequences() {
        assertThat(CHARTS.size()).isEqualTo(600);
        assertThat(CHARTS.featureCount()).isEqualTo(1);
        assertThat(CHARTS.minLength()).isEqualTo(60);
        assertThat(CHARTS.maxLength()).isEqualTo(60);
        assertThat(CHARTS.classes().names()).containsExactly("cyclic", "decreasing-trend", "downward-shift",
                "increasing-trend", "normal", "upward-shift");
        assertThat(CHARTS.classes().counts()).containsExactly(100, 100, 100, 100, 100, 100);
        assertThat(CHARTS.sequence(0).label()).isEqualTo("normal");
        assertThat(CHARTS.sequence(599).label()).isEqualTo("downward-shift");
        assertThat(CHARTS.sequence(599).id()).isEqualTo("600");
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        SequenceDataset again = SequenceDemos.controlCharts(SequenceDemos.DEFAULT_SEED);
        assertThat(again.sequences()).isEqualTo(CHARTS.sequences());
        assertThat(SequenceDemos.controlCharts(7).sequence(0)).isNotEqualTo(CHARTS.sequence(0));
        assertThat(SequenceDemos.load("demo:control-charts").sequences()).isEqualTo(CHARTS.sequences());
    }

    @Test
    void normalChartsScatterAroundThirtyWithinSixAndHaveNoSlope() {
        double[] means = classStat("normal", SequenceDemosTest::mean);
        assertThat(mean(means)).isBetween(29.7, 30.3);
        int k = CHARTS.classes().indexOf("normal");
        for (int i : CHARTS.indicesOfClass(k)) {
            assertThat(boxed(CHARTS.sequence(i).feature(0))).allSatisfy(v -> assertThat(v).isBetween(24.0, 36.0));
        }
        assertThat(mean(classStat("normal", SequenceDemosTest::slope))).isBetween(-0.02, 0.02);
    }

    @Test
    void trendSlopesFollowTheGradientRange() {
        double[] rising = classStat("increasing-trend", SequenceDemosTest::slope);
        double[] falling = classStat("decreasing-trend", SequenceDemosTest::slope);
        // g is uniform in [0.2, 0.5]: the mean fitted slope near 0.35; noise (sd 3.5) moves one
        // chart's fitted slope by about 0.03
        assertThat(mean(rising)).isBetween(0.32, 0.38);
        assertThat(boxed(rising)).allSatisfy(s -> assertThat(s).isBetween(0.1, 0.6));
        assertThat(mean(falling)).isBetween(-0.38, -0.32);
        assertThat(boxed(falling)).allSatisfy(s -> assertThat(s).isBetween(-0.6, -0.1));
    }

    @Test
    void shiftsMoveTheLastThirdByTheShiftMagnitude() {
        // t3 lies in [20, 40]: steps 1..19 are unshifted, steps 41..60 shifted by x in [7.5, 20]
        java.util.function.ToDoubleFunction<double[]> jump = y -> mean(Arrays.copyOfRange(y, 40, 60))
                - mean(Arrays.copyOfRange(y, 0, 19));
        double[] up = classStat("upward-shift", jump);
        double[] down = classStat("downward-shift", jump);
        assertThat(mean(up)).isBetween(12.5, 15.0);
        assertThat(boxed(up)).allSatisfy(d -> assertThat(d).isBetween(4.5, 23.0));
        assertThat(mean(down)).isBetween(-15.0, -12.5);
    }

    @Test
    void cyclicChartsSwingWiderThanNormalOnes() {
        java.util.function.ToDoubleFunction<double[]> range = y -> Arrays.stream(y).max().orElseThrow()
                - Arrays.stream(y).min().orElseThrow();
        // amplitude a in [10, 15] swings 20..30 plus noise; normal charts stay within 12
        assertThat(boxed(classStat("cyclic", range))).allSatisfy(r -> assertThat(r).isGreaterThan(18.0));
        assertThat(boxed(classStat("normal", range))).allSatisfy(r -> assertThat(r).isLessThanOrEqualTo(12.0));
    }

    @Test
    void risingFallingIsABalancedVariableLengthTwoClassSet() {
        SequenceDataset d = SequenceDemos.risingFalling(SequenceDemos.DEFAULT_SEED);
        assertThat(d.classes().names()).containsExactly("falling", "rising");
        assertThat(d.classes().counts()).containsExactly(50, 50);
        assertThat(d.minLength()).isEqualTo(5);
        assertThat(d.maxLength()).isEqualTo(10);
        int rising = d.classes().indexOf("rising");
        for (int i = 0; i < d.size(); i++) {
            double[] y = d.sequence(i).feature(0);
            double change = y[y.length - 1] - y[0];
            assertThat(d.labelIndex(i) == rising ? change : -change).isPositive();
        }
    }
}
