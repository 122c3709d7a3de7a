package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.training.EpochMetrics;

class HistoryExportTest {

    @Test
    void writesOneRowPerRunAndEpochWithEmptyCellsForMissingValidation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.csv");
        HistoryExport.writeLong(file, List.of(
                new HistoryExport.Entry("run 1", 1, List.of(EpochMetrics.regression(1, 0.5, 0.25, 1, 2, 0.1, 3),
                        EpochMetrics.regression(2, 0.4, 0.2, 1, 2, 0.1, 4))),
                new HistoryExport.Entry("run, 2", 2, List.of(EpochMetrics.regression(1, 0.3, Double.NaN, 1, Double.NaN, 0.1, 5)))));
        assertThat(Files.readAllLines(file)).containsExactly(
                "run,seed,epoch,train_loss,val_loss,train_rmse,val_rmse",
                "run 1,1,1,0.5,0.25,1.0,2.0",
                "run 1,1,2,0.4,0.2,1.0,2.0",
                "\"run, 2\",2,1,0.3,,1.0,");
    }
}
