package org.lstmworkbench.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DataTable;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.SplitSpec;
import org.lstmworkbench.data.TransformSpec;

/** Forecasts of literal series checked by hand: alignment, persistence, errors and original units. */
class ForecastsTest {

    static DataTable series(double... values) {
        List<String> labels = java.util.stream.IntStream.range(0, values.length).mapToObj(i -> "t" + i).toList();
        return DataTable.of("s.csv", labels, List.of("v"), List.of(values));
    }

    /** 1 2 4 7 11 16 22 29, lags 1: train targets at 1..3, validation 4..5, test 6..7; no transforms. */
    static PreparedData eightValues() {
        return DataPipeline.prepare(DatasetSpec.builder("s.csv").split(new SplitSpec.Explicit(3, 2, 2)).build(),
                series(1, 2, 4, 7, 11, 16, 22, 29));
    }

    static Map<String, double[][]> predictions(double[][] train, double[][] val, double[][] test) {
        Map<String, double[][]> m = new LinkedHashMap<>();
        m.put(RunForecast.TRAIN, train);
        m.put(RunForecast.VALIDATION, val);
        m.put(RunForecast.TEST, test);
        return m;
    }

    static RunForecast handChecked() {
        return Forecasts.of(eightValues(), predictions(new double[][] {{3}, {4}, {6}}, new double[][] {{10}, {17}},
                new double[][] {{20}, {30}}));
    }

    @Test
    void persistenceCarriesTheLastObservedValueForward() {
        RunForecast f = handChecked();
        PartForecast test = f.part(RunForecast.TEST).orElseThrow();
        assertThat(test.origins()).containsExactly(6, 7);
        assertThat(test.actualAt(0)).containsExactly(22, 29);
        assertThat(test.predictedAt(0)).containsExactly(20, 30);
        assertThat(test.persistenceAt(0)).containsExactly(16, 22);
        assertThat(f.part(RunForecast.TRAIN).orElseThrow().persistenceAt(0)).containsExactly(1, 2, 4);
        assertThat(f.label(6)).isEqualTo("t6");
        assertThat(f.label(0)).isEmpty();
    }

    @Test
    void errorsOfTheTestPartByHand() {
        ForecastErrors e = handChecked().errors(RunForecast.TEST).orElseThrow();
        // errors 2 and -1
        assertThat(e.count()).isEqualTo(2);
        assertThat(e.rmse()).isCloseTo(Math.sqrt(2.5), within(1e-12));
        assertThat(e.mae()).isCloseTo(1.5, within(1e-12));
        assertThat(e.mape()).isCloseTo(50 * (2.0 / 22 + 1.0 / 29), within(1e-12));
        assertThat(e.describe()).isEqualTo("RMSE 1.581, MAE 1.500, MAPE 6.27%");
        ForecastErrors p = handChecked().persistenceErrors(RunForecast.TEST).orElseThrow();
        assertThat(p.rmse()).isCloseTo(Math.sqrt((36 + 49) / 2.0), within(1e-12));
        assertThat(p.mae()).isCloseTo(6.5, within(1e-12));
    }

    @Test
    void mapeIsNotDefinedWhereAnActualIsZero() {
        PreparedData data = DataPipeline.prepare(DatasetSpec.builder("s.csv").split(new SplitSpec.Explicit(3, 2, 0))
                .build(), series(5, 0, 4, 7, 11, 16));
        RunForecast f = Forecasts.of(data, predictions(new double[][] {{1}, {4}, {7}}, new double[][] {{12}, {15}}, null));
        ForecastErrors train = f.errors(RunForecast.TRAIN).orElseThrow();
        assertThat(train.hasMape()).isFalse();
        assertThat(train.mape()).isNaN();
        assertThat(train.mapeReason()).isEqualTo("not defined: the actual value is 0 at 1 of 3 points");
        assertThat(train.rmse()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-12));
        assertThat(f.errors(RunForecast.VALIDATION).orElseThrow().mape())
                .isCloseTo(50 * (1.0 / 11 + 1.0 / 16), within(1e-12));
        assertThat(f.part(RunForecast.TEST)).isEmpty();
        assertThat(f.errors(RunForecast.TEST)).isEmpty();
    }

    @Test
    void predictionsReturnToOriginalUnitsThroughLogDifferenceAndScaling() {
        double[] values = new double[40];
        Arrays.setAll(values, t -> 10 + t + 3 * Math.sin(t / 2.0));
        PreparedData data = DataPipeline.prepare(DatasetSpec.builder("s.csv").lags(2).horizon(3)
                .transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX).withLog().withDifference(1)).build(),
                series(values));
        // the model "predicts" 5% above every actual path; in model units that is the transformed path
        Map<String, double[][]> model = new LinkedHashMap<>();
        for (var part : Map.of(RunForecast.TRAIN, data.train(), RunForecast.VALIDATION, data.validation(),
                RunForecast.TEST, data.test()).entrySet()) {
            FramedSet set = part.getValue();
            double[][] wanted = Arrays.stream(set.yOriginal()).map(r -> Arrays.stream(r).map(v -> 1.05 * v).toArray())
                    .toArray(double[][]::new);
            model.put(part.getKey(), data.targetTransform().toModelUnits(set, wanted));
        }
        RunForecast f = Forecasts.of(data, model);
        assertThat(f.steps()).isEqualTo(3);
        assertThat(f.stepwise()).isFalse();
        for (PartForecast p : f.parts()) {
            for (int i = 0; i < p.samples(); i++) {
                int origin = p.origins()[i];
                for (int s = 0; s < 3; s++) {
                    assertThat(p.index(i, s)).isEqualTo(origin + s);
                    assertThat(p.actual()[i][s]).isEqualTo(values[origin + s]);
                    assertThat(p.predicted()[i][s]).isCloseTo(1.05 * values[origin + s], within(1e-9));
                    // a path forecast persists the value before its origin at every step
                    assertThat(p.persistence()[i][s]).isEqualTo(values[origin - 1]);
                }
                assertThat(f.label(origin + 2)).isEqualTo("t" + (origin + 2));
            }
        }
        // step 3's errors are those of the third outputs only
        PartForecast test = f.part(RunForecast.TEST).orElseThrow();
        double[] third = test.actualAt(2);
        double mae = Arrays.stream(third).map(v -> 0.05 * v).average().orElseThrow();
        assertThat(f.errors(RunForecast.TEST, 2).orElseThrow().mae()).isCloseTo(mae, within(1e-9));
        assertThat(f.errors(RunForecast.TEST, 2).orElseThrow().mape()).isCloseTo(5, within(1e-7));
        assertThat(f.stepName(2)).isEqualTo("t+3");
    }

    @Test
    void manyToManyPersistsTheValueBeforeEachTarget() {
        double[] values = new double[40];
        Arrays.setAll(values, t -> t * t);
        PreparedData data = DataPipeline.prepare(DatasetSpec.builder("s.csv").lags(4).shape(FrameShape.MANY_TO_MANY)
                .build(), series(values));
        RunForecast f = Forecasts.of(data, predictions(data.train().y(), data.validation().y(), data.test().y()));
        assertThat(f.steps()).isEqualTo(4);
        assertThat(f.stepwise()).isTrue();
        assertThat(f.stepName(1)).isEqualTo("window step 2");
        PartForecast train = f.part(RunForecast.TRAIN).orElseThrow();
        // the first window reads 0..3 and predicts 1..4
        assertThat(train.origins()[0]).isEqualTo(1);
        assertThat(train.actual()[0]).containsExactly(1, 4, 9, 16);
        assertThat(train.persistence()[0]).containsExactly(0, 1, 4, 9);
        assertThat(f.errors(RunForecast.TRAIN).orElseThrow().rmse()).isZero();
    }
}
