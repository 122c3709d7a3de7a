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

    @Test
    void settingsThatDifferBetweenRunsGetColumnsBeforeTheSeedAndEveryColumnSorts() throws Exception {
        FxToolkit.registerPrimaryStage();
        ModelConfig base = ModelConfig.builder().units(10).batchSize(5).epochs(20).learningRate(0.01).build();
        List<List<String>> seen = WaitForAsyncUtils.asyncFx(() -> {
            RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
            RunListView view = new RunListView(vm, RunColours::fx);
            vm.runs().add(new RunItem("a", "run 1", null, 0, base, 1));
            List<String> alone = view.settingColumnTitles();
            vm.runs().add(new RunItem("b", "run 2", null, 1, base.toBuilder().units(50, 50).learningRate(0.001).build(), 2));
            vm.runs().add(new RunItem("c", "run 3", null, 2, base.toBuilder().units(9).build(), 3));
            List<String> headers = view.getColumns().stream().map(c -> c.getText()).toList();
            var cells = view.getColumns().stream().filter(c -> "cells".equals(c.getText())).findFirst().orElseThrow();
            List<String> cellValues = view.getItems().stream().map(r -> String.valueOf(cells.getCellData(r))).toList();
            cells.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            view.getSortOrder().setAll(List.of(cells));
            List<String> sorted = view.getItems().stream().map(RunItem::name).toList();
            return List.of(alone, headers, cellValues, sorted);
        }).get(30, TimeUnit.SECONDS);

        assertThat(seen.get(0)).as("one run differs from nothing").isEmpty();
        assertThat(seen.get(1)).containsExactly("", "Run", "Fit", "Status", "Epochs", "Final val loss",
                "Best val loss", "Test RMSE / MAE / MAPE", "cells", "learning rate", "Seed", "Configuration", "Dataset");
        assertThat(seen.get(2)).containsExactly("10", "50, 50", "9");
        // numbers by value, not text: 9 before 10
        assertThat(seen.get(3)).containsExactly("run 3", "run 1", "run 2");
    }
}
