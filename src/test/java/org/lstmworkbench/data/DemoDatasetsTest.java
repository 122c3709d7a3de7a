package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDatasetsTest {

    @Test
    void seedSequenceHoldsExactlyTheDecimalLiterals() {
        double[] values = DemoDatasets.load("demo:seed-sequence").column(DemoDatasets.COLUMN);
        assertThat(values).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
        assertThat(values[3]).isEqualTo(0.3);
        assertThat(values[7]).isEqualTo(0.7);
    }

    @Test
    void seedSequenceFramesLikeTheSeedKerasScript() {
        PreparedData data = DataPipeline.prepare(DemoDatasets.recommendedSpec("demo:seed-sequence"));
        assertThat(data.features()).isEqualTo(1);
        assertThat(data.timesteps()).isEqualTo(1);
        assertThat(data.outputs()).isEqualTo(1);
        assertThat(data.hasTest()).isFalse();
        assertThat(data.test().size()).isZero();
        assertThat(data.train().size()).isEqualTo(5);
        assertThat(data.validation().size()).isEqualTo(5);
        assertThat(flatX(data.train())).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4);
        assertThat(flatY(data.train())).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
        assertThat(flatX(data.validation())).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9);
        assertThat(flatY(data.validation())).containsExactly(0.6, 0.7, 0.8, 0.9, 1.0);
        assertThat(data.validation().toDataSet().getFeatures().getDouble(4, 0, 0)).isEqualTo(0.9);
        assertThat(data.boundaries().train()).isEqualTo(new PartBoundaries.Range(0, 6));
        assertThat(data.boundaries().validation()).isEqualTo(new PartBoundaries.Range(6, 11));
        assertThat(data.boundaries().test().isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-sequence", "sine", "seasonal"})
    void demosAreTheSameOnEveryLoad(String name) {
        assertThat(DemoDatasets.load(name).column("value"))
                .containsExactly(DemoDatasets.load("demo:" + name).column("value"));
    }

    @Test
    void sineHas400PointsOfPeriod50AroundTheCleanWave() {
        double[] v = DemoDatasets.load("demo:sine").column("value");
        assertThat(v).hasSize(400);
        double residualSd = Math.sqrt(java.util.stream.IntStream.range(0, 400)
                .mapToDouble(t -> Math.pow(v[t] - Math.sin(2 * Math.PI * t / 50), 2)).average().orElseThrow());
        assertThat(residualSd).isCloseTo(0.1, within(0.02));
    }

    @Test
    void seasonalIsMonthlyPositiveAndRising() {
        DataTable t = DemoDatasets.load("demo:seasonal");
        double[] v = t.column("value");
        assertThat(v).hasSize(144);
        assertThat(t.labels().get(0)).isEqualTo("1949-01");
        assertThat(t.labels().get(143)).isEqualTo("1960-12");
        assertThat(Arrays.stream(v).min().orElseThrow()).isPositive();
        double firstYear = Arrays.stream(v, 0, 12).average().orElseThrow();
        double lastYear = Arrays.stream(v, 132, 144).average().orElseThrow();
        assertThat(lastYear / firstYear).isGreaterThan(2.5);
    }

    @Test
    void unknownDemoListsValidNames() {
        assertThatThrownBy(() -> DemoDatasets.load("demo:nope")).isInstanceOf(DataException.class)
                .hasMessage("unknown demo dataset \"demo:nope\"; valid: demo:seed-sequence, demo:sine, demo:seasonal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-sequence", "sine", "seasonal"})
    void recommendedSpecsAreValidAndPrepare(String name) {
        DatasetSpec spec = DemoDatasets.recommendedSpec(name);
        assertThat(spec.validate()).isEmpty();
        PreparedData data = DataPipeline.prepare(spec);
        assertThat(data.name()).isEqualTo("demo:" + name);
        assertThat(data.train().size()).isGreaterThanOrEqualTo(data.validation().size()).isPositive();
    }

    static double[] flatX(FramedSet set) {
        return Arrays.stream(set.x()).flatMap(Arrays::stream).flatMapToDouble(Arrays::stream).toArray();
    }

    static double[] flatY(FramedSet set) {
        return Arrays.stream(set.y()).flatMapToDouble(Arrays::stream).toArray();
    }
}
