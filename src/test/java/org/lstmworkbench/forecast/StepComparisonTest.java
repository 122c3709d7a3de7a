package org.lstmworkbench.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RMSE by step ahead on literal forecasts: two samples, two steps. */
class StepComparisonTest {

    private static final double[][] ACTUAL = {{10, 20}, {30, 40}};
    private static final double[][] PERSISTENCE = {{8, 8}, {25, 25}};

    private static RunForecast forecast(double[][] predicted) {
        PartForecast v = new PartForecast(RunForecast.VALIDATION, new int[] {5, 6}, ACTUAL, predicted, PERSISTENCE);
        return new RunForecast("v", 2, false, 0, List.of(), List.of(v));
    }

    @Test
    void givesEachStepsRmseBesidePersistences() {
        // step 1: errors 1 and 3 -> sqrt(5); persistence 2 and 5 -> sqrt(14.5)
        // step 2: errors 2 and 2 -> 2; persistence 12 and 15 -> sqrt(184.5)
        List<StepComparison.StepRmse> steps = StepComparison.byStep(forecast(new double[][] {{11, 22}, {27, 38}}),
                RunForecast.VALIDATION);
        assertThat(steps).extracting(StepComparison.StepRmse::step).containsExactly("t+1", "t+2");
        assertThat(steps.get(0).rmse()).isCloseTo(Math.sqrt(5), within(1e-12));
        assertThat(steps.get(0).persistenceRmse()).isCloseTo(Math.sqrt(14.5), within(1e-12));
        assertThat(steps.get(1).rmse()).isCloseTo(2, within(1e-12));
        assertThat(steps.get(1).ratio()).isCloseTo(2 / Math.sqrt(184.5), within(1e-12));
        assertThat(StepComparison.meanRatio(steps))
                .isCloseTo((Math.sqrt(5 / 14.5) + 2 / Math.sqrt(184.5)) / 2, within(1e-12));
        assertThat(StepComparison.describe(forecast(new double[][] {{11, 22}, {27, 38}}), RunForecast.VALIDATION))
                .isEqualTo("validation RMSE by step (original units): t+1 2.236 (persistence 3.808), "
                        + "t+2 2.000 (persistence 13.58)");
        assertThat(StepComparison.byStep(forecast(ACTUAL), RunForecast.TEST)).isEmpty();
        assertThat(StepComparison.describe(forecast(ACTUAL), RunForecast.TEST)).isEmpty();
    }

    @Test
    void tablesForecastsOfTheSameTargetsColumnByColumn() {
        Map<String, RunForecast> both = new LinkedHashMap<>();
        both.put("a", forecast(new double[][] {{11, 22}, {27, 38}}));
        both.put("exact", forecast(ACTUAL));
        List<String> table = StepComparison.table(RunForecast.VALIDATION, both);
        assertThat(table).hasSize(4);
        assertThat(table.get(0).split("\\s+")).containsExactly("step", "a", "exact", "persistence");
        assertThat(table.get(1).split("\\s+")).containsExactly("t+1", "2.236", "0.000", "3.808");
        assertThat(table.get(3).split("\\s+")[2]).isEqualTo("0.000");
    }
}
