package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history.csv of the first release (version 1) still reads; new files carry their version and round-trip. */
class RunFilesTest {

    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(RunFilesTest.class.getResource("/formats/v1/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsAVersion1HistoryValueForValue() {
        List<EpochMetrics> h = RunFiles.readHistory(sample("train/history.csv"));

        assertThat(h).hasSize(3);
        EpochMetrics first = h.get(0);
        assertThat(first.epoch()).isEqualTo(1);
        assertThat(first.trainLoss()).isEqualTo(0.14511679641265404);
        assertThat(first.valLoss()).isEqualTo(0.5364072574601089);
        assertThat(first.trainRmse()).isEqualTo(0.3809419856259665);
        assertThat(first.valRmse()).isEqualTo(0.7323982915464159);
        assertThat(first.learningRate()).isEqualTo(0.001);
        assertThat(first.elapsedMillis()).isEqualTo(248);
        assertThat(first.metrics().keySet()).containsExactly("train_loss", "val_loss", "train_rmse", "val_rmse");
    }

    @Test
    void aNewHistoryEndsWithItsFormatVersionAndReadsBackEqual() throws Exception {
        List<EpochMetrics> h = List.of(EpochMetrics.regression(1, 0.5, Double.NaN, 0.25, Double.NaN, 0.01, 7),
                EpochMetrics.regression(2, 0.1 + 0.2, Double.NaN, 1e-17, Double.NaN, 0.01, 12));
        Path file = dir.resolve("history.csv");
        RunFiles.writeHistory(file, h);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(
                "epoch,train_loss,val_loss,train_rmse,val_rmse,learning_rate,elapsed_ms,format_version");
        assertThat(lines.get(1)).isEqualTo("1,0.5,,0.25,,0.01,7,2");
        assertThat(RunFiles.readHistory(file)).isEqualTo(h);
    }

    @Test
    void aVersion2HistoryIsTheVersion1FileWithTheVersionColumnAdded() throws Exception {
        Path v1 = sample("train/history.csv");
        Path v2 = dir.resolve("history.csv");
        RunFiles.writeHistory(v2, RunFiles.readHistory(v1));

        List<String> old = Files.readAllLines(v1);
        List<String> now = Files.readAllLines(v2);
        assertThat(now).hasSameSizeAs(old);
        assertThat(now.get(0)).isEqualTo(old.get(0) + ",format_version");
        for (int i = 1; i < old.size(); i++) {
            assertThat(now.get(i)).isEqualTo(old.get(i) + ",2");
        }
    }
}
