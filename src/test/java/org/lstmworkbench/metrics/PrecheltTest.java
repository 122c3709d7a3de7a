package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrecheltTest {

    private static final double[] VAL = {1.0, 0.8, 0.9, 0.7, 0.84};
    private static final double[] TRAIN = {4, 2, 1, 1, 1};

    @Test
    void bestSoFarIsTheRunningMinimum() {
        assertThat(Prechelt.bestSoFar(VAL)).containsExactly(1.0, 0.8, 0.8, 0.7, 0.7);
    }

    @Test
    void generalizationLossIsPercentAboveTheBestSoFar() {
        assertThat(Prechelt.generalizationLoss(VAL)).containsExactly(
                new double[] {0, 0, 12.5, 0, 20}, within(1e-9));
    }

    @Test
    void trainingProgressIsPerMilleOfStripMeanOverStripMinimum() {
        double[] p = Prechelt.trainingProgress(TRAIN, 2);
        assertThat(p[0]).isNaN();
        assertThat(p[1]).isCloseTo(500, within(1e-9)); // (4+2)/(2*2) - 1 = 0.5
        assertThat(p[2]).isCloseTo(500, within(1e-9)); // (2+1)/(2*1) - 1 = 0.5
        assertThat(p[3]).isCloseTo(0, within(1e-9));
        assertThat(p[4]).isCloseTo(0, within(1e-9));
    }

    @Test
    void progressQuotientDividesGeneralizationLossByProgress() {
        double[] pq = Prechelt.progressQuotient(TRAIN, VAL, 2);
        assertThat(pq[1]).isZero();
        assertThat(pq[2]).isCloseTo(12.5 / 500, within(1e-12));
        assertThat(pq[3]).isZero();
        assertThat(pq[4]).isInfinite(); // GL 20 with training stalled: P_2 = 0
    }

    @Test
    void upCountsRisesAtTheEndsOfSuccessiveStrips() {
        // strip ends (k=2) at epochs 2, 4, 6, 8 hold 0.5, 0.4, 0.6, 0.7
        double[] val = {1.0, 0.5, 0.45, 0.4, 0.42, 0.6, 0.5, 0.7};
        assertThat(Prechelt.upStrips(val, 4, 1, 2)).isFalse();
        assertThat(Prechelt.upStrips(val, 6, 1, 2)).isTrue();
        assertThat(Prechelt.upStrips(val, 7, 1, 2)).isFalse();
        assertThat(Prechelt.upStrips(val, 6, 2, 2)).isFalse();
        assertThat(Prechelt.upStrips(val, 8, 2, 2)).isTrue();
        assertThat(Prechelt.upStrips(val, 8, 3, 2)).isFalse();
    }
}
