package org.lstmworkbench.experiment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.training.RunResult;

/** Builds a {@link RunRecord} from a finished training run, labelling its curves. */
final class RunRecords {

    private static final CurveDiagnoser DIAGNOSER = new CurveDiagnoser();

    private RunRecords() {
    }

    static RunRecord of(RunSpec run, RunResult r, PreparedData data) {
        return of(run, r, data.baselines());
    }

    /** A run's record; {@code baselines} are the forecast's naive ones, null for a classifier. */
    static RunRecord of(RunSpec run, RunResult r, Baselines baselines) {
        return new RunRecord(run.point(), run.repeat(), run.seed(), r.status(), r.history().size(), values(r),
                r.bestEpoch(), label(r, baselines), r.wallMillis(), r.history(), r.engine().engine());
    }

    /**
     * A run's summary numbers by results.csv column: the returned model's value of each summary
     * metric, the best value of the monitored metric and of the other best-tracked ones
     * ({@code best_val_accuracy}), and the test metrics.
     */
    static Map<String, Double> values(RunResult r) {
        RunMetrics measured = RunMetrics.of(r.config());
        Map<String, Double> values = new LinkedHashMap<>();
        for (Metric m : measured.summary()) {
            values.put(m.id(), r.modelValue(m));
        }
        values.put(SweepMetric.bestColumn(measured.monitored()), r.bestValue());
        for (Metric m : measured.best()) {
            values.putIfAbsent(SweepMetric.bestColumn(m), r.bestOf(m));
        }
        for (Metric m : measured.test()) {
            values.put(m.id(), r.test(m.id()));
        }
        return values;
    }

    /** The diagnosis label in lower case ({@code good_fit}); the status for a run with no finite epoch. */
    static String label(RunResult r, PreparedData data) {
        return label(r, data.baselines());
    }

    /** {@link #label(RunResult, PreparedData)} with the baselines themselves (null for a classifier). */
    static String label(RunResult r, Baselines baselines) {
        if (r.history().isEmpty()) {
            return r.status().label();
        }
        boolean hasVal = Arrays.stream(r.valLosses()).anyMatch(Double::isFinite);
        Diagnosis d = DIAGNOSER.diagnose(RunDiagnostics.inputOf(r, baselines, hasVal).orElseThrow());
        return d.label().name().toLowerCase(Locale.ROOT);
    }
}
