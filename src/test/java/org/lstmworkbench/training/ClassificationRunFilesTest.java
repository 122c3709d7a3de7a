package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigJson;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.report.ConfusionImages;

/** What a classification run leaves behind: history.csv with accuracy, run.json with classes and reports, the heat map. */
class ClassificationRunFilesTest {

    @TempDir
    Path dir;

    @Test
    void historyAndRunJsonOfARealRun() throws Exception {
        PreparedSequences p = ClassificationTrainingTest.prepared(SequenceDemos.risingFalling(5), 0.6, 0.2, 0.2, 5);
        ModelConfig c = ClassificationTrainingTest.config(p, 6, 3, 0.02, 16, 2);
        RunResult r = new Trainer(c, TrainingDataFactory.from(p)).run(m -> { }, new CancellationToken());

        Path history = dir.resolve("history.csv");
        RunFiles.writeHistory(history, r);
        List<String> lines = Files.readAllLines(history);
        assertThat(lines.get(0)).isEqualTo(
                "epoch,train_loss,val_loss,train_accuracy,val_accuracy,learning_rate,elapsed_ms,format_version");
        assertThat(lines).hasSize(4);
        String[] third = lines.get(3).split(",");
        assertThat(Double.parseDouble(third[4])).isEqualTo(r.finalValue(Metric.VAL_ACCURACY));
        List<EpochMetrics> back = RunFiles.readHistory(history);
        assertThat(back.get(2).value(Metric.TRAIN_ACCURACY)).isEqualTo(r.finalValue(Metric.TRAIN_ACCURACY));

        ObjectNode json = RunFiles.runJson(r, null);
        assertThat(json.get("finalValAccuracy").asDouble()).isEqualTo(r.finalValue(Metric.VAL_ACCURACY));
        assertThat(json.get("finalTrainAccuracy").asDouble()).isEqualTo(r.finalValue(Metric.TRAIN_ACCURACY));
        assertThat(json.get("bestValLoss").asDouble()).isEqualTo(r.bestValue());
        assertThat(json.get("bestValAccuracy").asDouble()).isEqualTo(r.bestOf(Metric.VAL_ACCURACY));
        assertThat(json.get("testAccuracy").asDouble()).isEqualTo(r.test("test_accuracy"));
        assertThat(json.get("classes").toString()).isEqualTo(
                "[{\"index\":0,\"name\":\"falling\",\"count\":50},{\"index\":1,\"name\":\"rising\",\"count\":50}]");
        JsonNode val = json.get("classification").get("validation");
        ClassificationReport report = r.classificationReports().get(RunResult.VALIDATION);
        assertThat(val.get("accuracy").asDouble()).isEqualTo(report.accuracy());
        assertThat(val.get("confusion").get(1).get(1).asLong()).isEqualTo(report.confusion()[1][1]);
        assertThat(val.get("perClass").get(0).get("class").asText()).isEqualTo("falling");
        assertThat(val.get("perClass").get(0).get("support").asLong()).isEqualTo(10);
        assertThat(json.get("classification").has("test")).isTrue();
        assertThat(RunFiles.readReport(val)).usingRecursiveComparison().isEqualTo(report);
        assertThat(ModelConfigJson.fromTree((ObjectNode) json.get("config"), "run.json")).isEqualTo(c);
        assertThat(report.accuracy()).isEqualTo(r.finalValue(Metric.VAL_ACCURACY));
    }

    @Test
    void aReportsScoresFollowItsConfusionCounts() {
        // actual a: 8 right, 2 called b; actual b: 1 called a, 4 right; actual c: 5 called b
        ClassificationReport r = ClassificationReport.of(List.of("a", "b", "c"),
                new long[][] {{8, 2, 0}, {1, 4, 0}, {0, 5, 0}});
        assertThat(r.accuracy()).isEqualTo(12.0 / 20);
        assertThat(r.recall()).containsExactly(0.8, 0.8, 0.0);
        assertThat(r.precision()[0]).isEqualTo(8.0 / 9);
        assertThat(r.precision()[1]).isEqualTo(4.0 / 11);
        assertThat(r.precision()[2]).isNaN();
        assertThat(r.f1()[0]).isCloseTo(2 * (8.0 / 9) * 0.8 / (8.0 / 9 + 0.8), within(1e-15));
        assertThat(r.f1()[2]).isNaN();
        assertThat(r.balancedAccuracy()).isCloseTo(1.6 / 3, within(1e-15));
        assertThat(r.total()).isEqualTo(20);
    }

    @Test
    void theConfusionHeatMapIsAPngOfTheAskedSize() throws Exception {
        ClassificationReport r = ClassificationReport.of(List.of("cyclic", "normal"), new long[][] {{9, 1}, {3, 7}});
        Path png = dir.resolve("confusion.png");
        ConfusionImages.writePng(png, "validation confusion matrix", r, 480, 400);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(400);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("confusion.png");
        }
    }

    @Test
    void regressionRunsKeepTheirColumnsAndHaveNoReports() {
        RunResult r = new RunResult(ModelConfig.DEFAULTS, 1, RunStatus.DONE, "", List.of(), 0, Double.NaN,
                Double.NaN, 0, 0);
        assertThat(r.classificationReports()).isEmpty();
        assertThat(RunFiles.runJson(r, null).has("classes")).isFalse();
        assertThat(RunFiles.HISTORY_COLUMNS).containsExactly("epoch", "train_loss", "val_loss", "train_rmse",
                "val_rmse", "learning_rate", "elapsed_ms", "format_version");
        assertThat(RunMetrics.of(ModelConfig.builder().task(Task.classification(ClassLabels.of(List.of("a", "b"))))
                .build()).test()).containsExactly(Metric.TEST_ACCURACY);
    }
}
