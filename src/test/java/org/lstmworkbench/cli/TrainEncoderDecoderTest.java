package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} with an encoder-decoder: run.json's errors by step ahead, the printed comparison, refusals. */
class TrainEncoderDecoderTest {

    private static final String CONFIG = "{\"formatVersion\": 2, \"epochs\": 4, \"batchSize\": 16, \"architecture\": "
            + "{\"type\": \"encoder-decoder\", \"units\": [4], \"decoderUnits\": [3], \"bidirectional\": false, "
            + "\"activation\": \"TANH\", \"gateActivation\": \"SIGMOID\", \"weightInit\": \"GLOROT_UNIFORM\", "
            + "\"recurrentInit\": \"ORTHOGONAL\", \"forgetGateBias\": 1.0}}";

    @TempDir
    Path dir;

    @Test
    void writesTheRmseOfEveryStepAheadInOriginalUnits() throws Exception {
        Path config = Files.writeString(dir.resolve("seq2seq.json"), CONFIG);
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--lags", "24", "--horizon", "6",
                "--config", config.toString(), "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();

        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("config").get("architecture").get("type").asText()).isEqualTo("encoder-decoder");
        // encoder 4 (4 + 16 + 4) = 96, decoder 4 (12 + 9 + 3) = 96, dense per step 3 + 1
        assertThat(run.get("parameterCount").asLong()).isEqualTo(96 + 96 + 4);
        JsonNode validation = run.get("forecast").get("validation");
        assertThat(run.get("forecast").get("steps").asInt()).isEqualTo(6);
        assertThat(validation.get("byStep")).hasSize(6);
        for (JsonNode step : validation.get("byStep")) {
            // original units: demo:seasonal's values are in the hundreds, its transformed values within [0, 1]
            assertThat(step.get("rmse").asDouble()).isGreaterThan(1);
            assertThat(step.get("persistenceRmse").asDouble()).isGreaterThan(1);
        }
        // the persistence loss the diagnosis compares with is there as for any run (baselineRatio after 10 epochs)
        assertThat(run.get("diagnosisInput").get("naiveBaselineVal").asDouble()).isPositive();
        assertThat(r.out()).contains("enc-dec LSTM(4) -> LSTM(3)")
                .contains("validation RMSE by step (original units): t+1 ").contains("t+6 ");
        assertThat(Files.readAllLines(out.resolve("predictions.csv")).get(0)).endsWith(",step");
    }

    @Test
    void trainsFromTheArchitectureOptionsAndPrintsItsLayers() {
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--lags", "24", "--horizon", "6",
                "--architecture", "encoder-decoder", "--units", "4", "--decoder-units", "3", "--epochs", "2",
                "--out", dir.resolve("run").toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("  layers: LSTM 4 (4) -> Repeat 6 (4x6) -> LSTM 3 (3x6) -> Dense 1 per step (1x6)\n")
                .contains("(196 parameters");
    }

    @Test
    void aHorizonOfOneFromTheOptionsIsRefusedUnderHorizon() {
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--horizon", "1", "--architecture",
                "encoder-decoder", "--epochs", "1", "--out", dir.resolve("run").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("lstm-workbench train: --horizon: an encoder-decoder forecasts several "
                + "steps ahead: horizon must be at least 2, was 1");
    }

    @Test
    void aHorizonOfOneIsRefusedNamingTheHorizon() throws Exception {
        Path config = Files.writeString(dir.resolve("seq2seq.json"), CONFIG);
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--horizon", "1",
                "--config", config.toString(), "--out", dir.resolve("run").toString(), "-q");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("horizon").contains("horizon must be at least 2, was 1");
    }
}
