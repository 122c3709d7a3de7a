package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.metrics.Describe;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.RunStatus;

/** The tables of a sweep, fed with the losses the seed printed (sections 8.4.2 and 8.5.3). */
class SweepResultTest {

    static SweepResult result(String param, List<String> values, double[][] losses) {
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), ModelConfig.defaults(),
                SweepSpec.grid(List.of(SweepParam.values(param, values))), losses[0].length, 1);
        List<RunRecord> runs = new ArrayList<>();
        List<SweepPoint> points = e.sweep().points();
        // Added in reverse to show the tables do not depend on the order runs finished in.
        for (int p = points.size() - 1; p >= 0; p--) {
            for (int r = losses[p].length - 1; r >= 0; r--) {
                double v = losses[p][r];
                runs.add(new RunRecord(points.get(p), r, r, v > 1 ? RunStatus.DIVERGED : RunStatus.DONE, 500, v / 10,
                        v, v, 500, Double.NaN, "good_fit", 1, List.of()));
            }
        }
        return new SweepResult(e, runs);
    }

    static SweepResult cells() {
        return result("units", List.of("1", "5", "10"), SeedReference.CELLS_LOSSES);
    }

    static SweepResult batchSizes() {
        return result("batchSize", List.of("1", "2", "3"), SeedReference.BATCH_SIZE_LOSSES);
    }

    @Test
    void printsTheSeedsCellsTableFromItsPrintedLosses() {
        assertThat(cells().describeTable(SweepMetric.VAL_LOSS)).isEqualTo(SeedReference.CELLS_TABLE);
    }

    @Test
    void printsTheSeedsBatchSizeTableFromItsPrintedLosses() {
        assertThat(batchSizes().describeTable(SweepMetric.VAL_LOSS)).isEqualTo(SeedReference.BATCH_SIZE_TABLE);
    }

    @Test
    void callsTheLeadOfTenCellsRealButTheLeadOfBatchSizeTwoNoise() {
        BestPoint cells = cells().best(SweepMetric.VAL_LOSS).orElseThrow();
        assertThat(cells.best().label()).isEqualTo("10");
        assertThat(cells.runnerUp().label()).isEqualTo("5");
        // Welch: t = (0.076553 - 0.028981) / sqrt(0.024245^2/5 + 0.025806^2/5) = 3.00, df ~ 7.97.
        assertThat(cells.pValue()).isBetween(0.01, 0.025);
        assertThat(cells.leadIsReal()).isTrue();
        assertThat(cells.text()).contains("units=10").contains("0.028981 ± 0.025806").contains("exceeds the run-to-run noise");

        BestPoint batch = batchSizes().best(SweepMetric.VAL_LOSS).orElseThrow();
        assertThat(batch.best().label()).isEqualTo("2");
        assertThat(batch.runnerUp().label()).isEqualTo("3");
        assertThat(batch.pValue()).isGreaterThan(0.3);
        assertThat(batch.leadIsReal()).isFalse();
        assertThat(batch.text()).contains("within the noise");
    }

    @Test
    void tracksTheRunningMeanAndStandardErrorAgainstRepeats() {
        SweepResult r = cells();
        List<ConvergencePoint> c = r.convergence(r.points().get(0), SweepMetric.VAL_LOSS);

        assertThat(c).extracting(ConvergencePoint::repeats).containsExactly(1, 2, 3, 4, 5);
        assertThat(c.get(0).mean()).isEqualTo(0.187934);
        assertThat(c.get(0).standardError()).isNaN();
        assertThat(c.get(1).mean()).isCloseTo((0.187934 + 0.169736) / 2, within(1e-15));
        assertThat(c.get(1).standardError()).isCloseTo(Math.abs(0.187934 - 0.169736) / 2, within(1e-15));
        assertThat(c.get(4).mean()).isCloseTo(0.195700, within(5e-7));
        assertThat(c.get(4).standardError()).isCloseTo(0.069417 / Math.sqrt(5), within(1e-6));
    }

    @Test
    void leavesDivergedRunsOutOfTheStatistics() {
        SweepResult r = result("units", List.of("1"), new double[][] {{0.1, 0.3, 7.0}});
        Describe d = r.describe(SweepMetric.VAL_LOSS).get("1");
        assertThat(d.count()).isEqualTo(2);
        assertThat(d.mean()).isCloseTo(0.2, within(1e-15));
    }
}
