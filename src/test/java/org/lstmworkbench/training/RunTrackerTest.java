package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.StoppingKind;

/** The run bookkeeping on literal curves: direction of the monitored metric, stopping, messages. */
class RunTrackerTest {

    private static final Metric TRAIN_SCORE = new Metric("train_score", "training score", "", true);
    private static final Metric VAL_SCORE = new Metric("val_score", "validation score", "", true);
    private static final List<Metric> SCORES = List.of(TRAIN_SCORE, VAL_SCORE);

    private static EpochMetrics epoch(int e, double train, double val) {
        return EpochMetrics.of(e, SCORES, new double[] {train, val}, 0.001, e);
    }

    @Test
    void theBestEpochOfAHigherIsBetterMetricIsItsHighest() {
        ModelConfig c = ModelConfig.builder().epochs(5).build();
        RunTracker run = new RunTracker(c, SCORES, VAL_SCORE, true);
        double[] val = {0.2, 0.7, 0.5, 0.9, 0.8};
        for (int e = 1; e <= val.length; e++) {
            run.record(epoch(e, 0.5, val[e - 1]), () -> null);
        }
        run.finish();
        RunResult r = run.result(java.util.Map.of(), 0, 0);

        assertThat(r.bestEpoch()).isEqualTo(4);
        assertThat(r.bestValue()).isEqualTo(0.9);
        assertThat(r.status()).isEqualTo(RunStatus.DONE);
        assertThat(r.metrics()).isEqualTo(SCORES);
    }

    @Test
    void patienceStopsAfterItsEpochsWithoutImprovementLongPastTheFirstBufferSize() {
        ModelConfig c = ModelConfig.builder().epochs(100)
                .earlyStopping(new EarlyStopping(StoppingKind.PATIENCE, 3, 0.0, false, 5.0, 5, 3)).build();
        RunTracker run = new RunTracker(c, Metric.REGRESSION.subList(0, 2), Metric.VAL_LOSS, true);
        int e = 0;
        boolean stopped = false;
        while (!stopped) {
            e++;
            // falls until epoch 30, then rises
            double val = e <= 30 ? 1.0 / e : 1.0 / 30 + (e - 30) * 0.01;
            stopped = run.record(EpochMetrics.of(e, Metric.REGRESSION.subList(0, 2), new double[] {0.1, val}, 0.001, e),
                    () -> null);
        }
        RunResult r = run.result(java.util.Map.of(), 0, 0);

        assertThat(e).isEqualTo(33);
        assertThat(r.status()).isEqualTo(RunStatus.EARLY_STOPPED);
        assertThat(r.message()).isEqualTo("early stopping (patience) after epoch 33; best epoch 30");
        assertThat(r.history()).hasSize(33);
    }

    @Test
    void withoutValidationTheTrainingCounterpartIsWatchedAndANonFiniteOneDiverges() {
        ModelConfig c = ModelConfig.builder().epochs(5).build();
        RunTracker run = new RunTracker(c, SCORES, VAL_SCORE, false);
        run.record(epoch(1, 0.3, Double.NaN), () -> null);
        EpochMetrics bad = epoch(2, Double.NaN, Double.NaN);
        assertThat(run.finite(bad)).isFalse();
        run.diverge(bad);
        RunResult r = run.result(java.util.Map.of(), 0, 0);

        assertThat(r.bestEpoch()).isEqualTo(1);
        assertThat(r.bestValue()).isEqualTo(0.3);
        assertThat(r.status()).isEqualTo(RunStatus.DIVERGED);
        assertThat(r.message()).isEqualTo("loss became NaN at epoch 2; the 1 finite epochs are kept");
    }
}
