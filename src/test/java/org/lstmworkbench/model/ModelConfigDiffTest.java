package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelConfigDiffTest {

    @Test
    void listsOnlyTheFieldsThatDifferInDeclarationOrder() {
        ModelConfig a = ModelConfig.builder().units(10).epochs(100).build();
        ModelConfig b = a.toBuilder().units(50, 50).dropout(0.2).epochs(800).build();
        assertThat(ModelConfigDiff.between(a, b)).containsExactly(
                "units: [10] -> [50, 50]", "dropout: 0.0 -> 0.2", "epochs: 100 -> 800");
        assertThat(ModelConfigDiff.between(a, a)).isEmpty();
    }
}
