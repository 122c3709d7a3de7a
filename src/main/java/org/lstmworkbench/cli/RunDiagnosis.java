package org.lstmworkbench.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;

/** Turns one of our runs into the labeller's input, with what we know about the run beyond its curves. */
public final class RunDiagnosis {

    private RunDiagnosis() {
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
        double[] train = run.trainLosses();
        double[] val = hasValidation ? run.valLosses() : null;
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
    static double[] appendNaN(double[] c) {
        double[] out = Arrays.copyOf(c, c.length + 1);
        out[c.length] = Double.NaN;
        return out;
    }
}
