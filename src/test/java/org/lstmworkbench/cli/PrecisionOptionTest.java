package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.training.engine.Precision;

/** {@code --precision} on train and bench: float is asked for, recorded, and double stays the default. */
class PrecisionOptionTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToDouble() {
        // the option sets a process-wide property: later tests in this JVM must train in double
        System.clearProperty(Precision.PROPERTY);
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
        assertThat(engine(single).get("name").asText()).isEqualTo("fast");
        assertThat(engine(single).get("note").asText()).contains("float precision");

        System.clearProperty(Precision.PROPERTY);
        Path plain = dir.resolve("plain");
        CliRunner d = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "20", "--out", plain.toString());
        assertThat(d.status()).as(d.err()).isZero();
        assertThat(engine(plain).get("note").asText()).doesNotContain("float");
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
