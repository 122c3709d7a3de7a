package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagnose} on a classifier's Keras logs: accuracy read, named, and judged with K from --classes. */
class DiagnoseAccuracyCommandTest {

    @TempDir
    Path dir;

    /** A TF1 CSVLogger log of a binary classifier stuck at chance: loss 0.2 above ln 2 settling at ln 2. */
    private Path stuckLog() throws Exception {
        StringBuilder s = new StringBuilder("epoch,acc,loss,val_acc,val_loss\n");
        for (int t = 1; t <= 60; t++) {
            double loss = Math.log(2) + 0.2 * Math.exp(-t / 3.0) + 0.002 * Math.sin(t);
            double val = Math.log(2) + 0.2 * Math.exp(-t / 3.0) + 0.002 * Math.cos(t);
            s.append(String.format(Locale.ROOT, "%d,%s,%s,%s,%s%n", t - 1, 0.5 + 0.003 * Math.sin(0.7 * t), loss,
                    0.5 + 0.003 * Math.cos(0.7 * t), val));
        }
        return Files.writeString(dir.resolve("training.log"), s);
    }

    /** A Keras 2 history: settled losses, validation accuracy rising linearly from 0.41 to 0.87. */
    private Path risingHistory() throws Exception {
        StringBuilder loss = new StringBuilder();
        StringBuilder val = new StringBuilder();
        StringBuilder acc = new StringBuilder();
        StringBuilder valAcc = new StringBuilder();
        for (int t = 1; t <= 60; t++) {
            String sep = t == 1 ? "" : ", ";
            loss.append(sep).append(0.30 + Math.exp(-t / 5.0));
            val.append(sep).append(0.35 + Math.exp(-t / 5.0));
            acc.append(sep).append(0.45 + 0.48 * (t - 1) / 59.0);
            valAcc.append(sep).append(0.41 + 0.46 * (t - 1) / 59.0);
        }
        return Files.writeString(dir.resolve("history.json"), "{\"loss\": [" + loss + "], \"accuracy\": [" + acc
                + "], \"val_loss\": [" + val + "], \"val_accuracy\": [" + valAcc + "]}");
    }

    @Test
    void textOutputNamesTheAccuracyCurvesAndTheLabelUsesThem() throws Exception {
        Path history = risingHistory();
        CliRunner r = CliRunner.run("diagnose", history.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(history + ": UNDERFIT (STILL_IMPROVING)")
                .contains("next: Validation accuracy rose from 0.41 to 0.87 and was still rising over the last 20% of "
                        + "epochs")
                .contains("accuracy: training 0.4500 -> 0.9300 (best 0.9300), validation 0.4100 -> 0.8700 (best 0.8700)");
    }

    @Test
    void jsonHoldsTheAccuracyEvidence() throws Exception {
        CliRunner r = CliRunner.run("diagnose", "--json", risingHistory().toString());

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode evidence = new ObjectMapper().readTree(r.out()).get(0).get("evidence");
        assertThat(evidence.get("valAccFirst").asDouble()).isEqualTo(0.41);
        assertThat(evidence.get("valAccLast").asDouble()).isEqualTo(0.87, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(evidence.get("valAccEndRise").asDouble())
                .isEqualTo(11 * 0.46 / 59, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(evidence.has("trainAccLast")).isTrue();
    }

    @Test
    void classesGiveTheChanceLevelsSoALogStuckAtLnTwoIsNotLearning() throws Exception {
        Path log = stuckLog();
        CliRunner without = CliRunner.run("diagnose", log.toString());
        CliRunner with = CliRunner.run("diagnose", "--classes", "2", log.toString());

        assertThat(without.out()).doesNotContain("NOT_LEARNING");
        assertThat(with.status()).as(with.err()).isZero();
        assertThat(with.out()).startsWith(log + ": NOT_LEARNING")
                .contains("within 5% of the chance level ln 2 = 0.693")
                .contains("chance 0.50, chance loss ln 2 = 0.6931");
    }

    @Test
    void fewerThanTwoClassesIsAOneLineUserError() throws Exception {
        CliRunner r = CliRunner.run("diagnose", "--classes", "1", stuckLog().toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("--classes must be at least 2, got 1");
    }
}
