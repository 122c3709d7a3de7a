package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} writes predictions.csv, forecast.png and the forecast errors in run.json. */
class TrainForecastFilesTest {

    @TempDir
    Path dir;

    /** 40 months, value 100 + 3t + a seasonal wiggle; labels 2001-01 ... */
    private Path csv() throws Exception {
        List<String> lines = new ArrayList<>(List.of("month,value"));
        for (int t = 0; t < 40; t++) {
            lines.add(String.format(Locale.ROOT, "%d-%02d,%.1f", 2001 + t / 12, t % 12 + 1, value(t)));
        }
        Path file = dir.resolve("monthly.csv");
        Files.write(file, lines);
        return file;
    }

    private static double value(int t) {
        return Math.round((100 + 3 * t + 10 * Math.sin(t * Math.PI / 6)) * 10) / 10.0;
    }

    @Test
    void writesOnePredictionRowPerSampleWithItsLabelPersistenceAndTheTestErrors() throws Exception {
        Path out = dir.resolve("run");
        CliRunner r = CliRunner.run("train", "--data", csv().toString(), "--lags", "2", "--units", "3",
                "--epochs", "5", "--seed", "3", "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();

        List<String> rows = Files.readAllLines(out.resolve("predictions.csv"));
        assertThat(rows.get(0)).isEqualTo("part,index,label,actual,predicted,persistence");
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        int samples = run.get("trainSamples").asInt() + run.get("validationSamples").asInt()
                + run.get("testSamples").asInt();
        assertThat(rows).hasSize(1 + samples);
        assertThat(rows.get(1)).startsWith("train,2,2001-03,");
        List<Double> testActual = new ArrayList<>();
        List<Double> testPredicted = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            int index = Integer.parseInt(c[1]);
            assertThat(c[2]).isEqualTo(String.format(Locale.ROOT, "%d-%02d", 2001 + index / 12, index % 12 + 1));
            assertThat(Double.parseDouble(c[3])).isEqualTo(value(index));
            assertThat(Double.parseDouble(c[5])).isEqualTo(value(index - 1));
            if (c[0].equals("test")) {
                testActual.add(Double.parseDouble(c[3]));
                testPredicted.add(Double.parseDouble(c[4]));
            }
        }
        assertThat(testActual).hasSize(run.get("testSamples").asInt());
        double sq = 0;
        double abs = 0;
        for (int i = 0; i < testActual.size(); i++) {
            sq += Math.pow(testActual.get(i) - testPredicted.get(i), 2);
            abs += Math.abs(testActual.get(i) - testPredicted.get(i));
        }
        JsonNode test = run.get("forecast").get("test");
        assertThat(test.get("rmse").asDouble()).isCloseTo(Math.sqrt(sq / testActual.size()), within(1e-9));
        assertThat(test.get("rmse").asDouble()).as("the run's test RMSE").isCloseTo(run.get("testRmse").asDouble(),
                within(1e-9));
        assertThat(test.get("mae").asDouble()).isCloseTo(abs / testActual.size(), within(1e-9));
        assertThat(test.get("mape").isNumber()).isTrue();
        assertThat(run.get("forecast").get("steps").asInt()).isEqualTo(1);
        assertThat(test.has("byStep")).isFalse();

        BufferedImage png = ImageIO.read(out.resolve("forecast.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1200);
        assertThat(png.getHeight()).isEqualTo(800);
        assertThat(r.out()).contains("test forecast: RMSE").contains("predictions.csv");
    }

    @Test
    void aHorizonOfThreeWritesAStepColumnAndErrorsByStep() throws Exception {
        Path out = dir.resolve("h3");
        CliRunner r = CliRunner.run("train", "--data", csv().toString(), "--lags", "2", "--horizon", "3",
                "--units", "2", "--epochs", "3", "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("predictions.csv"));
        assertThat(rows.get(0)).isEqualTo("part,index,label,actual,predicted,persistence,step");
        // one sample's three steps: consecutive target rows, one persisted value (the row before the first)
        String[] s1 = rows.get(1).split(",");
        String[] s2 = rows.get(2).split(",");
        String[] s3 = rows.get(3).split(",");
        assertThat(List.of(s1[6], s2[6], s3[6])).containsExactly("1", "2", "3");
        assertThat(Integer.parseInt(s2[1])).isEqualTo(Integer.parseInt(s1[1]) + 1);
        assertThat(Integer.parseInt(s3[1])).isEqualTo(Integer.parseInt(s1[1]) + 2);
        assertThat(s3[5]).isEqualTo(s1[5]);
        assertThat(Double.parseDouble(s1[5])).isEqualTo(value(Integer.parseInt(s1[1]) - 1));
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        int samples = run.get("trainSamples").asInt() + run.get("validationSamples").asInt()
                + run.get("testSamples").asInt();
        assertThat(rows).hasSize(1 + 3 * samples);
        JsonNode byStep = run.get("forecast").get("test").get("byStep");
        assertThat(byStep).hasSize(3);
        assertThat(byStep.get(2).get("step").asInt()).isEqualTo(3);
        assertThat(byStep.get(2).get("count").asInt()).isEqualTo(run.get("testSamples").asInt());
    }
}
