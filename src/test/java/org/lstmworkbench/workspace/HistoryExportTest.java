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

    @Test
    void runsOfDatasetsGetTheDatasetsNameAndSettingsAsTwoColumns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.csv");
        org.lstmworkbench.workspace.RunDataset seasonal = new org.lstmworkbench.workspace.RunDataset("d1", null,
                org.lstmworkbench.data.DemoDatasets.recommendedSpec("seasonal"), null, null);
        HistoryExport.writeLong(file, List.of(
                new HistoryExport.Entry("run 1", 1, List.of(EpochMetrics.regression(1, 0.5, 0.25, 1, 2, 0.1, 3)),
                        seasonal),
                new HistoryExport.Entry("keras", 0, List.of(EpochMetrics.regression(1, 0.3, 0.2, 1, 2, 0.1, 5)))));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("run,seed,epoch,train_loss,val_loss,train_rmse,val_rmse,dataset,dataset_settings");
        assertThat(lines.get(1)).startsWith("run 1,1,1,0.5,0.25,1.0,2.0,demo:seasonal,\"target value, inputs own past, lags 12,")
                .contains("seasonal diff 12").endsWith("\"");
        assertThat(lines.get(2)).isEqualTo("keras,0,1,0.3,0.2,1.0,2.0,,");
    }
}
