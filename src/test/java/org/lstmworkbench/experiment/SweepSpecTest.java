package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.Problem;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;

class SweepSpecTest {

    @Test
    void gridTakesEveryCombinationWithTheFirstParameterSlowest() {
        SweepSpec grid = SweepSpec.grid(List.of(SweepParam.parse("units=1,5"), SweepParam.parse("batchSize=1,2,3")));

        List<SweepPoint> points = grid.points();

        assertThat(grid.size()).isEqualTo(6);
        assertThat(points).extracting(SweepPoint::label).containsExactly(
                "units=1,batchSize=1", "units=1,batchSize=2", "units=1,batchSize=3",
                "units=5,batchSize=1", "units=5,batchSize=2", "units=5,batchSize=3");
        assertThat(points).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void labelsASingleParameterPointByItsBareValueLikeTheSeedsColumns() {
        List<SweepPoint> points = SweepSpec.grid(List.of(SweepParam.parse("units=1,5,10"))).points();

        assertThat(points).extracting(SweepPoint::label).containsExactly("1", "5", "10");
        assertThat(points.get(2).values()).isEqualTo(Map.of("units", "10"));
    }

    @Test
    void randomSearchDrawsTheSamePointsForTheSameSeedWithinBounds() {
        List<SweepParam> params = List.of(SweepParam.parse("learningRate=log:1e-4..1e-1"),
                SweepParam.parse("units=1..20"), SweepParam.parse("optimizer=adam,rmsprop"));

        List<SweepPoint> a = SweepSpec.random(params, 200, 7).points();
        List<SweepPoint> b = SweepSpec.random(params, 200, 7).points();
        List<SweepPoint> other = SweepSpec.random(params, 200, 8).points();

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(other);
        double[] lr = a.stream().mapToDouble(p -> Double.parseDouble(p.values().get("learningRate"))).toArray();
        assertThat(java.util.Arrays.stream(lr).min().orElseThrow()).isGreaterThanOrEqualTo(1e-4);
        assertThat(java.util.Arrays.stream(lr).max().orElseThrow()).isLessThanOrEqualTo(1e-1);
        // Log-uniform: about a third of the draws in each decade.
        long lowDecade = java.util.Arrays.stream(lr).filter(x -> x < 1e-3).count();
        assertThat(lowDecade).isBetween(45L, 90L);
        assertThat(a).allSatisfy(p -> assertThat(Integer.parseInt(p.values().get("units"))).isBetween(1, 20));
        assertThat(a).extracting(p -> p.values().get("optimizer")).containsOnly("adam", "rmsprop");
    }

    @Test
    void refusesARangeInAGridAndAParameterSweptTwice() {
        assertThatThrownBy(() -> SweepSpec.grid(List.of(SweepParam.parse("learningRate=0.001..0.01"))))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("learningRate is a range");
        assertThatThrownBy(() -> SweepSpec.grid(List.of(SweepParam.parse("units=1"), SweepParam.parse("units=2"))))
                .hasMessageContaining("units is swept twice");
    }

    @Test
    void parsesTheCommandLineFormsAndNamesBadOnes() {
        assertThat(SweepParam.parse("units=1, 5,10").values()).containsExactly("1", "5", "10");
        SweepParam log = SweepParam.parse("learningRate=log:0.0001..0.1");
        assertThat(log.domain()).isEqualTo(SweepParam.Domain.LOG_UNIFORM);
        assertThat(log.low()).isEqualTo(1e-4);
        assertThatThrownBy(() -> SweepParam.parse("units")).hasMessageContaining("NAME=V1,V2");
        assertThatThrownBy(() -> SweepParam.parse("learningRate=log:0..1")).hasMessageContaining("LOW > 0");
        assertThatThrownBy(() -> SweepParam.parse("dropout=0.5..x")).hasMessageContaining("\"x\" is not a number");
    }

    @Test
    void derivesDistinctSeedsPerPointAndRepeatThatDependOnlyOnThoseAndTheBaseSeed() {
        List<SweepPoint> points = SweepSpec.grid(List.of(SweepParam.parse("units=1,5,10"))).points();
        java.util.Set<Long> seeds = new java.util.HashSet<>();
        for (SweepPoint p : points) {
            for (int r = 0; r < 30; r++) {
                seeds.add(RunSeeds.derive(1, p, r));
            }
        }
        assertThat(seeds).hasSize(90).allSatisfy(s -> assertThat(s).isBetween(0L, 1L << 53));
        assertThat(RunSeeds.derive(1, points.get(1), 3)).isEqualTo(RunSeeds.derive(1, points.get(1), 3))
                .isNotEqualTo(RunSeeds.derive(2, points.get(1), 3));
    }

    @Test
    void aBadPointNamesTheSweptParameterAndItsLine() {
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"),
                ModelConfig.builder().batchSize(5).epochs(5).build(),
                SweepSpec.grid(List.of(SweepParam.parse("epochs=3"), SweepParam.parse("units=4,0"))), 1, 1);
        assertThatThrownBy(() -> SweepRunner.validate(e))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("point epochs=3, units=0: sweep parameter units (line 2): "
                        + "cells in layer 1 must be at least 1, was 0");
    }

    @Test
    void describesAProblemByTheParameterThatSetItsField() {
        SweepSpec sweep = SweepSpec.grid(List.of(SweepParam.parse("learningRate=0.1,20"),
                SweepParam.parse("earlyStopping.patience=0"), SweepParam.parse("layers=0,1")));
        assertThat(sweep.line("learningRate")).isEqualTo(1);
        assertThat(sweep.line("dropout")).isZero();
        assertThat(sweep.describe(new Problem("learning.learningRate", "learning rate must be at most 10, was 20.0")))
                .isEqualTo("sweep parameter learningRate (line 1): learning rate must be at most 10, was 20.0");
        assertThat(sweep.describe(new Problem("earlyStopping.patience", "patience!")))
                .isEqualTo("sweep parameter earlyStopping.patience (line 2): patience!");
        assertThat(sweep.describe(new Problem("architecture.units", "the model needs at least one LSTM layer")))
                .isEqualTo("sweep parameter layers (line 3): the model needs at least one LSTM layer");
        assertThat(sweep.describe(new Problem("regularization.dropout", "not swept"))).isEqualTo("not swept");
    }

    @Test
    void aParameterLineOfTheWindowIsParsedWithoutNamingTheOption() {
        assertThat(SweepParam.parseLine("units=1,5")).isEqualTo(SweepParam.parse("units=1,5"));
        assertThatThrownBy(() -> SweepParam.parseLine("dropout=0..x"))
                .hasMessage("dropout: range bound \"x\" is not a number");
        assertThatThrownBy(() -> SweepParam.parse("dropout=0..x"))
                .hasMessage("--param dropout: range bound \"x\" is not a number");
    }

    @Test
    void aSweepOfMoreThanTheLimitOfPointsIsRefusedNamingTheCount() {
        String ten = "=1,2,3,4,5,6,7,8,9,10";
        List<SweepParam> four = List.of(SweepParam.parse("units" + ten), SweepParam.parse("batchSize" + ten),
                SweepParam.parse("epochs" + ten), SweepParam.parse("scheduleStep" + ten));
        assertThat(SweepSpec.grid(four).size()).isEqualTo(SweepSpec.MAX_POINTS);
        List<SweepParam> five = new java.util.ArrayList<>(four);
        five.add(SweepParam.parse("seed=1,2"));
        assertThatThrownBy(() -> SweepSpec.grid(five)).isInstanceOf(WorkbenchException.class)
                .hasMessage("the sweep has 20000 points, above the limit of 10000; sweep fewer parameters or values");
        List<SweepParam> range = List.of(SweepParam.parse("learningRate=log:1e-4..1e-1"));
        assertThat(SweepSpec.random(range, SweepSpec.MAX_POINTS, 1).size()).isEqualTo(SweepSpec.MAX_POINTS);
        assertThatThrownBy(() -> SweepSpec.random(range, SweepSpec.MAX_POINTS + 1, 1))
                .hasMessage("the sweep has 10001 points, above the limit of 10000; draw fewer samples");
    }
}
