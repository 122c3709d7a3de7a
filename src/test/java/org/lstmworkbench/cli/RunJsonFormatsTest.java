package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lstmworkbench.model.ModelConfigJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.diagnosis.CurveInput;

/** A train folder of the first release (version 1) still diagnoses; a new run.json is version 2 with the same fields. */
class RunJsonFormatsTest {

    @TempDir
    Path dir;

    private static Path v1(String name) throws Exception {
        return Path.of(RunJsonFormatsTest.class.getResource("/formats/v1/train/" + name).toURI());
    }

    @Test
    void aVersion1HistoryWithItsRunJsonGivesTheRunsDiagnosisInput() throws Exception {
        CurveInput in = DiagnoseCommand.inputOf(v1("history.csv"));

        assertThat(in.train()).containsExactly(0.14511679641265404, 0.1431695444922387, 0.14123564518477597);
        assertThat(in.val()).containsExactly(0.5364072574601089, 0.5312963366302422, 0.5262055646468371);
        assertThat(in.naiveBaselineVal()).hasValue(0.010000000000000005);
        assertThat(in.regularised()).isFalse();
    }

    @Test
    void aNewRunJsonIsVersion2WithTheVersion1FieldsAndValues() throws Exception {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "3", "--split",
                "0.6,0.2,0.2", "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode now = json.readTree(out.resolve("run.json").toFile());
        JsonNode old = json.readTree(v1("run.json").toFile());
        assertThat(now.get("formatVersion").asInt()).isEqualTo(2);
        List<String> fields = new ArrayList<>();
        now.fieldNames().forEachRemaining(fields::add);
        List<String> oldFields = new ArrayList<>();
        oldFields.add("formatVersion");
        old.fieldNames().forEachRemaining(oldFields::add);
        // one field added since: which engine trained the run
        oldFields.add(oldFields.indexOf("parameterCount") + 1, "engine");
        // and a regression run's forecast errors, after its diagnosis
        oldFields.add(oldFields.indexOf("diagnosis") + 1, "forecast");
        assertThat(fields).isEqualTo(oldFields);
        assertThat(now.get("engine").get("name").asText()).isIn("fast", "dl4j");
        for (String f : List.of("status", "seed", "epochs", "finalTrainLoss", "finalValLoss", "bestEpoch",
                "modelValLoss", "bestValLoss", "testRmse", "parameterCount", "diagnosis")) {
            assertThat(now.get(f)).as(f).isEqualTo(old.get(f));
        }
        // data: the version 1 fields and values, plus fields added since with their defaults and what preparing did
        ObjectNode data = now.get("data").deepCopy();
        assertThat(data.remove("edgeGaps").asText()).isEqualTo("FILL");
        assertThat(data.remove("encodings").isEmpty()).isTrue();
        assertThat(((ObjectNode) data.get("transform")).remove("shift").asDouble()).isZero();
        assertThat(data.remove("preparation").get("gaps").get("droppedRows").asInt()).isZero();
        assertThat(data).isEqualTo(old.get("data"));
        // the configuration is written in its own nested (version 2) form and means the same
        assertThat(now.get("config").get("formatVersion").asInt()).isEqualTo(ModelConfigJson.FORMAT_VERSION);
        assertThat(ModelConfigJson.fromTree((ObjectNode) now.get("config"), "now"))
                .isEqualTo(ModelConfigJson.fromTree((ObjectNode) old.get("config"), "v1"));
        List<String> history = Files.readAllLines(out.resolve("history.csv"));
        List<String> oldHistory = Files.readAllLines(v1("history.csv"));
        assertThat(history.get(0)).isEqualTo(oldHistory.get(0) + ",format_version");
    }
}
