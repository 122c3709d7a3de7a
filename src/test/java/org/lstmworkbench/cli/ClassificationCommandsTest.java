package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, sweep and sanity with --task classification, through the real entry point. */
class ClassificationCommandsTest {

    @TempDir
    Path dir;

    @Test
    void trainsTheTeachingDemoToHighAccuracyAndWritesTheConfusionMatrix() throws Exception {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--task", "classification", "--data", "demo:rising-falling",
                "--split", "0.8,0.2", "--units", "8", "--learning-rate", "0.02", "--batch-size", "16",
                "--epochs", "40", "--seed", "3", "-q", "--out", out.toString());

        assertThat(r.status()).as(r.err()).isZero();
        List<String> history = Files.readAllLines(out.resolve("history.csv"));
        assertThat(history.get(0)).startsWith("epoch,train_loss,val_loss,train_accuracy,val_accuracy,");
        assertThat(history).hasSize(41);
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.path("classes").findValuesAsText("name")).containsExactly("falling", "rising");
        assertThat(run.path("classes").findValues("count")).extracting(JsonNode::asInt).containsExactly(50, 50);
        assertThat(run.path("data").path("source").asText()).isEqualTo("demo:rising-falling");
        assertThat(run.path("trainSequences").asInt()).isEqualTo(80);
        assertThat(run.path("validationSequences").asInt()).isEqualTo(20);
        JsonNode validation = run.path("classification").path("validation");
        long counted = 0;
        for (JsonNode row : validation.path("confusion")) {
            for (JsonNode cell : row) {
                counted += cell.asLong();
            }
        }
        assertThat(counted).isEqualTo(20);
        assertThat(validation.path("accuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
        BufferedImage confusion = ImageIO.read(out.resolve("confusion.png").toFile());
        assertThat(confusion.getWidth()).isEqualTo(900);
        assertThat(out.resolve("loss.png")).exists();
        assertThat(r.out()).contains("(falling 50, rising 50)").contains("final validation accuracy ")
                .contains("best validation accuracy ").contains(out.resolve("confusion.png").toString());
    }

    private CliRunner sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--task", "classification", "--data",
                "demo:rising-falling", "--epochs", "4", "--learning-rate", "0.02", "--param", "units=2,8",
                "--repeats", "2", "--threads", "2", "--metric", "val_accuracy", "-q", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void sweepsAClassifierRanksPointsByHighestAccuracyAndResumes() throws Exception {
        Path out = dir.resolve("sweep");
        CliRunner first = sweep(out);

        assertThat(first.status()).as(first.err()).isZero();
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertThat(results.get(0)).startsWith("point,units,repeat,seed,status,epochs,train_loss,val_loss,"
                + "train_accuracy,val_accuracy,best_val_loss,best_val_accuracy,");
        assertThat(results).hasSize(5);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("point,units,count,mean,std,min,25%,50%,75%,max");
        assertThat(summary).hasSize(3);
        // the best point is the one with the highest mean validation accuracy
        String best = summary.subList(1, 3).stream()
                .max(Comparator.comparingDouble(l -> Double.parseDouble(l.split(",")[3]))).orElseThrow();
        assertThat(first.out()).contains("final validation accuracy per point")
                .contains("best point units=" + best.split(",")[1]);
        JsonNode experiment = new ObjectMapper().readTree(out.resolve("experiment.json").toFile());
        assertThat(experiment.path("formatVersion").asInt()).isEqualTo(3);
        assertThat(experiment.path("sequences").path("source").asText()).isEqualTo("demo:rising-falling");
        assertThat(experiment.has("data")).isFalse();

        Path resultsFile = out.resolve("results.csv");
        String text = Files.readString(resultsFile);
        Files.writeString(resultsFile, text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1) + 1));
        CliRunner resumed = sweep(out, "--resume");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(Files.readAllLines(resultsFile)).hasSize(5);
        assertThat(Files.readAllLines(resultsFile).get(1)).isEqualTo(results.get(1));
        // the runs are seeded: the resumed sweep's table is the first one's
        assertThat(resumed.out()).isEqualTo(first.out());
    }

    @Test
    void anUnknownSweepMetricListsTheColumns() {
        CliRunner r = CliRunner.run("sweep", "--task", "classification", "--data", "demo:rising-falling",
                "--param", "units=2,8", "--metric", "val_rmse", "--out", dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--metric must be one of val_loss, ")
                .contains("val_accuracy");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void sanityChecksTheFirstLossAgainstTheChanceLevel() {
        CliRunner r = CliRunner.run("sanity", "--task", "classification", "--data", "demo:rising-falling",
                "--units", "4");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("demo:rising-falling (falling 50, rising 50):").contains("chance level")
                .contains("vs ln 2 = 0.6931");
    }
}
