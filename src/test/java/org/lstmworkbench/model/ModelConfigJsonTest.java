package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigJsonTest {

    @Test
    void roundTripsEveryField(@TempDir Path dir) throws Exception {
        ModelConfig c = ModelConfig.builder().units(32, 16).bidirectional(true).activation(CellActivation.SOFTSIGN)
                .gateActivation(GateActivation.HARD_SIGMOID).weightInit(WeightInitKind.LECUN_NORMAL)
                .recurrentInit(WeightInitKind.GLOROT_NORMAL).forgetGateBias(0.5).dropout(0.3).l1(0.01).l2(0.02)
                .l1Bias(0.003).l2Bias(0.004).optimizer(OptimizerKind.NESTEROV).learningRate(0.05).momentum(0.8)
                .schedule(ScheduleKind.STEP, 0.7, 20).batchSize(8).epochs(123).shuffle(true)
                .clipping(ClippingKind.VALUE, 0.5).earlyStopping(EarlyStopping.prechelt(StoppingKind.UP, 4))
                .loss(LossKind.MAE).seed(42).build();
        Path file = dir.resolve("config.json");
        Files.writeString(file, ModelConfigJson.write(c));
        assertThat(ModelConfigJson.read(file)).isEqualTo(c);
    }

    @Test
    void fillsOmittedFieldsWithDefaults() {
        ModelConfig c = ModelConfigJson.read("{\"units\": [50, 50], \"earlyStopping\": {\"kind\": \"PATIENCE\"}}", "t.json");
        assertThat(c.units()).containsExactly(50, 50);
        assertThat(c.epochs()).isEqualTo(ModelConfig.defaults().epochs());
        assertThat(c.learningRate()).isEqualTo(0.001);
        assertThat(c.earlyStopping().kind()).isEqualTo(StoppingKind.PATIENCE);
        assertThat(c.earlyStopping().patience()).isEqualTo(EarlyStopping.OFF.patience());
    }

    @Test
    void namesAnUnknownField() {
        assertThatThrownBy(() -> ModelConfigJson.read("{\"unitz\": [50]}", "my.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("my.json: unknown field \"unitz\"; known fields: units,");
    }

    @Test
    void namesAFieldOfTheWrongType() {
        assertThatThrownBy(() -> ModelConfigJson.read("{\"optimizer\": \"adamw\"}", "my.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("my.json: field \"optimizer\" cannot be adamw");
        assertThatThrownBy(() -> ModelConfigJson.read("{\"epochs\": ", "my.json"))
                .hasMessageStartingWith("my.json: not valid JSON at line 1");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> ModelConfigJson.read(missing))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(missing + ": no such file");
    }
}
