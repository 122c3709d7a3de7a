package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.model.Precision;

/** {@code --precision} on train and bench: float is asked for, recorded, and double stays the default. */
class PrecisionOptionTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToDouble() {
        // the option sets the configuration's precision, never the process's property: check it stayed unset
        assertThat(System.getProperty(Precision.PROPERTY)).isNull();
    }

    private static JsonNode engine(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("engine");
    }

    @Test
    void trainInFloatSaysSoInRunJsonAndDoubleIsTheDefault() throws Exception {
        Path single = dir.resolve("float");
        CliRunner f = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "20", "--precision", "float",
                "--out", single.toString());
        assertThat(f.status()).as(f.err()).isZero();
        assertThat(engine(single).get("name").asText()).isEqualTo("fast-float");
        assertThat(engine(single).get("precision").asText()).isEqualTo("float");
        assertThat(engine(single).get("note").asText()).contains("float precision");

        Path plain = dir.resolve("plain");
        CliRunner d = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "20", "--out", plain.toString());
        assertThat(d.status()).as(d.err()).isZero();
        assertThat(engine(plain).get("note").asText()).doesNotContain("float");
        assertThat(engine(plain).get("precision").asText()).isEqualTo("double");
    }

    @Test
    void aSweepOverThePrecisionTrainsBothAndRecordsEachRunsEngine() throws Exception {
        Path out = dir.resolve("sweep");
        CliRunner r = CliRunner.run("sweep", "--data", "demo:seed-sequence", "--param", "precision=double,float",
                "--epochs", "10", "--repeats", "1", "--threads", "1", "-q", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).build().parse(java.nio.file.Files.newBufferedReader(out.resolve("results.csv")))) {
            java.util.Map<String, String> engineByPrecision = new java.util.TreeMap<>();
            for (org.apache.commons.csv.CSVRecord row : csv) {
                engineByPrecision.put(row.get("precision"), row.get("engine"));
            }
            assertThat(engineByPrecision).containsExactly(java.util.Map.entry("double", "fast"),
                    java.util.Map.entry("float", "fast-float"));
        }
        JsonNode params = new ObjectMapper().readTree(out.resolve("experiment.json").toFile()).get("sweep").get("params");
        assertThat(params.get(0).get("name").asText()).isEqualTo("precision");
        assertThat(params.get(0).get("values").toString()).isEqualTo("[\"double\",\"float\"]");
    }

    @Test
    void precisionOnTheCommandLineOverridesTheConfigFile() throws Exception {
        Path config = dir.resolve("c.json");
        java.nio.file.Files.writeString(config, "{\"formatVersion\": 2, \"precision\": \"FLOAT\", \"epochs\": 5}");
        Path fromFile = dir.resolve("file");
        assertThat(CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(), "--out",
                fromFile.toString()).status()).isZero();
        assertThat(engine(fromFile).get("name").asText()).isEqualTo("fast-float");
        Path overridden = dir.resolve("cli");
        assertThat(CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(),
                "--precision", "double", "--out", overridden.toString()).status()).isZero();
        assertThat(engine(overridden).get("name").asText()).isEqualTo("fast");
    }

    @Test
    void anotherPrecisionIsAParameterError() {
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--precision", "half", "--out",
                dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--precision must be double or float, got 'half'");
        CliRunner b = CliRunner.run("bench", "--workload", "s-50", "--precision", "both", "--rounds", "2");
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err()).contains("--rounds must be at least 3");
        CliRunner plain = CliRunner.run("bench", "--precision", "float");
        assertThat(plain.status()).isEqualTo(2);
        assertThat(plain.err()).contains("--precision applies to a --workload only");
    }
}
