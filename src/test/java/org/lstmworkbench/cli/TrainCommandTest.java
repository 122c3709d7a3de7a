package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsTheSeedSequenceAndWritesHistoryRunAndChart() throws Exception {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "40", "--out", out.toString());

        assertThat(r.status()).as(r.err()).isZero();
        List<String> history = Files.readAllLines(out.resolve("history.csv"));
        assertThat(history.get(0)).startsWith("epoch,train_loss,val_loss");
        assertThat(history).hasSize(41);
        assertThat(history.get(1)).startsWith("1,");
        assertThat(history.get(40)).startsWith("40,");

        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("status").asText()).isEqualTo("done");
        assertThat(run.get("seed").asLong()).isEqualTo(1);
        assertThat(run.get("epochs").asInt()).isEqualTo(40);
        assertThat(run.get("parameterCount").asLong()).isEqualTo(491);
        assertThat(run.get("trainSamples").asInt()).isEqualTo(5);
        assertThat(run.get("validationSamples").asInt()).isEqualTo(5);
        assertThat(run.get("config").get("batchSize").asInt()).as("batch clamped to the 5 samples").isEqualTo(5);
        double lastVal = Double.parseDouble(history.get(40).split(",")[2]);
        assertThat(run.get("finalValLoss").asDouble()).isEqualTo(lastVal);
        assertThat(run.get("bestEpoch").asInt()).isEqualTo(40);

        BufferedImage png = ImageIO.read(out.resolve("loss.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(700);
        assertThat(r.out()).contains("done after 40 epochs").contains("491 parameters");
        assertThat(r.err()).contains("epoch 40 of 40");
    }

    @Test
    void storesAndPrintsTheRunsDiagnosisTheSameAsDiagnoseGivesForItsHistory() throws Exception {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "40", "--out", out.toString(),
                "-q");
        assertThat(r.status()).as(r.err()).isZero();

        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        JsonNode d = run.get("diagnosis");
        List<String> fields = new java.util.ArrayList<>();
        d.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("label", "kind", "bestEpoch", "confidence", "evidence", "suggestion");
        // 40 epochs of the seed toy: validation falls throughout (best epoch = last)
        assertThat(d.get("label").asText()).isEqualTo("UNDERFIT");
        assertThat(d.get("kind").asText()).isEqualTo("STILL_IMPROVING");
        assertThat(d.get("bestEpoch").asInt()).isEqualTo(40);
        // persistence on the toy's validation part: every target is off by 0.1 -> MSE 0.01 in model units
        assertThat(run.get("diagnosisInput").get("naiveBaselineVal").asDouble())
                .isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.get("diagnosisInput").get("regularised").asBoolean()).isFalse();
        assertThat(d.get("evidence").get("baselineRatio").asDouble()).isPositive();
        assertThat(r.out()).contains("diagnosis: UNDERFIT (STILL_IMPROVING)").contains("next: ");

        CliRunner again = CliRunner.run("diagnose", "--json", out.resolve("history.csv").toString());
        JsonNode fromFile = new ObjectMapper().readTree(again.out()).get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromFile).remove("file");
        assertThat(fromFile).isEqualTo(d);
    }

    @Test
    void trainsOnTheAirlineFileWithLagsAndReportsTestRmse() throws Exception {
        Path csv = Path.of("../shared/datasets/airline-passengers.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "../shared/datasets is not beside this clone");
        Path out = dir.resolve("airline");
        CliRunner r = CliRunner.run("train", "--data", csv.toString(), "--column", "Passengers", "--lags", "12",
                "--epochs", "5", "--out", out.toString(), "-q");

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        // 144 months, 12 lags -> 132 samples split 0.7/0.15/0.15
        assertThat(run.get("trainSamples").asInt() + run.get("validationSamples").asInt()
                + run.get("testSamples").asInt()).isEqualTo(132);
        assertThat(run.get("data").get("lags").asInt()).isEqualTo(12);
        // test RMSE in passengers: positive and of the series' scale (values 100-600)
        assertThat(run.get("testRmse").asDouble()).isBetween(1.0, 600.0);
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--data|demo:nope|unknown demo dataset \"demo:nope\"",
        "--data|missing-file.csv|missing-file.csv",
        "--dropout|1.5|dropout is a drop rate and must be in [0, 1), was 1.5",
        "--scale|cubic|--scale must be none, minmax, minmax-symmetric or standard, not \"cubic\"",
        "--units|0|cells in layer 1 must be at least 1, was 0",
        "--epochs|abc|Invalid value for option '--epochs'",
        "--batch-size|64|batch size 64 is larger than the 5 training samples",
    })
    void badInputGivesOneLineAndExitTwo(String option, String value, String expected) {
        String[] args = option.equals("--data")
                ? new String[] {"train", "--data", value, "--out", dir.resolve("x").toString()}
                : new String[] {"train", "--data", "demo:seed-sequence", option, value, "--out", dir.resolve("x").toString()};
        CliRunner r = CliRunner.run(args);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedCsvNamesFileRowAndColumn() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "month,sales\n1-01,266.0\n1-02,abc\n1-03,183.1\n");
        CliRunner r = CliRunner.run("train", "--data", csv.toString(), "--out", dir.resolve("x").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).contains("bad.csv").contains("row 3").contains("column \"sales\"").contains("abc");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("train", "diagnose", "bench")) {
            CliRunner r = CliRunner.run(cmd, "--help");
            assertThat(r.status()).isZero();
            assertThat(r.out()).contains("Usage: lstm-workbench " + cmd);
        }
        CliRunner top = CliRunner.run("--help");
        assertThat(top.out()).contains("train").contains("diagnose").contains("bench");
    }

    @Test
    void unknownCommandIsAUserError() {
        CliRunner r = CliRunner.run("trian");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aConfigFileWithoutBatchSizeGetsTheWholeSmallTrainingSet() throws Exception {
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\"epochs\": 3}");
        Path out = dir.resolve("cfg");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(),
                "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("config").get("batchSize").asInt()).isEqualTo(5);
        assertThat(run.get("epochs").asInt()).isEqualTo(3);
    }

    @Test
    void aSweepWithAnImpossiblePointWritesNothing() {
        Path out = dir.resolve("sweep");
        CliRunner r = CliRunner.run("sweep", "--data", "demo:seed-sequence", "--param", "units=0,1", "--repeats", "1",
                "--epochs", "2", "--out", out.toString(), "-q");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("cells in layer 1 must be at least 1, was 0");
        assertThat(Files.exists(out.resolve("experiment.json"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--units|0|--units: cells in layer 1 must be at least 1, was 0",
        "--learning-rate|-1|--learning-rate: learning rate must be above 0, was -1.0",
        "--patience|0|--patience: early stopping patience must be at least 1 epoch, was 0",
        "--batch-size|64|--batch-size: batch size 64 is larger than the 5 training samples: use at most 5",
        "--lags|0|--lags: lags must be at least 1, got 0",
    })
    void aBadValueIsReportedUnderItsOption(String option, String value, String expected) {
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", option, value,
                "--out", dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench train: " + expected);
    }

    @Test
    void aBadValueFromTheConfigFileIsReportedUnderConfig() throws Exception {
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\"momentum\": 1.5, \"epochs\": 0}");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(),
                "--epochs", "3", "--out", dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench train: --config: momentum must be in [0, 1), was 1.5");
    }

    @Test
    void aBadValueAnOptionCouldSetButTheConfigFileDidIsReportedUnderConfig() throws Exception {
        Path config = dir.resolve("c.json");
        Files.writeString(config, "{\"learningRate\": -1}");
        CliRunner fromFile = CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(),
                "--out", dir.resolve("x").toString());
        assertThat(fromFile.status()).isEqualTo(2);
        assertThat(fromFile.err().strip())
                .isEqualTo("lstm-workbench train: --config: learning rate must be above 0, was -1.0");

        CliRunner typed = CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(),
                "--learning-rate", "0", "--out", dir.resolve("x").toString());
        assertThat(typed.err().strip())
                .isEqualTo("lstm-workbench train: --learning-rate: learning rate must be above 0, was 0.0");
    }

    @Test
    void perLayerOptionsRecurrentDropAndInitReachTheRunAndItsEngine() throws Exception {
        Path out = dir.resolve("knobs");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "3", "--units", "4,3",
                "--activation", "relu,tanh", "--dropout", "0.2,0.1", "--recurrent-drop", "0.25", "--init",
                "glorot-normal", "--recurrent-init", "normal", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        JsonNode arch = run.get("config").get("architecture");
        assertThat(arch.get("layerActivations").toString()).isEqualTo("[\"RELU\",\"TANH\"]");
        assertThat(arch.get("layerDropout").toString()).isEqualTo("[0.2,0.1]");
        assertThat(arch.get("recurrentDrop").asDouble()).isEqualTo(0.25);
        assertThat(arch.get("weightInit").asText()).isEqualTo("GLOROT_NORMAL");
        assertThat(arch.get("recurrentInit").asText()).isEqualTo("NORMAL");
        assertThat(run.get("engine").get("name").asText()).isEqualTo("dl4j");
        assertThat(run.get("engine").get("note").asText()).contains("recurrent weight drop");
    }

    @Test
    void aWrongNumberOfPerLayerValuesNamesTheOption() {
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "1", "--units", "4,3,2",
                "--activation", "relu,tanh", "--out", dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--activation: give one activation for every layer or one per layer: 2 for 3 layers");
        CliRunner bad = CliRunner.run("train", "--data", "demo:seed-sequence", "--init", "glorot", "--out",
                dir.resolve("y").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--init must be one of glorot-uniform, glorot-normal");
    }

    @Test
    void saveModelWritesTheZipAndItsTransformBesideIt() throws Exception {
        Path zip = dir.resolve("m.zip");
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--epochs", "2", "--units", "3",
                "--save-model", zip.toString(), "--out", dir.resolve("run").toString());
        assertThat(r.status()).as(r.err()).isZero();
        var loaded = org.deeplearning4j.util.ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        assertThat(loaded.numParams()).isEqualTo(new ObjectMapper().readTree(dir.resolve("run/run.json").toFile())
                .get("parameterCount").asLong());
        JsonNode transform = new ObjectMapper().readTree(dir.resolve("m.transform.json").toFile());
        assertThat(transform.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(transform.get("lags").asInt()).isEqualTo(12);
        assertThat(transform.get("target").get("seasonalPeriod").asInt()).isEqualTo(12);
        assertThat(transform.get("outputLayout").asText()).isEqualTo("VECTOR");
        assertThat(transform.get("requiresWorkbenchClasses")).isEmpty();
        assertThat(r.out()).contains("m.transform.json").contains("saved model " + zip + " (output [samples, 1], one value per step ahead)"
                + " loads with DL4J alone");
    }

    @Test
    void saveModelOfASubsequenceCnnLstmSaysItNeedsTheWorkbenchJar() throws Exception {
        Path zip = dir.resolve("cnn.zip");
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--architecture", "cnn-lstm", "--filters", "4",
                "--subsequences", "2", "--epochs", "1", "--units", "3", "--save-model", zip.toString(),
                "--out", dir.resolve("cnn").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(org.deeplearning4j.util.ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true).numParams())
                .isEqualTo(new ObjectMapper().readTree(dir.resolve("cnn/run.json").toFile()).get("parameterCount").asLong());
        JsonNode transform = new ObjectMapper().readTree(dir.resolve("cnn.transform.json").toFile());
        assertThat(transform.get("requiresWorkbenchClasses").toString())
                .isEqualTo("[\"org.lstmworkbench.model.SubsequenceMerge\",\"org.lstmworkbench.model.SubsequenceSplit\"]");
        assertThat(r.out()).contains("saved model " + zip + " (output [samples, 1], one value per step ahead) needs the workbench jar on the"
                + " class path to load (it uses SubsequenceMerge, SubsequenceSplit)");
    }

    @Test
    void saveModelOfAnEncoderDecoderWritesOneValuePerStepAhead() throws Exception {
        Path zip = dir.resolve("s2s.zip");
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--architecture", "encoder-decoder",
                "--horizon", "3", "--epochs", "1", "--units", "3", "--save-model", zip.toString(),
                "--out", dir.resolve("s2s").toString());
        assertThat(r.status()).as(r.err()).isZero();
        var loaded = org.deeplearning4j.util.ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        assertThat(loaded.output(org.nd4j.linalg.factory.Nd4j.zeros(1, 1, 12), false).shape()).containsExactly(1, 1, 3);
        JsonNode transform = new ObjectMapper().readTree(dir.resolve("s2s.transform.json").toFile());
        assertThat(transform.get("outputLayout").asText()).isEqualTo("STEP_SEQUENCE");
        assertThat(transform.get("outputs").asInt()).isEqualTo(3);
        assertThat(r.out()).contains("saved model " + zip + " (output [samples, 1, 3], one value per step ahead) loads with DL4J alone");
    }

    @Test
    void saveModelOfAClassifierWritesItsClassesBesideTheZip() throws Exception {
        Path zip = dir.resolve("c.zip");
        CliRunner r = CliRunner.run("train", "--task", "classification", "--data", "demo:rising-falling",
                "--units", "3", "--epochs", "1", "-q", "--save-model", zip.toString(), "--out", dir.resolve("c").toString());
        assertThat(r.status()).as(r.err()).isZero();
        var loaded = org.deeplearning4j.util.ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        assertThat(loaded.numParams()).isEqualTo(new ObjectMapper().readTree(dir.resolve("c/run.json").toFile())
                .get("parameterCount").asLong());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("c.transform.json").toFile());
        assertThat(json.get("classes").toString()).isEqualTo("[\"falling\",\"rising\"]");
        assertThat(json.get("features").get(0).get("scaling").asText()).isEqualTo("Z_SCORE");
        assertThat(json.get("inputLayout").asText()).contains("mask");
        assertThat(r.out()).contains("saved model " + zip + " and " + dir.resolve("c.transform.json")
                + " (output [samples, 2], the probabilities of falling, rising) loads with DL4J alone");
    }
}
