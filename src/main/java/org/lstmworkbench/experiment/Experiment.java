package org.lstmworkbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.BatchTrainer;
import org.lstmworkbench.training.PerRunTrainer;
import org.lstmworkbench.training.RunMetrics;

/**
 * A repeated-evaluation experiment (seed section 8.1): dataset settings, a base model
 * configuration, a sweep over parameters, R repeats of every point and a base seed from which
 * every run's seed is derived.
 *
 * <p>The seed lives in one place: the base configuration's {@code seed} is the base seed from
 * which every run's seed is derived ({@link RunSeeds}), and each run's configuration carries its
 * derived seed.
 *
 * <p>The data are either a series to forecast ({@code data}, a regression experiment) or
 * labelled sequences ({@code sequences}, a classification experiment, whose base configuration
 * has the classification task): exactly one is set. Every run trains its own network
 * ({@link #trainer}).
 *
 * @param data      base dataset settings of a regression experiment, else null
 * @param base      base model configuration; its {@code seed} is the experiment's base seed
 * @param sweep     the sweep (may have no parameter: plain repeats of the base)
 * @param repeats   runs per point, at least 1
 * @param sequences base classification data settings, else null
 */
public record Experiment(DatasetSpec data, ModelConfig base, SweepSpec sweep, int repeats, SequenceSpec sequences) {

    /** A regression experiment. */
    public Experiment(DatasetSpec data, ModelConfig base, SweepSpec sweep, int repeats) {
        this(data, base, sweep, repeats, (SequenceSpec) null);
    }

    /** A regression experiment whose base seed is {@code baseSeed} (written into the base configuration). */
    public Experiment(DatasetSpec data, ModelConfig base, SweepSpec sweep, int repeats, long baseSeed) {
        this(data, base == null ? null : base.toBuilder().seed(baseSeed).build(), sweep, repeats);
    }

    /**
     * A classification experiment on labelled sequences whose base seed is {@code baseSeed}; the
     * base configuration must have the classification task (of the data's classes).
     */
    public static Experiment classification(SequenceSpec sequences, ModelConfig base, SweepSpec sweep, int repeats,
                                            long baseSeed) {
        return new Experiment(null, base == null ? null : base.toBuilder().seed(baseSeed).build(), sweep, repeats,
                sequences);
    }

    /** Whether the experiment classifies sequences (its data are {@link #sequences()}). */
    public boolean isClassification() {
        return sequences != null;
    }

    /**
     * The per-run numbers this experiment's runs can be summarised by, derived from the metrics
     * its task records; the first (the final value of the monitored metric) is the default.
     */
    public List<SweepMetric> metrics() {
        return SweepMetric.forRuns(RunMetrics.of(base));
    }

    /** The seed from which run seeds are derived: the base configuration's. */
    public long baseSeed() {
        return base.seed();
    }

    public Experiment {
        if ((data == null) == (sequences == null) || base == null || sweep == null) {
            throw new IllegalArgumentException("an experiment needs data settings (a series or labelled sequences, not "
                    + "both), a base configuration and a sweep");
        }
        if (repeats < 1) {
            throw new WorkbenchException("repeats must be at least 1, got " + repeats);
        }
        if (base.task().isClassification() != (sequences != null)) {
            throw new WorkbenchException("a " + base.task().id() + " configuration cannot train on "
                    + (sequences != null ? "labelled sequences" : "a series to forecast"));
        }
        boolean classification = sequences != null;
        sweep.params().forEach(p -> Parameters.requireKnown(p.name(), classification));
    }

    /** Every run, point by point, repeats in order. */
    public List<RunSpec> runs() {
        List<RunSpec> runs = new ArrayList<>();
        for (SweepPoint p : sweep.points()) {
            DatasetSpec d = data == null ? null : Parameters.applyToData(data, p.values());
            SequenceSpec s = sequences == null ? null : Parameters.applyToSequences(sequences, p.values());
            ModelConfig c = Parameters.applyToModel(base, p.values());
            for (int r = 0; r < repeats; r++) {
                runs.add(new RunSpec(p, r, d, c.toBuilder().seed(RunSeeds.derive(baseSeed(), p, r)).build(), s));
            }
        }
        return runs;
    }

    /**
     * The batch trainer of this experiment: one network per run ({@link PerRunTrainer}), each on
     * the fast engine where it covers the configuration, the workers training runs side by side.
     * (A fused block-diagonal DL4J network trained small grids together before the engine; the
     * engine was 4x faster on the seed's grid, 6x on 30 repeats and 6x on the airline repeats,
     * measured 2026-12-02, so the fused path was removed; see the README's speed section.)
     *
     * @param threads the workers (the per-run trainer does not depend on them)
     */
    public BatchTrainer trainer(int threads) {
        return new PerRunTrainer();
    }

    /** Total number of runs. */
    public int size() {
        return Math.multiplyExact(sweep.size(), repeats);
    }

    /** The swept parameters' names, in order. */
    public List<String> parameterNames() {
        return sweep.params().stream().map(SweepParam::name).toList();
    }
}
