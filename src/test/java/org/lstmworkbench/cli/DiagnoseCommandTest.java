package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.DiagnosisJson;
import org.lstmworkbench.diagnosis.FitLabel;

class DiagnoseCommandTest {

    @TempDir
    Path dir;

    /** Training falls to 0.05; validation has its minimum at epoch 21, then rises quadratically. */
    private static double overfitVal(int t) {
        return 0.2 + Math.exp(-t / 5.0) + (t > 20 ? 0.002 * (t - 20) * (t - 20) : 0);
    }

    private static double train(int t) {
        return 0.05 + Math.exp(-t / 5.0);
    }

    private Path kerasCsv(String name) throws Exception {
        StringBuilder s = new StringBuilder("epoch,loss,val_loss\n");
        for (int t = 1; t <= 60; t++) {
            s.append(String.format(Locale.ROOT, "%d,%s,%s%n", t - 1, train(t), overfitVal(t)));
        }
        return Files.writeString(dir.resolve(name), s);
    }

    private Path kerasJsonStillImproving(String name) throws Exception {
        List<String> loss = new ArrayList<>();
        List<String> val = new ArrayList<>();
        for (int t = 1; t <= 60; t++) {
            loss.add(String.valueOf(0.10 + Math.exp(-t / 30.0)));
            val.add(String.valueOf(0.12 + Math.exp(-t / 30.0)));
        }
        return Files.writeString(dir.resolve(name), "{\"loss\": " + loss + ", \"val_loss\": " + val + "}");
    }

    @Test
    void printsLabelBestEpochEvidenceAndSuggestionPerFile() throws Exception {
        Path csv = kerasCsv("training.log");
        Path json = kerasJsonStillImproving("history.json");
        CliRunner r = CliRunner.run("diagnose", csv.toString(), json.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String[] blocks = r.out().split("\\R\\R");
        assertThat(blocks).hasSize(2);
        assertThat(blocks[0]).startsWith(csv + ": OVERFIT  confidence ")
                .contains("best epoch: 21").contains("evidence: epochs=60").contains("glEnd=")
                .contains("next: Validation loss was lowest at epoch 21");
        assertThat(blocks[1]).startsWith(json + ": UNDERFIT (STILL_IMPROVING)")
                .contains("best epoch: 60").contains("next: Validation loss was still falling at the end");
    }

    @Test
    void jsonHasOneObjectPerFileInTheDocumentedShape() throws Exception {
        Path csv = kerasCsv("training.log");
        Path json = kerasJsonStillImproving("history.json");
        CliRunner r = CliRunner.run("diagnose", "--json", csv.toString(), json.toString());

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        JsonNode first = array.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("file", "label", "kind", "bestEpoch", "confidence", "evidence", "suggestion");
        assertThat(first.get("file").asText()).isEqualTo(csv.toString());
        assertThat(first.get("label").asText()).isEqualTo("OVERFIT");
        assertThat(first.get("kind").isNull()).isTrue();
        assertThat(first.get("bestEpoch").asInt()).isEqualTo(21);
        assertThat(array.get(1).get("kind").asText()).isEqualTo("STILL_IMPROVING");

        // the numbers are the labeller's, value for value
        double[] t = new double[60];
        double[] v = new double[60];
        for (int i = 1; i <= 60; i++) {
            t[i - 1] = train(i);
            v[i - 1] = overfitVal(i);
        }
        Diagnosis direct = new CurveDiagnoser().diagnose(CurveInput.of(t, v));
        assertThat(first.get("confidence").asDouble()).isEqualTo(direct.confidence());
        direct.evidence().forEach((k, x) -> assertThat(first.get("evidence").get(k).asDouble()).as(k).isEqualTo(x));
        assertThat(first.get("suggestion").asText()).isEqualTo(direct.suggestion());
    }

    @Test
    void badFileGivesOneLineNamingFileAndRowAndExitTwoWithoutPartialOutput() throws Exception {
        Path good = kerasCsv("good.csv");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "epoch,loss,val_loss\n0,0.5,0.6\n1,x,0.5\n");
        CliRunner r = CliRunner.run("diagnose", good.toString(), bad.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("bad.csv: row 3, column 'loss': 'x' is not a number").doesNotContain("\tat ");
    }

    @Test
    void unreadableFileIsAUserError() {
        CliRunner r = CliRunner.run("diagnose", "--json", dir.resolve("missing.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("lstm-workbench diagnose: missing.json: cannot read");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void noFileIsAUsageError() {
        CliRunner r = CliRunner.run("diagnose");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("FILE");
    }

    @Test
    void historyCsvUsesTheBaselineAndDropoutRecordedInRunJsonBesideIt() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        StringBuilder s = new StringBuilder("epoch,train_loss,val_loss,train_rmse,val_rmse,learning_rate,elapsed_ms\n");
        for (int t = 1; t <= 60; t++) {
            // settled early at 0.10/0.12: a good fit on its own, but no better than a 0.11 baseline
            s.append(String.format(Locale.ROOT, "%d,%s,%s,,,0.001,%d%n", t, 0.10 + Math.exp(-t / 5.0),
                    0.12 + Math.exp(-t / 5.0), t));
        }
        Path history = Files.writeString(run.resolve("history.csv"), s);
        assertThat(CliRunner.run("diagnose", history.toString()).out()).contains("GOOD_FIT");

        Files.writeString(run.resolve("run.json"),
                "{\"status\": \"done\", \"diagnosisInput\": {\"naiveBaselineVal\": 0.11, \"regularised\": false}}");
        CliRunner r = CliRunner.run("diagnose", "--json", history.toString());
        JsonNode d = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(d.get("label").asText()).isEqualTo("UNDERFIT");
        assertThat(d.get("kind").asText()).isEqualTo("CAPACITY");
        assertThat(d.get("evidence").get("baselineRatio").asDouble()).isCloseTo(0.12 / 0.11, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void nonFiniteEvidenceIsWrittenAsNull() {
        Diagnosis d = new Diagnosis(FitLabel.DIVERGED, null, 1.0, 2, Map.of("glEnd", Double.NaN), "Lower the rate.");
        JsonNode node = DiagnosisJson.toJson(d);
        assertThat(node.get("label").asText()).isEqualTo("DIVERGED");
        assertThat(node.get("evidence").has("glEnd")).isTrue();
        assertThat(node.get("evidence").get("glEnd").isNull()).isTrue();
        assertThat(node.has("file")).isFalse();
    }
}
