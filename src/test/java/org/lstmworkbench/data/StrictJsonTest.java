package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.JsonLimits;

/** Every user-editable JSON file is read with the model configuration's limits. */
class StrictJsonTest {

    @Test
    void theLimitsAreTheModelConfigurationReadersLimits() {
        assertThat(StrictJson.MAX_NESTING_DEPTH).isEqualTo(JsonLimits.MAX_NESTING_DEPTH);
        assertThat(StrictJson.MAX_NUMBER_LENGTH).isEqualTo(JsonLimits.MAX_NUMBER_LENGTH);
        assertThat(StrictJson.MAX_STRING_LENGTH).isEqualTo(JsonLimits.MAX_STRING_LENGTH);
    }

    @Test
    void aTreeReadsWithinTheLimitsAndTheReasonsAreOneLineWithoutJacksonsNames() throws Exception {
        var mapper = StrictJson.mapper();
        assertThat(StrictJson.readTree(mapper, "[".repeat(100) + "]".repeat(100)).isArray()).isTrue();
        assertThat(StrictJson.readTree(mapper, "{\"a\": \"" + "x".repeat(100_000) + "\"}").path("a").asText())
                .hasSize(100_000);
        assertThatThrownBy(() -> StrictJson.readTree(mapper, "[".repeat(101) + "]".repeat(101)))
                .isInstanceOfSatisfying(JsonProcessingException.class, e -> assertThat(StrictJson.describe(e))
                        .isEqualTo("not valid JSON (Document nesting depth (101) exceeds the maximum allowed (100))"));
        assertThatThrownBy(() -> StrictJson.readTree(mapper, "{\"a\": 1,\n \"a\": 2}"))
                .isInstanceOfSatisfying(JsonProcessingException.class, e -> assertThat(StrictJson.describe(e))
                        .isEqualTo("not valid JSON at line 2, column 5 (field \"a\" given twice)"));
        assertThatThrownBy(() -> StrictJson.readTree(mapper, "{} []"))
                .isInstanceOfSatisfying(JsonProcessingException.class, e -> assertThat(StrictJson.describe(e))
                        .startsWith("not valid JSON at line 1, column ").endsWith("(more content after the JSON value)"));
    }
}
