package org.lstmworkbench.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.EpochMetrics;

class ChartCurvesTest {

    private static final Metric TRAIN_ACC = new Metric("train_accuracy", "training accuracy", "", true);
    private static final Metric VAL_ACC = new Metric("val_accuracy", "validation accuracy", "", true);

    @Test
    void theRegressionChartDrawsTheLossesOfTheTasksMetrics() {
        assertThat(ChartCurves.of(Task.REGRESSION)).containsExactly(Metric.TRAIN_LOSS, Metric.VAL_LOSS);
        assertThat(ChartCurves.quantity(Metric.VAL_RMSE)).isEqualTo("rmse");
        LossChart chart = FxThread.call(LossChart::new);
        assertThat(chart.curves()).containsExactly(Metric.TRAIN_LOSS, Metric.VAL_LOSS);
        assertThat(chart.rangeAxis().getLabel()).isEqualTo("loss");
    }

    @Test
    void aChartOfOtherMetricsDrawsTheirValuesNamesItsAxisAndKeysTheirLineStyles() {
        LossChart chart = FxThread.call(() -> {
            LossChart c = new LossChart(List.of(TRAIN_ACC, VAL_ACC));
            c.addRun("a", "run a", 0);
            c.appendEpochs("a", List.of(
                    new EpochMetrics(1, Map.of("train_accuracy", 0.5, "val_accuracy", 0.4, "train_loss", 9.0), 0.01, 1),
                    new EpochMetrics(2, Map.of("train_accuracy", 0.7), 0.01, 2)));
            return c;
        });

        assertThat(chart.pointCount("a", TRAIN_ACC)).isEqualTo(2);
        assertThat(chart.pointCount("a", VAL_ACC)).as("an epoch without the metric draws no point").isEqualTo(1);
        assertThat(chart.rawSeries("a", false).getY(1).doubleValue()).isEqualTo(0.7);
        assertThat(chart.rawSeries("a", true).getY(0).doubleValue()).isEqualTo(0.4);
        assertThat(chart.rangeAxis().getLabel()).isEqualTo("accuracy");
        assertThat(chart.plot().getLegendItems().get(0).getLabel()).isEqualTo("train");
        assertThat(chart.plot().getLegendItems().get(1).getLabel()).isEqualTo("validation");
        assertThat(chart.rawSeries("a", true).getKey()).hasToString("run a validation");
    }
}
