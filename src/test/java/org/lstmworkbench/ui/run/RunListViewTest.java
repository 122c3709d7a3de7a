package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.ui.chart.RunColours;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class RunListViewTest {

    @Test
    void anImportedCurveWithAccuracyAddsTheFinalValidationAccuracyColumn() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> headers = WaitForAsyncUtils.asyncFx(() -> {
            RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
            RunListView view = new RunListView(vm, RunColours::fx);
            vm.importCurve(new org.lstmworkbench.diagnosis.LossCurve("keras", new double[] {0.7, 0.5},
                    new double[] {0.7, 0.6}, java.util.Map.of("acc", new double[] {0.5, 0.8},
                    "val_acc", new double[] {0.5, 0.75})), "history.csv");
            return view.getColumns().stream().map(c -> c.getText()).toList();
        }).get(30, TimeUnit.SECONDS);

        assertThat(headers).containsExactly("", "Run", "Fit", "Status", "Epochs", "Final val loss", "Best val loss",
                "Final val accuracy", "Test RMSE / MAE / MAPE", "Seed", "Configuration", "Dataset");
    }

    @Test
    void theSummaryColumnsAreNamedForTheTasksMonitoredMetric() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<String> headers = WaitForAsyncUtils.asyncFx(() -> {
            RunListView view = new RunListView(new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { }),
                    RunColours::fx);
            return view.getColumns().stream().map(c -> c.getText()).toList();
        }).get(30, TimeUnit.SECONDS);

        assertThat(RunItem.SUMMARISED).isEqualTo(Metric.VAL_LOSS);
        assertThat(headers).containsExactly("", "Run", "Fit", "Status", "Epochs", "Final val loss", "Best val loss",
                "Test RMSE / MAE / MAPE", "Seed", "Configuration", "Dataset");
    }

    @Test
    void theBestEpochFollowsTheSummarisedMetricsDirection() {
        RunItem item = new RunItem("x", "x", null, 0, ModelConfig.defaults(), 1);
        item.appendEpochs(List.of(EpochMetrics.regression(1, 1, 0.5, 0, 0, 0.001, 1),
                EpochMetrics.regression(2, 1, 0.3, 0, 0, 0.001, 2),
                EpochMetrics.regression(3, 1, Double.NaN, 0, 0, 0.001, 3),
                EpochMetrics.regression(4, 1, 0.4, 0, 0, 0.001, 4)));

        assertThat(item.bestEpochProperty().get()).isEqualTo(2);
        assertThat(item.bestValLossProperty().get()).isEqualTo(0.3);
        assertThat(item.finalValLossProperty().get()).isEqualTo(0.4);
    }
}
