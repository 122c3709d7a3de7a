package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeometricBandTest {

    @Test
    void isTheMeanAndStdOfTheLogarithms() {
        // epoch 1: 0.01, 0.1, 1 -> logs -4.605, -2.303, 0: mean -2.303 (0.1), sample std 2.303 (factor 10)
        GeometricBand b = GeometricBand.of(List.of(new double[] {0.01, 2}, new double[] {0.1, 2},
                new double[] {1, 2}));
        assertThat(b.mean()[0]).isCloseTo(0.1, within(1e-12));
        assertThat(b.factor()[0]).isCloseTo(10, within(1e-9));
        assertThat(b.mean()[1]).isCloseTo(2, within(1e-12));
        assertThat(b.factor()[1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void staysAboveZeroWhereTheArithmeticBandDoesNot() {
        List<double[]> runs = List.of(new double[] {0.01}, new double[] {0.1}, new double[] {1});
        MeanBand linear = MeanBand.of(runs);
        // mean 0.37, std 0.546: mean - std is negative, the floor of a log axis
        assertThat(linear.mean()[0] - linear.std()[0]).isNegative();
        GeometricBand log = GeometricBand.of(runs);
        assertThat(log.mean()[0] / log.factor()[0]).isCloseTo(0.01, within(1e-12));
        assertThat(log.mean()[0] * log.factor()[0]).isCloseTo(1, within(1e-9));
    }

    @Test
    void leavesOutValuesWithoutALogarithm() {
        GeometricBand b = GeometricBand.of(List.of(new double[] {0}, new double[] {Double.NaN},
                new double[] {0.5}));
        assertThat(b.mean()[0]).isEqualTo(0.5);
        assertThat(b.factor()[0]).isEqualTo(1);
    }

    @Test
    void logNormalKeepsTheArithmeticMeanAndStd() {
        // a log-normal with mu, sigma has mean exp(mu + sigma^2/2) and variance (exp(sigma^2) - 1) exp(2mu + sigma^2)
        double mu = Math.log(0.2);
        double sigma = 0.8;
        double m = Math.exp(mu + sigma * sigma / 2);
        double s = Math.sqrt((Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma));
        GeometricBand b = GeometricBand.logNormal(new double[] {m}, new double[] {s});
        assertThat(b.mean()[0]).isCloseTo(0.2, within(1e-12));
        assertThat(b.factor()[0]).isCloseTo(Math.exp(0.8), within(1e-12));
    }
}
