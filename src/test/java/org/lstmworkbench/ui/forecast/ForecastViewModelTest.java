package org.lstmworkbench.ui.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.forecast.PartForecast;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.report.ForecastImages;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.chart.StepErrorChart;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.workspace.SavedRun;

/** The Forecast tab's state for restored runs with and without a forecast, and for a classifier. */
class ForecastViewModelTest {

    /** Two steps ahead: train 3 samples (origins 1..3), test 2 samples (origins 6, 7). */
    static RunForecast twoSteps() {
        PartForecast train = new PartForecast(RunForecast.TRAIN, new int[] {1, 2, 3},
                new double[][] {{2, 4}, {4, 7}, {7, 11}}, new double[][] {{2.5, 4.5}, {3.5, 6}, {7, 12}},
                new double[][] {{1, 1}, {2, 2}, {4, 4}});
        PartForecast test = new PartForecast(RunForecast.TEST, new int[] {6, 7}, new double[][] {{22, 29}, {29, 0}},
                new double[][] {{20, 30}, {30, 1}}, new double[][] {{16, 16}, {22, 22}});
        return new RunForecast("v", 2, false, 0, List.of(), List.of(train, test));
    }

    static RunItem restored(ModelConfig config, RunForecast forecast) {
        SavedRun s = new SavedRun("r1", "run 1", null, 0, true, config, 1, RunStatus.DONE, "",
                List.of(EpochMetrics.regression(1, 0.5, 0.7, 0.1, 0.2, 0.001, 10)), 1, 0.7, 1.5, 101, 12, null)
                .withForecast(forecast);
        return RunItem.restored(s);
    }

    @Test
    void aRestoredRunWithAForecastDrawsEverySampleAtTheChosenStep() {
        ForecastViewModel vm = new ForecastViewModel();
        RunItem run = restored(ModelConfig.defaults(), twoSteps());
        vm.show(run);
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.severalStepsProperty().get()).isTrue();
        assertThat(vm.steps()).containsExactly("t+1", "t+2");
        assertThat(vm.chart().seriesCount()).isEqualTo(3);
        assertThat(vm.chart().points(ForecastImages.ACTUAL)).isEqualTo(5);
        assertThat(vm.chart().points(ForecastImages.PREDICTED)).isEqualTo(5);
        assertThat(vm.chart().points(ForecastImages.PERSISTENCE)).isEqualTo(5);
        assertThat(vm.chart().residualPoints()).isEqualTo(5);
        assertThat(vm.chart().shadedParts()).isEqualTo(2);
        assertThat(vm.messageProperty().get()).isEqualTo("v: actual vs predicted at t+1, original units");
        // the table measures the test part: step 2 errors 1 and 1 (29 vs 30, 0 vs 1); MAPE undefined at 0;
        // persistence 16 and 22 against 29 and 0: sqrt((13^2 + 22^2) / 2) = 18.07
        assertThat(vm.stepPartProperty().get()).isEqualTo("Error by step ahead, test part");
        assertThat(vm.stepRows()).hasSize(2);
        assertThat(vm.stepRows().get(1)).isEqualTo(new ForecastViewModel.StepRow("t+2", "1", "1",
                "not defined", "18.07"));
        // the chart draws the same test-part errors, one point per step ahead
        assertThat(vm.stepChart().points(StepErrorChart.MODEL)).isEqualTo(2);
        assertThat(vm.stepChart().value(StepErrorChart.MODEL, 1)).isEqualTo(1.0);
        assertThat(vm.stepChart().value(StepErrorChart.PERSISTENCE, 1)).isCloseTo(18.07, within(0.01));
        // every test cell: errors 2, -1, -1, -1
        assertThat(vm.errorsProperty().get()).contains("test: RMSE 1.323, MAE 1.250, MAPE not defined")
                .contains("train: RMSE");

        vm.stepProperty().set(1);
        assertThat(vm.messageProperty().get()).contains("t+2");
        vm.persistenceProperty().set(false);
        assertThat(vm.chart().seriesCount()).isEqualTo(2);
        assertThat(vm.chart().points(ForecastImages.PERSISTENCE)).isZero();
        assertThat(run.testErrorsProperty().get()).isEqualTo("1.323 / 1.25");
    }

    @Test
    void aRunSavedWithoutForecastAsksToBeRetrained() {
        ForecastViewModel vm = new ForecastViewModel();
        vm.show(restored(ModelConfig.defaults(), twoSteps()));
        RunItem old = restored(ModelConfig.defaults(), null);
        vm.show(old);
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.chart().seriesCount()).isZero();
        assertThat(vm.stepRows()).isEmpty();
        assertThat(vm.stepChart().points(StepErrorChart.MODEL)).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("No forecast stored for run 1: retrain it.");
        // without a forecast the list still shows the trainer's test RMSE
        assertThat(old.testErrorsProperty().get()).isEqualTo("1.5");
    }

    @Test
    void aClassifierIsToldTheTabIsForRegression() {
        ForecastViewModel vm = new ForecastViewModel();
        ModelConfig classifier = ModelConfig.defaults().toBuilder()
                .task(Task.classification(ClassLabels.of(List.of("a", "b")))).loss(LossKind.CROSS_ENTROPY).build();
        vm.show(restored(classifier, null));
        assertThat(vm.messageProperty().get()).startsWith("The forecast view is for regression runs");
        assertThat(vm.availableProperty().get()).isFalse();
    }
}
