package org.lstmworkbench.experiment;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;

/**
 * The diagnosis inputs of one of our runs (the curves of its monitored metric: validation loss
 * and its training counterpart), in one place for the window, the commands and sweeps:
 * the curves, whether dropout was on (validation below training is then expected), and the naive
 * persistence baseline on the validation part when the loss is MSE (the baseline is an MSE in
 * model units, so it is comparable only then).
 */
public final class RunDiagnostics {

    private RunDiagnostics() {
    }

    /** The labeller's input for a run's curves so far. */
    public static CurveInput curveInput(double[] train, double[] val, ModelConfig config, Baselines baselines) {
        boolean hasVal = val != null && val.length > 0 && java.util.Arrays.stream(val).anyMatch(Double::isFinite);
        CurveInput in = CurveInput.of(train, hasVal ? val : null).withRegularisation(config.dropout() > 0);
        if (hasVal && baselines != null && config.loss() == LossKind.MSE
                && Double.isFinite(baselines.persistenceMse()) && baselines.persistenceMse() > 0) {
            in = in.withNaiveBaseline(baselines.persistenceMse());
        }
        return in;
    }

    /** Labels a run's whole curves. */
    public static Diagnosis diagnose(double[] train, double[] val, ModelConfig config, Baselines baselines) {
        return new CurveDiagnoser().diagnose(curveInput(train, val, config, baselines));
    }

    /**
     * The run's curves for the labeller.
     *
     * <ul>
     *   <li>The naive baseline is the persistence forecast's MSE on the validation part in model
     *       units, given only when the loss is MSE (the only loss it is comparable to) and a
     *       validation part exists.</li>
     *   <li>Regularised when dropout is above 0 (training loss is computed without dropout, but
     *       the weights were fit with it).</li>
     *   <li>A DIVERGED run keeps only its finite epochs; one NaN epoch is appended so the
     *       labeller sees the divergence the trainer saw.</li>
     * </ul>
     *
     * @param hasValidation whether the run had a validation part (otherwise its validation losses are NaN and dropped)
     * @return empty when the run has no epoch to judge (cancelled before the first one ended)
     */
    public static Optional<CurveInput> inputOf(RunResult run, Baselines baselines, boolean hasValidation) {
        RunMetrics measured = RunMetrics.of(run.config());
        double[] train = run.curve(measured.monitoredTraining());
        double[] val = hasValidation ? run.curve(measured.monitored()) : null;
        if (run.status() == RunStatus.DIVERGED) {
            train = appendNaN(train);
            val = val == null ? null : appendNaN(val);
        }
        if (train.length == 0) {
            return Optional.empty();
        }
        double baseline = baselines == null ? Double.NaN : baselines.persistenceMse();
        OptionalDouble naive = hasValidation && run.config().loss() == LossKind.MSE
                && Double.isFinite(baseline) && baseline > 0 ? OptionalDouble.of(baseline) : OptionalDouble.empty();
        return Optional.of(new CurveInput(train, val, naive, run.config().dropout() > 0, OptionalDouble.empty()));
    }

    /** {@code c} with one NaN epoch appended. */
    public static double[] appendNaN(double[] c) {
        double[] out = Arrays.copyOf(c, c.length + 1);
        out[c.length] = Double.NaN;
        return out;
    }
}
