package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The configuration's precision: written and read in both JSON versions, old files read as double, diffs and summaries. */
class PrecisionConfigTest {

    private static final ModelConfig FLOAT = ModelConfig.builder().units(64).precision(Precision.FLOAT).build();

    @Test
    void defaultIsDoubleAndFloatRoundTripsInBothVersions() {
        assertThat(ModelConfig.defaults().precision()).isEqualTo(Precision.DOUBLE);
        String json = ModelConfigJson.write(FLOAT);
        assertThat(ModelConfigJson.toTree(FLOAT).get("precision").asText()).isEqualTo("FLOAT");
        assertThat(ModelConfigJson.read(json, "test")).isEqualTo(FLOAT);
        assertThat(ModelConfigJson.read(json, "test").precision()).isEqualTo(Precision.FLOAT);
        String flat = ModelConfigJson.toFlatTree(FLOAT).toString();
        assertThat(ModelConfigJson.read(flat, "flat").precision()).isEqualTo(Precision.FLOAT);
    }

    @Test
    void filesWithoutThePrecisionReadAsDouble() {
        assertThat(ModelConfigJson.read("{\"formatVersion\": 2, \"epochs\": 7}", "v2").precision())
                .isEqualTo(Precision.DOUBLE);
        assertThat(ModelConfigJson.read("{\"units\": [50, 50]}", "v1").precision()).isEqualTo(Precision.DOUBLE);
        ModelConfig v1 = ModelConfigJson.read(Path.of("src/test/resources/formats/v1/config.json"));
        assertThat(v1.precision()).isEqualTo(Precision.DOUBLE);
    }

    @Test
    void anotherPrecisionIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"precision\": \"HALF\"}", "c.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("c.json: field \"precision\" cannot be HALF");
    }

    @Test
    void diffAndSummaryNameTheFloatPrecision() {
        ModelConfig dbl = FLOAT.toBuilder().precision(Precision.DOUBLE).build();
        assertThat(ModelConfigDiff.between(dbl, FLOAT)).containsExactly("precision: double -> float");
        assertThat(FLOAT.summary()).endsWith(", float");
        assertThat(dbl.summary()).doesNotContain("float").doesNotContain("double");
    }
}
