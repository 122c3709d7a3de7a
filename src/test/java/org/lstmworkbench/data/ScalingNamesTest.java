package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScalingNamesTest {

    @ParameterizedTest
    @CsvSource({"none, NONE", "minmax, MIN_MAX", "Min-Max, MIN_MAX", "minmax-symmetric, MIN_MAX_SYMMETRIC",
            "min_max_symmetric, MIN_MAX_SYMMETRIC", "standard, Z_SCORE", "zscore, Z_SCORE", "Z-SCORE, Z_SCORE"})
    void readsEveryNameOfAScaling(String name, TransformSpec.Scaling expected) {
        assertThat(ScalingNames.parse(name)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"log", "", "min max", "robust"})
    void leavesOtherWordsToTheCaller(String name) {
        assertThat(ScalingNames.parse(name)).isEmpty();
    }
}
