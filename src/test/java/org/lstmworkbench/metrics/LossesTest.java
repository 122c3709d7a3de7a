package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LossesTest {

    private static final double[] PRED = {1, 2, 3};
    private static final double[] ACTUAL = {1, 2, 5};

    @Test
    void computesMseMaeRmseOfVectors() {
        assertThat(Losses.mse(PRED, ACTUAL)).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(Losses.mae(PRED, ACTUAL)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(Losses.rmse(PRED, ACTUAL)).isCloseTo(Math.sqrt(4.0 / 3), within(1e-12));
    }

    @Test
    void computesLossesOverEveryCellOfMatrices() {
        double[][] p = {{1, 2}, {3, 4}};
        double[][] a = {{1, 2}, {3, 6}};
        assertThat(Losses.mse(p, a)).isCloseTo(1.0, within(1e-12));
        assertThat(Losses.mae(p, a)).isCloseTo(0.5, within(1e-12));
        assertThat(Losses.rmse(p, a)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void namesBothLengthsWhenVectorsDiffer() {
        assertThatThrownBy(() -> Losses.mse(PRED, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 predictions vs 2 actual values");
    }

    @Test
    void namesTheRowWhenMatrixColumnsDiffer() {
        assertThatThrownBy(() -> Losses.mae(new double[][] {{1, 2}, {3, 4}}, new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1").hasMessageContaining("2 vs 1");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> Losses.rmse(new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero values");
    }
}
