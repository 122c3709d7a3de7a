package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.Main;
import org.lstmworkbench.training.RunJournal;

/** A `train` killed (kill -9) in a folder that holds an earlier run keeps the epochs so far and the earlier run. */
class TrainKillTest {

    @TempDir
    Path dir;

    @Test
    void aKilledTrainKeepsItsEpochsAndThePreviousHistory() throws Exception {
        Path out = dir.resolve("run");
        CliRunner first = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "7", "--out",
                out.toString(), "-q");
        assertThat(first.status()).as(first.err()).isZero();
        byte[] oldHistory = Files.readAllBytes(out.resolve("history.csv"));
        String oldStatus = new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("status").asText();
        assertThat(Files.readAllLines(out.resolve("history.csv"))).hasSize(8);
        assertThat(out.resolve(RunJournal.PARTIAL_HISTORY)).doesNotExist();

        // wide enough that a million epochs take minutes: the kill lands mid-run
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "train", "--data", "demo:seed-sequence", "--units", "64", "--epochs", "1000000",
                "--out", out.toString(), "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path partial = out.resolve(RunJournal.PARTIAL_HISTORY);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lines(partial) < 6 && System.nanoTime() < deadline) {
                assertThat(child.isAlive()).as(Files.exists(dir.resolve("child.log"))
                        ? Files.readString(dir.resolve("child.log")) : "child ended").isTrue();
                Thread.sleep(20);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(Files.readAllBytes(out.resolve("history.csv"))).as("the earlier run's history").isEqualTo(oldHistory);
        List<String> kept = Files.readAllLines(partial);
        assertThat(kept.size()).isGreaterThanOrEqualTo(6);
        assertThat(kept.get(0)).isEqualTo(Files.readAllLines(out.resolve("history.csv")).get(0));
        for (int epoch = 1; epoch <= 4; epoch++) {
            assertThat(kept.get(epoch)).startsWith(epoch + ",");
        }
        JsonNode runJson = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(runJson.path("status").asText()).isEqualTo(RunJournal.RUNNING);
        assertThat(runJson.path("partialHistory").asText()).isEqualTo(RunJournal.PARTIAL_HISTORY);
        assertThat(runJson.path("previous").path("status").asText()).isEqualTo(oldStatus).isNotEmpty();

        // the next train that ends replaces both and drops the partial history
        CliRunner again = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "3", "--out",
                out.toString(), "-q");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("history.csv"))).hasSize(4);
        assertThat(partial).doesNotExist();
        assertThat(new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("status").asText())
                .isEqualTo(oldStatus);
    }

    private static long lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        return Files.readString(file).chars().filter(c -> c == '\n').count();
    }
}
