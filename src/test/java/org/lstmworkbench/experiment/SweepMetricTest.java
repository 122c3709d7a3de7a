package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.RunMetrics;

/** The sweep's choices derive from the runs' metrics, and the best point follows each metric's direction. */
class SweepMetricTest {

    @Test
    void aRegressionSweepOffersTheFinalLossesTheBestValidationLossAndTheTestRmse() {
        assertThat(SweepMetric.forRuns(RunMetrics.REGRESSION)).extracting(SweepMetric::column)
                .containsExactly("val_loss", "train_loss", "best_val_loss", "test_rmse");
        assertThat(SweepMetric.values()).containsExactly(SweepMetric.VAL_LOSS, SweepMetric.TRAIN_LOSS,
                SweepMetric.BEST_VAL_LOSS, SweepMetric.TEST_RMSE);
        assertThat(SweepMetric.valueOf("best_val_loss").metric()).isEqualTo(Metric.VAL_LOSS);
        assertThat(SweepMetric.TEST_RMSE.higherIsBetter()).isFalse();
    }

    @Test
    void theBestPointOfALowerIsBetterMetricHasTheLowestMeanAndOfAHigherIsBetterOneTheHighest() {
        // point "1" has the lowest losses, point "10" the highest
        SweepResult r = SweepResultTest.result("units", List.of("1", "5", "10"),
                new double[][] {{0.1, 0.11}, {0.2, 0.21}, {0.3, 0.31}});

        assertThat(r.best(SweepMetric.VAL_LOSS).orElseThrow().best().label()).isEqualTo("1");
        SweepMetric score = new SweepMetric("val_loss", "a score read from the same column",
                new Metric("val_score", "validation score", "", true));
        BestPoint best = r.best(score).orElseThrow();
        assertThat(best.best().label()).isEqualTo("10");
        assertThat(best.runnerUp().label()).isEqualTo("5");
    }
}
