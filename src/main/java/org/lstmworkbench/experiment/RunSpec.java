package org.lstmworkbench.experiment;

import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.model.ModelConfig;

/**
 * One run of an experiment: a point, a repeat and everything needed to train it alone.
 *
 * @param point  the sweep point
 * @param repeat 0-based repeat index
 * @param data   the regression data settings with the point applied, or null for classification
 * @param config the model configuration with the point applied and the run's seed (see {@link RunSeeds})
 * @param sequences the classification data settings with the point applied, or null for regression
 */
public record RunSpec(SweepPoint point, int repeat, DatasetSpec data, ModelConfig config, SequenceSpec sequences) {

    /** A regression run. */
    public RunSpec(SweepPoint point, int repeat, DatasetSpec data, ModelConfig config) {
        this(point, repeat, data, config, null);
    }

    /** The run's data settings, whichever kind: runs with equal keys train on the same prepared data. */
    public Object dataKey() {
        return data != null ? data : sequences;
    }

    public RunSpec {
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat must be >= 0, got " + repeat);
        }
    }

    /** The run's seed: its configuration's, derived by {@link RunSeeds}. */
    public long seed() {
        return config.seed();
    }

    /** Identity of the run within its experiment: {@code point-INDEX-repeat-REPEAT}. */
    public String id() {
        return id(point.index(), repeat);
    }

    static String id(int pointIndex, int repeat) {
        return String.format(java.util.Locale.ROOT, "point-%03d-repeat-%03d", pointIndex, repeat);
    }
}
