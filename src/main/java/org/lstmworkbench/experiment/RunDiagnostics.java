package org.lstmworkbench.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.diagnosis.AccuracyCurves;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunMetrics;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;

/**
 * The diagnosis inputs of one of our runs (the curves of its monitored metric: validation loss
 * and its training counterpart; a classifier's losses with its accuracy curves, number of classes
 * and majority-class share), in one place for the window, the commands and sweeps:
 * the curves, whether dropout was on (validation below training is then expected), and the naive
 * persistence and training-mean baselines on the validation part when the loss is MSE (they are
 * MSEs in model units, so they are comparable only then).
 */
public final class RunDiagnostics {

    private RunDiagnostics() {
    }

    /** The labeller's input for a run's curves so far. */
    public static CurveInput curveInput(double[] train, double[] val, ModelConfig config, Baselines baselines) {
        boolean hasVal = val != null && val.length > 0 && Arrays.stream(val).anyMatch(Double::isFinite);
        CurveInput in = CurveInput.of(train, hasVal ? val : null).withRegularisation(config.usesDropout());
        if (hasVal && baselines != null && config.loss() == LossKind.MSE
                && Double.isFinite(baselines.persistenceMse()) && baselines.persistenceMse() > 0) {
            in = in.withNaiveBaseline(baselines.persistenceMse());
        }
        if (hasVal && baselines != null && config.loss() == LossKind.MSE
                && Double.isFinite(baselines.meanMse()) && baselines.meanMse() > 0) {
            in = in.withMeanBaseline(baselines.meanMse());
        }
        return in;
    }

    /**
     * The labeller's input for a run's epochs so far, for any task: a classifier's loss curves
     * with its accuracy curves and classes ({@link #withClassifier}), a regression run's as
     * {@link #curveInput(double[], double[], ModelConfig, Baselines)} gives them.
     *
     * @return empty with no epoch yet
     */
    public static Optional<CurveInput> liveInput(List<EpochMetrics> history, ModelConfig config, Baselines baselines) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        RunMetrics measured = RunMetrics.of(config);
        Metric trainMetric = lossCurveMetric(measured, true);
        Metric valMetric = lossCurveMetric(measured, false);
        double[] train = history.stream().mapToDouble(m -> m.value(trainMetric)).toArray();
        double[] val = history.stream().mapToDouble(m -> m.value(valMetric)).toArray();
        CurveInput in = curveInput(train, val, config, baselines);
        if (config.task() instanceof ClassificationTask) {
            in = withClassifier(in, config, history.stream().mapToDouble(m -> m.value(Metric.TRAIN_ACCURACY)).toArray(),
                    history.stream().mapToDouble(m -> m.value(Metric.VAL_ACCURACY)).toArray());
        }
        return Optional.of(in);
    }

    /**
     * The labeller's input for one finished member of a repeat group (see
     * {@link org.lstmworkbench.diagnosis.RepeatDiagnosis}): a classifier's losses with its
     * accuracy curves and classes, as {@link #liveInput} gives them, so the per-run labels and the
     * mean curve's read accuracy too; a regression run's training and validation losses as
     * {@link #curveInput(double[], double[], ModelConfig, Baselines)} gives them.
     *
     * @throws IllegalArgumentException when {@code history} is empty (a group member has epochs)
     */
    public static CurveInput repeatMemberInput(List<EpochMetrics> history, ModelConfig config, Baselines baselines) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a repeat group member needs at least one epoch");
        }
        if (config.task() instanceof ClassificationTask) {
            return liveInput(history, config, null).orElseThrow();
        }
        return curveInput(history.stream().mapToDouble(EpochMetrics::trainLoss).toArray(),
                history.stream().mapToDouble(EpochMetrics::valLoss).toArray(), config, baselines);
    }

    /**
     * {@code in} with a classifier's accuracy curves (a validation curve of NaN only is left out),
     * its number of classes and the share of its largest class; {@code in} itself for a regression
     * configuration.
     */
    public static CurveInput withClassifier(CurveInput in, ModelConfig config, double[] trainAccuracy,
                                            double[] valAccuracy) {
        if (!(config.task() instanceof ClassificationTask task)) {
            return in;
        }
        boolean hasVal = in.hasValidation() && valAccuracy != null
                && Arrays.stream(valAccuracy).anyMatch(Double::isFinite);
        return in.withAccuracy(AccuracyCurves.of(trainAccuracy, hasVal ? valAccuracy : null, task.size())
                .withMajorityShare(task.chance().majorityAccuracy()));
    }

    /**
     * The metric whose curves the labeller reads as losses: the monitored one and its training
     * counterpart for regression (as before), the losses for a classifier whatever it monitors
     * (its accuracies go in beside them).
     */
    private static Metric lossCurveMetric(RunMetrics measured, boolean training) {
        if (measured.task() instanceof ClassificationTask) {
            return training ? Metric.TRAIN_LOSS : Metric.VAL_LOSS;
        }
        return training ? measured.monitoredTraining() : measured.monitored();
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
        double[] train = run.curve(lossCurveMetric(measured, true));
        double[] val = hasValidation ? run.curve(lossCurveMetric(measured, false)) : null;
        boolean classifier = run.config().task() instanceof ClassificationTask;
        double[] trainAccuracy = classifier ? run.curve(Metric.TRAIN_ACCURACY) : null;
        double[] valAccuracy = classifier && hasValidation ? run.curve(Metric.VAL_ACCURACY) : null;
        if (run.status() == RunStatus.DIVERGED) {
            train = appendNaN(train);
            val = val == null ? null : appendNaN(val);
            trainAccuracy = trainAccuracy == null ? null : appendNaN(trainAccuracy);
            valAccuracy = valAccuracy == null ? null : appendNaN(valAccuracy);
        }
        if (train.length == 0) {
            return Optional.empty();
        }
        double baseline = baselines == null ? Double.NaN : baselines.persistenceMse();
        OptionalDouble naive = hasValidation && run.config().loss() == LossKind.MSE
                && Double.isFinite(baseline) && baseline > 0 ? OptionalDouble.of(baseline) : OptionalDouble.empty();
        double mean = baselines == null ? Double.NaN : baselines.meanMse();
        OptionalDouble meanBaseline = hasValidation && run.config().loss() == LossKind.MSE
                && Double.isFinite(mean) && mean > 0 ? OptionalDouble.of(mean) : OptionalDouble.empty();
        CurveInput in = new CurveInput(train, val, naive, run.config().usesDropout(), OptionalDouble.empty(),
                Optional.empty(), meanBaseline);
        return Optional.of(withClassifier(in, run.config(), trainAccuracy, valAccuracy));
    }

    /** {@code c} with one NaN epoch appended. */
    public static double[] appendNaN(double[] c) {
        double[] out = Arrays.copyOf(c, c.length + 1);
        out[c.length] = Double.NaN;
        return out;
    }
}
