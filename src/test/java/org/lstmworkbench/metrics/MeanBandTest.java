package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeanBandTest {

    @Test
    void meanAndSampleStdPerEpochOverTheShortestRun() {
        MeanBand b = MeanBand.of(List.of(new double[] {1, 2, 9}, new double[] {3, 4}, new double[] {5, 6}));
        assertThat(b.mean()).containsExactly(3, 4);
        // values 1, 3, 5: sample variance ((-2)^2 + 0 + 2^2) / 2 = 4
        assertThat(b.std()[0]).isCloseTo(2.0, within(1e-12));
        assertThat(b.std()[1]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void leavesNonFiniteValuesOutOfTheirEpoch() {
        MeanBand b = MeanBand.of(List.of(new double[] {1, Double.NaN}, new double[] {3, Double.NaN},
                new double[] {Double.POSITIVE_INFINITY, 4}));
        assertThat(b.mean()[0]).isEqualTo(2.0);
        assertThat(b.std()[0]).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(b.mean()[1]).isEqualTo(4.0);
        assertThat(b.std()[1]).as("one finite value: no spread").isZero();
    }
}
