package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.PerRunTrainer;

class SweepBenchmarkTest {

    @Test
    void steadyEpochTimeLeavesOutTheFirstThirdAndTakesTheMedianRun() {
        long ms = 1_000_000;
        // start, then 6 epochs: the first two slow (warm-up), then 10 ms each
        List<Long> a = List.of(0L, 100 * ms, 150 * ms, 160 * ms, 170 * ms, 180 * ms, 190 * ms);
        List<Long> b = List.of(0L, 5 * ms, 25 * ms, 45 * ms, 65 * ms, 85 * ms, 105 * ms);
        List<Long> c = List.of(0L, 30 * ms, 60 * ms, 90 * ms, 120 * ms, 150 * ms, 180 * ms);
        List<Long> tooShort = List.of(0L, 1 * ms, 2 * ms);
        assertThat(SweepBenchmark.steadyMillisPerEpoch(List.of(a, b, c, tooShort))).isEqualTo(20.0);
        assertThat(SweepBenchmark.steadyMillisPerEpoch(List.of(a))).isEqualTo(10.0);
        assertThat(SweepBenchmark.steadyMillisPerEpoch(List.of(a, c))).isEqualTo(20.0);
        assertThat(SweepBenchmark.steadyMillisPerEpoch(List.of(tooShort))).isNaN();
    }

    @Test
    void namedWorkloadsHaveTheIssuesSizes() {
        assertThat(SweepBenchmark.workload("seed-grid", null).experiment().size()).isEqualTo(15);
        assertThat(SweepBenchmark.workload("seed-grid", null).experiment().base().epochs()).isEqualTo(500);
        Experiment r30 = SweepBenchmark.workload("repeats-30", null).experiment();
        assertThat(r30.size()).isEqualTo(30);
        assertThat(r30.base().units()).containsExactly(10);
        Experiment airline = SweepBenchmark.workload("airline", null).experiment();
        assertThat(airline.size()).isEqualTo(10);
        assertThat(airline.base().units()).containsExactly(50);
        assertThat(airline.base().batchSize()).isEqualTo(16);
        assertThat(airline.base().epochs()).isEqualTo(100);
        assertThat(airline.data().lags()).isEqualTo(12);
        assertThatThrownBy(() -> SweepBenchmark.workload("nope", null)).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("seed-grid");
    }

    @Test
    void timesBothPathsAndFindsTheirLossesEqual() {
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"),
                ModelConfig.builder().batchSize(5).epochs(8).build(),
                SweepSpec.grid(List.of(SweepParam.parse("units=2,3"))), 2, 5);
        SweepBenchmark.Workload w = new SweepBenchmark.Workload("tiny", "tiny", e);
        SweepBenchmark.Timing plain = SweepBenchmark.time(w, "plain", new PerRunTrainer(), 2);
        SweepBenchmark.Timing fast = SweepBenchmark.time(w, "fast", e.trainer(2), 2);
        assertThat(plain.runs()).isEqualTo(4);
        assertThat(plain.epochs()).isEqualTo(32);
        assertThat(fast.epochsPerSecond()).isEqualTo(32 * 1000.0 / Math.max(1, fast.wallMillis()));
        assertThat(SweepBenchmark.maxRelativeLossDifference(plain, fast)).isLessThanOrEqualTo(SweepBenchmark.TOLERANCE);
        SweepBenchmark.Timing fewer = SweepBenchmark.time(new SweepBenchmark.Workload("t", "t",
                new Experiment(e.data(), e.base(), e.sweep(), 1, 5)), "plain", new PerRunTrainer(), 1);
        assertThat(SweepBenchmark.maxRelativeLossDifference(plain, fewer)).isInfinite();
    }
}
