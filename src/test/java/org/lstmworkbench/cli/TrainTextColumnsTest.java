package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code train} on a multivariate file with a wind-direction text column and gaps at the start. */
class TrainTextColumnsTest {

    private static final String[] WIND = {"NW", "cv", "NE", "SE"};

    @TempDir
    Path dir;

    /** 40 hours; pm2.5 is NA for the first two, cbwd cycles through four directions. */
    private Path pollution() throws Exception {
        StringBuilder csv = new StringBuilder("No,pm2.5,DEWP,TEMP,cbwd,Iws\n");
        for (int i = 0; i < 40; i++) {
            String pm = i < 2 ? "NA" : String.format(Locale.ROOT, "%.1f", 50 + 30 * Math.sin(i / 3.0));
            csv.append(String.format(Locale.ROOT, "%d,%s,%d,%.1f,%s,%.2f%n", i + 1, pm, -20 + i % 7,
                    -5 + i * 0.3, WIND[i % 4], 1.5 + i * 0.5));
        }
        return Files.writeString(dir.resolve("pollution.csv"), csv.toString());
    }

    @Test
    void trainsWithAnEncodedTextInputAndBackFilledLeadingGaps() throws Exception {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--data", pollution().toString(), "--column", "pm2.5",
                "--inputs", "pm2.5,DEWP,TEMP,cbwd,Iws", "--encode", "cbwd=onehot", "--missing", "ffill",
                "--lags", "3", "--units", "4", "--epochs", "3", "--seed", "1", "--out", out.toString(), "-q");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("data: gaps: 2 values at the edges filled from the nearest value; "
                + "cbwd: one-hot, 4 categories (NE, NW, SE, cv), 0 unseen values");
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        JsonNode prep = run.get("data").get("preparation");
        assertThat(prep.get("gaps").get("edgeFilledValues").asInt()).isEqualTo(2);
        assertThat(prep.get("gaps").get("droppedRows").asInt()).isZero();
        assertThat(prep.get("encodings").get(0).get("categories")).hasSize(4);
        assertThat(prep.get("encodings").get(0).get("unseen").asInt()).isZero();
        assertThat(prep.get("features")).hasSize(8);
        assertThat(run.get("data").get("encodings").get("cbwd").asText()).isEqualTo("ONE_HOT");
        // 40 rows, 3 lags: 37 samples
        assertThat(run.get("trainSamples").asInt() + run.get("validationSamples").asInt()
                + run.get("testSamples").asInt()).isEqualTo(37);
        assertThat(Double.isFinite(run.get("testRmse").asDouble())).isTrue();
    }

    @Test
    void trimmingTheLeadingGapsDropsTheirRowsAndIntegerCodesGiveOneFeature() throws Exception {
        Path out = dir.resolve("trim");
        CliRunner r = CliRunner.run("train", "--data", pollution().toString(), "--column", "pm2.5",
                "--inputs", "pm2.5,cbwd", "--encode", "cbwd=integer", "--missing", "interpolate", "--edge-gaps", "trim",
                "--units", "3", "--epochs", "2", "--seed", "1", "--out", out.toString(), "-q");

        assertThat(r.status()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("data").get("preparation").get("gaps").get("droppedRows").asInt()).isEqualTo(2);
        assertThat(run.get("data").get("preparation").get("features").toString()).isEqualTo("[\"pm2.5\",\"cbwd\"]");
        // 38 rows, 1 lag: 37 samples
        assertThat(run.get("trainSamples").asInt() + run.get("validationSamples").asInt()
                + run.get("testSamples").asInt()).isEqualTo(37);
    }

    @Test
    void unchosenTextColumnsNoLongerStopTheFile() throws Exception {
        CliRunner r = CliRunner.run("train", "--data", pollution().toString(), "--column", "TEMP",
                "--inputs", "DEWP,TEMP,Iws", "--units", "2", "--epochs", "1", "--out", dir.resolve("x").toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wind=onehot|--encode wind=onehot: column \"wind\" is not one of --inputs pm2.5,cbwd",
        "cbwd=hash|--encode cbwd=hash: mode \"hash\" is not onehot or integer",
        "cbwd|--encode takes COLUMN=onehot or COLUMN=integer, not \"cbwd\"",
    })
    void aBadEncodingIsExitTwoNamingIt(String encode, String expected) throws Exception {
        CliRunner r = CliRunner.run("train", "--data", pollution().toString(), "--column", "pm2.5",
                "--inputs", "pm2.5,cbwd", "--encode", encode, "--missing", "ffill", "--out", dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(expected);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aTextTargetIsExitTwoNamingTheColumn() throws Exception {
        CliRunner r = CliRunner.run("train", "--data", pollution().toString(), "--column", "cbwd",
                "--out", dir.resolve("x").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("column \"cbwd\": \"NW\" is not a number; the target column \"cbwd\" holds text");
    }

    @Test
    void log1pAndShiftReachTheSpecAndTheFittedLambdaIsPrinted() throws Exception {
        Path out = dir.resolve("bc");
        CliRunner r = CliRunner.run("train", "--data", pollution().toString(), "--column", "DEWP", "--box-cox",
                "--shift", "30", "--units", "2", "--epochs", "1", "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        double lambda = run.get("data").get("preparation").get("boxCoxLambda").asDouble();
        assertThat(r.out()).contains(String.format(Locale.ROOT, "Box-Cox lambda %.4g", lambda));
        assertThat(run.get("data").get("transform").get("shift").asDouble()).isEqualTo(30.0);

        CliRunner log = CliRunner.run("train", "--data", pollution().toString(), "--column", "DEWP", "--log",
                "--out", dir.resolve("y").toString());
        assertThat(log.status()).isEqualTo(2);
        assertThat(log.err()).contains("is not positive").contains("use a shift c of at least");
    }
}
