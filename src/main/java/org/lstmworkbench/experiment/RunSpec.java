package org.lstmworkbench.experiment;

import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.sequence.SequenceDemos;
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

    /** The file or folder the run reads its data from, or null for built-in demo data. */
    public String dataFile() {
        String source = data != null ? data.source() : sequences.source();
        return source == null || source.startsWith(DemoDatasets.PREFIX) || SequenceDemos.isDemo(source) ? null : source;
    }

    /**
     * This run reading its data from {@code source} instead (a copy of the same file elsewhere,
     * e.g. on a Spark executor); every other setting, and so the training, stays the same.
     */
    public RunSpec withDataFile(String source) {
        if (data != null) {
            DatasetSpec d = data;
            return new RunSpec(point, repeat, new DatasetSpec(source, d.targetColumn(), d.inputColumns(),
                    d.missingPolicy(), d.transform(), d.lags(), d.horizon(), d.shape(), d.split(), d.edgeGaps(),
                    d.encodings()), config, null);
        }
        SequenceSpec s = sequences;
        return new RunSpec(point, repeat, null, config, new SequenceSpec(source, s.format(), s.sequenceColumn(),
                s.stepColumn(), s.labelColumn(), s.groupColumn(), s.featureColumns(), s.labelsFile(), s.split(),
                s.scaling(), s.fixedLength(), s.seed()));
    }

    static String id(int pointIndex, int repeat) {
        return String.format(java.util.Locale.ROOT, "point-%03d-repeat-%03d", pointIndex, repeat);
    }
}
