package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.StoppingKind;

class StoppingRuleTest {

    @Test
    void patienceCountsEpochsWithoutAnImprovementBeyondMinDelta() {
        StoppingRule rule = StoppingRule.patience(2, 0.1);
        assertThat(rule.shouldStop(null, new double[] {1.0, 0.95, 0.92})).isTrue(); // neither beat 1.0 - 0.1
        assertThat(rule.shouldStop(null, new double[] {1.0, 0.85, 0.8})).isFalse(); // 0.85 improved, then 1 wait
        assertThat(rule.shouldStop(null, new double[] {1.0, 0.85, 0.8, 0.79})).isTrue();
    }

    @Test
    void generalisationLossIsThePercentAboveTheBestSoFar() {
        assertThat(StoppingRule.generalisationLoss(new double[] {2.0, 1.0, 1.1})).isCloseTo(10.0, within(1e-9));
        StoppingRule gl5 = StoppingRule.of(EarlyStopping.prechelt(StoppingKind.GL, 5));
        assertThat(gl5.shouldStop(null, new double[] {2.0, 1.0, 1.04})).isFalse();
        assertThat(gl5.shouldStop(null, new double[] {2.0, 1.0, 1.06})).isTrue();
    }

    @Test
    void trainingProgressComparesAStripsMeanToItsMinimum() {
        // strip 1.5, 1.2, 1.0, 1.0, 1.0: mean/min = 5.7/5 = 1.14 -> P_5 = 140
        assertThat(StoppingRule.trainingProgress(new double[] {9, 1.5, 1.2, 1.0, 1.0, 1.0}, 5)).isCloseTo(140, within(1e-9));
    }

    @Test
    void pqStopsWhenGeneralisationLossOutrunsProgressAtAStripEnd() {
        StoppingRule pq = StoppingRule.of(EarlyStopping.prechelt(StoppingKind.PQ, 0.5));
        double[] train = {1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.9, 0.9, 0.9, 0.9};
        // flat strip: P_5 = 0 -> any GL gives an infinite quotient; GL = 100 (1.3/1.0 - 1) = 30
        double[] val = {2, 1.5, 1.2, 1.0, 1.1, 1.1, 1.2, 1.2, 1.2, 1.3};
        assertThat(pq.shouldStop(train, val)).isTrue();
        double[] trainStillFalling = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.5, 0.25, 0.12, 0.06};
        // P_5 = 1000 (1.93/0.3 - 1) = 5433; GL/P = 30/5433 < 0.5
        assertThat(pq.shouldStop(trainStillFalling, val)).isFalse();
        assertThat(pq.shouldStop(train, java.util.Arrays.copyOf(val, 9))).as("not at a strip end").isFalse();
    }

    @Test
    void upCountsSuccessiveRisingStrips() {
        double[] val = new double[15];
        for (int i = 0; i < 15; i++) {
            val[i] = i < 5 ? 1.0 - i * 0.1 : 0.6 + (i - 4) * 0.01;
        }
        // strip ends at epochs 5, 10, 15: 0.6, 0.65, 0.70: rose at 10 and at 15
        assertThat(StoppingRule.risingStrips(val, 5)).isEqualTo(2);
        assertThat(StoppingRule.of(EarlyStopping.prechelt(StoppingKind.UP, 2)).shouldStop(null, val)).isTrue();
        assertThat(StoppingRule.of(EarlyStopping.prechelt(StoppingKind.UP, 3)).shouldStop(null, val)).isFalse();
    }
}
