package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmoothingAndRegressionTest {

    @Test
    void debiasedEmaStartsAtTheFirstValueInsteadOfZero() {
        double[] s = Smoothing.ema(new double[] {1, 2, 3}, 0.5);
        assertThat(s[0]).isCloseTo(1.0, within(1e-12));
        assertThat(s[1]).isCloseTo(1.25 / 0.75, within(1e-12));
        assertThat(s[2]).isCloseTo(2.125 / 0.875, within(1e-12));
    }

    @Test
    void emaSkipsNonFiniteValuesAndKeepsThemVisible() {
        double[] s = Smoothing.ema(new double[] {1, Double.NaN, 2, Double.POSITIVE_INFINITY}, 0.5);
        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[1]).isNaN();
        assertThat(s[2]).isCloseTo(1.25 / 0.75, within(1e-12));
        assertThat(s[3]).isInfinite();
    }

    @Test
    void emaWithWeightZeroReturnsTheCurve() {
        assertThat(Smoothing.ema(new double[] {3, 1, 2}, 0)).containsExactly(3, 1, 2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, Double.NaN})
    void rejectsWeightsOutsideZeroToOne(double weight) {
        assertThatThrownBy(() -> Smoothing.ema(new double[] {1}, weight))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(weight));
    }

    @Test
    void fitsTheSlopeOfALine() {
        assertThat(Regression.slope(new double[] {0, 2, 4, 6}, 0, 4)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void endSlopeLooksOnlyAtTheLastWindow() {
        assertThat(Regression.endSlope(new double[] {5, 5, 5, 1, 2, 3}, 3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void slopeLeavesOutNonFinitePoints() {
        assertThat(Regression.slope(new double[] {0, Double.NaN, 2}, 0, 3)).isCloseTo(1.0, within(1e-12));
        assertThat(Regression.slope(new double[] {Double.NaN, 1}, 0, 2)).isNaN();
    }
}
