package org.lstmworkbench.experiment;

import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;

/**
 * The diagnosis inputs of one of our runs, in one place for the window, the commands and sweeps:
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
}
