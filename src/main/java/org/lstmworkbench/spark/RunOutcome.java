package org.lstmworkbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.RunSpec;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/**
 * What a Spark task sends back to the driver: a run's record (its results line and history) in
 * plain serialisable fields. The driver turns it back into the {@link RunRecord} a local sweep
 * would have stored, with the point taken from its own experiment, so the numbers cross the wire
 * bit for bit (Java serialisation of doubles).
 */
final class RunOutcome implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The run's index in {@code Experiment.runs()}. */
    final int index;
    final int repeat;
    final long seed;
    final String status;
    final int epochs;
    final LinkedHashMap<String, Double> values;
    final int bestEpoch;
    final String label;
    final long wallMillis;
    final String engine;
    final ArrayList<Epoch> history;
    /** The attempt (1-based) that produced this outcome. */
    final int attempt;

    private RunOutcome(int index, RunRecord r, int attempt) {
        this.index = index;
        this.repeat = r.repeat();
        this.seed = r.seed();
        this.status = r.status().name();
        this.epochs = r.epochs();
        this.values = new LinkedHashMap<>(r.values());
        this.bestEpoch = r.bestEpoch();
        this.label = r.label();
        this.wallMillis = r.wallMillis();
        this.engine = r.engine();
        this.history = new ArrayList<>(r.history().stream().map(Epoch::new).toList());
        this.attempt = attempt;
    }

    /** The outcome of run {@code index} of its experiment, produced by attempt {@code attempt}. */
    static RunOutcome of(int index, RunRecord record, int attempt) {
        return new RunOutcome(index, record, attempt);
    }

    /** The record a local sweep would store for this outcome of {@code run}. */
    RunRecord toRecord(RunSpec run) {
        if (run.repeat() != repeat || run.seed() != seed) {
            throw new IllegalStateException("outcome of repeat " + repeat + " seed " + seed + " does not belong to "
                    + run.id() + " (seed " + run.seed() + ")");
        }
        List<EpochMetrics> epochsOut = history.stream().map(Epoch::toMetrics).toList();
        return new RunRecord(run.point(), repeat, seed, RunStatus.valueOf(status), epochs, values, bestEpoch, label,
                wallMillis, epochsOut, engine);
    }

    /** One history row. */
    static final class Epoch implements Serializable {
        private static final long serialVersionUID = 1L;
        final int epoch;
        final LinkedHashMap<String, Double> metrics;
        final double learningRate;
        final long elapsedMillis;

        Epoch(EpochMetrics m) {
            this.epoch = m.epoch();
            this.metrics = new LinkedHashMap<>(m.metrics());
            this.learningRate = m.learningRate();
            this.elapsedMillis = m.elapsedMillis();
        }

        EpochMetrics toMetrics() {
            Map<String, Double> copy = new LinkedHashMap<>(metrics);
            return new EpochMetrics(epoch, copy, learningRate, elapsedMillis);
        }
    }
}
