package org.lstmworkbench.experiment;

import java.util.function.ToDoubleFunction;

/** A per-run number that sweeps summarise; diverged runs count as missing (NaN). */
public enum SweepMetric {
    /** Final validation loss (the seed's score: {@code model.evaluate} on the validation set after training). */
    VAL_LOSS("val_loss", RunRecord::valLoss),
    /** Final training loss. */
    TRAIN_LOSS("train_loss", RunRecord::trainLoss),
    /** Lowest validation loss of the run. */
    BEST_VAL_LOSS("best_val_loss", RunRecord::bestValLoss),
    /** Test RMSE in original units. */
    TEST_RMSE("test_rmse", RunRecord::testRmse);

    private final String column;
    private final ToDoubleFunction<RunRecord> value;

    SweepMetric(String column, ToDoubleFunction<RunRecord> value) {
        this.column = column;
        this.value = value;
    }

    /** The column name in results.csv. */
    public String column() {
        return column;
    }

    /** The run's value, NaN for a diverged run. */
    public double of(RunRecord r) {
        return r.usable() ? value.applyAsDouble(r) : Double.NaN;
    }
}
