package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConfigFormatsTest {

    /** The configuration src/test/resources/formats/v1/config.json was written from, by the release before version 2. */
    private static final ModelConfig V1_SAMPLE = ModelConfig.builder().units(32, 16).bidirectional(true)
            .activation(CellActivation.SOFTSIGN).gateActivation(GateActivation.HARD_SIGMOID)
            .weightInit(WeightInitKind.LECUN_NORMAL).recurrentInit(WeightInitKind.GLOROT_NORMAL).forgetGateBias(0.5)
            .dropout(0.3).l1(0.01).l2(0.02).l1Bias(0.003).l2Bias(0.004).optimizer(OptimizerKind.NESTEROV)
            .learningRate(0.05).momentum(0.8).schedule(ScheduleKind.STEP, 0.7, 20).batchSize(8).epochs(123)
            .shuffle(true).clipping(ClippingKind.VALUE, 0.5)
            .earlyStopping(new EarlyStopping(StoppingKind.PATIENCE, 7, 1e-4, false, 5.0, 5, 3))
            .loss(LossKind.MAE).seed(42).build();

    @Test
    void aVersionOneFileOfThePreviousReleaseLoadsToTheSameConfiguration() throws Exception {
        Path file = Path.of(getClass().getResource("/formats/v1/config.json").toURI());
        assertThat(ModelConfigJson.read(file)).isEqualTo(V1_SAMPLE);
    }

    @Test
    void writesVersionTwoWithTheParts() {
        JsonNode tree = ModelConfigJson.toTree(V1_SAMPLE);
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(tree.get("task").asText()).isEqualTo("regression");
        assertThat(tree.get("architecture").get("type").asText()).isEqualTo("lstm");
        assertThat(tree.get("architecture").get("units").toString()).isEqualTo("[32,16]");
        assertThat(tree.get("learning").get("learningRate").asDouble()).isEqualTo(0.05);
        assertThat(tree.get("regularization").get("dropout").asDouble()).isEqualTo(0.3);
        assertThat(tree.get("batchSize").asInt()).isEqualTo(8);
        assertThat(ModelConfigJson.read(ModelConfigJson.write(V1_SAMPLE), "t.json")).isEqualTo(V1_SAMPLE);
    }

    @Test
    void versionTwoFillsOmittedFieldsAndNamesUnknownOnes() {
        ModelConfig c = ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"units\": [5, 5]},"
                + " \"learning\": {\"learningRate\": 0.01}}", "t.json");
        assertThat(c).isEqualTo(ModelConfig.builder().units(5, 5).learningRate(0.01).build());
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"learning\": {\"lr\": 1}}", "t.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("t.json: unknown field \"learning.lr\"; known fields: optimizer, learningRate");
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"task\": \"poetry\"}", "t.json"))
                .hasMessageContaining("unknown task 'poetry'");
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 7}", "t.json"))
                .hasMessage("t.json: model configuration format version 7 is not supported (this release reads 1 and 2)");
    }

    @Test
    void plainJacksonReadsBothVersionsAndWritesTwo() throws Exception {
        ObjectMapper json = new ObjectMapper();
        record Holder(List<ModelConfig> configs) {
        }
        String text = "{\"configs\": [{\"units\": [7], \"epochs\": 3}, " + ModelConfigJson.write(V1_SAMPLE) + "]}";
        Holder h = json.readValue(text, Holder.class);
        assertThat(h.configs()).containsExactly(ModelConfig.builder().units(7).epochs(3).build(), V1_SAMPLE);
        assertThat(json.readTree(json.writeValueAsString(h)).get("configs").get(0).get("formatVersion").asInt())
                .isEqualTo(2);
    }

    @Test
    void flatNamesAreTheSweepParameters() {
        assertThat(List.of("architecture.units[1]", "learning.learningRate", "regularization.l2", "batchSize",
                "earlyStopping.patience", "").stream().map(ModelConfigJson::flatName))
                .containsExactly("units", "learningRate", "l2", "batchSize", "earlyStopping.patience", "");
    }
}
