package org.lstmworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoppingCriteriaTest {

    private static final double[] FLAT_TRAIN = {1, 1, 1, 1, 1, 1, 1, 1};

    /** Replays a curve epoch by epoch; returns the first epoch at which the criterion stops, or -1. */
    static int firstStop(EarlyStoppingCriterion c, double[] train, double[] val) {
        for (int n = 1; n <= val.length; n++) {
            if (c.shouldStop(train, val, n)) {
                return n;
            }
        }
        return -1;
    }

    static Stream<Arguments> curves() {
        double[] glCurve = {1.0, 0.8, 0.82, 0.85, 0.9}; // GL = 0, 0, 2.5, 6.25, 12.5
        double[] upCurve = {1.0, 0.5, 0.45, 0.4, 0.42, 0.6, 0.5, 0.7};
        double[] slow = {1.0, 0.9, 0.895, 0.892, 0.891, 0.7}; // each step below 0.01
        double[] train = {8, 4, 2, 1, 1, 1, 1, 1};
        return Stream.of(
                Arguments.of("GL_5", StoppingCriteria.generalizationLoss(5), FLAT_TRAIN, glCurve, 4),
                Arguments.of("GL_10", StoppingCriteria.generalizationLoss(10), FLAT_TRAIN, glCurve, 5),
                Arguments.of("UP_1 k=2", StoppingCriteria.successiveRises(1, 2), FLAT_TRAIN, upCurve, 6),
                Arguments.of("UP_2 k=2", StoppingCriteria.successiveRises(2, 2), FLAT_TRAIN, upCurve, 8),
                Arguments.of("UP_3 k=2", StoppingCriteria.successiveRises(3, 2), FLAT_TRAIN, upCurve, -1),
                // PQ at strip ends 2,4,6,8: GL 0, 0, 0 (0.6 vs best 0.4 is 50), ...; P_2 at 6 is 0 -> inf
                Arguments.of("PQ_0.5 k=2", StoppingCriteria.progressQuotient(0.5, 2), train, upCurve, 6),
                Arguments.of("patience 3, min_delta 0.01", StoppingCriteria.patience(3, 0.01), FLAT_TRAIN, slow, 5),
                Arguments.of("patience 3, min_delta 0", StoppingCriteria.patience(3, 0), FLAT_TRAIN, slow, -1),
                Arguments.of("GL_10 or 3 epochs",
                        StoppingCriteria.generalizationLoss(10).or(StoppingCriteria.maxEpochs(3)), FLAT_TRAIN, glCurve, 3),
                Arguments.of("GL_5 and 5 epochs",
                        StoppingCriteria.generalizationLoss(5).and(StoppingCriteria.maxEpochs(5)), FLAT_TRAIN, glCurve, 5));
    }

    @ParameterizedTest(name = "{0} stops at epoch {4}")
    @MethodSource("curves")
    void stopsAtTheEpochWorkedOutByHand(String name, EarlyStoppingCriterion c, double[] train, double[] val,
                                        int expected) {
        assertThat(firstStop(c, train, val)).isEqualTo(expected);
    }

    @Test
    void looksOnlyAtTheEpochsSoFarOfAPreallocatedArray() {
        double[] val = {1.0, 0.8, 0.82, 5.0, 5.0};
        assertThat(StoppingCriteria.generalizationLoss(5).shouldStop(null, val, 3)).isFalse();
        assertThat(StoppingCriteria.generalizationLoss(5).shouldStop(null, val, 4)).isTrue();
    }

    @Test
    void rejectsInvalidParametersNamingTheValue() {
        assertThatThrownBy(() -> StoppingCriteria.patience(0, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
        assertThatThrownBy(() -> StoppingCriteria.generalizationLoss(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2.0");
    }
}
