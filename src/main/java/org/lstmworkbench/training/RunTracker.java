package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.metrics.EarlyStoppingCriterion;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.metrics.StoppingCriteria;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.StoppingKind;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One run's bookkeeping while it trains, for {@link Trainer} on either engine: its history, the best epoch by the monitored metric in that metric's
 * direction (the configuration's early-stopping monitor, validation loss by default; its training
 * counterpart without a validation part), early stopping by the configuration's rule, how it ended (cancelled,
 * diverged, stopped early, done) and the best epoch's weights when they are to be restored.
 *
 * <p>The curves the stopping rule reads are kept in growable primitive arrays, so an epoch costs
 * the same whatever the run's length.
 *
 * @implNote One per run; not thread-safe.
 */
final class RunTracker {

    private final ModelConfig config;
    private final List<Metric> metrics;
    private final Metric monitored;
    private final Metric training;
    private final boolean useVal;
    /** Whether the training loss must be checked besides the watched metric (a watched accuracy stays finite). */
    private final boolean watchesLoss;
    private final EarlyStoppingCriterion stopRule;
    private final boolean restore;
    private final List<EpochMetrics> history = new ArrayList<>();
    private double[] trainCurve = new double[16];
    private double[] valCurve = new double[16];
    private boolean active = true;
    private RunStatus status = RunStatus.DONE;
    private String message = "";
    private int bestEpoch;
    private double bestValue = Double.NaN;
    private INDArray bestParams;

    /**
     * @param config        the run's configuration (epochs, early stopping)
     * @param metrics       the metrics its epochs record
     * @param monitored     the metric to watch when a validation part exists (the task's)
     * @param hasValidation whether the data has a validation part
     */
    RunTracker(ModelConfig config, List<Metric> metrics, Metric monitored, boolean hasValidation) {
        this.config = config;
        this.metrics = metrics;
        this.training = monitored.trainingCounterpart(metrics);
        this.monitored = hasValidation ? monitored : training;
        this.useVal = hasValidation;
        this.watchesLoss = !training.equals(Metric.TRAIN_LOSS) && metrics.contains(Metric.TRAIN_LOSS);
        EarlyStopping es = config.earlyStopping();
        this.stopRule = stoppingCriterion(es);
        this.restore = es.restoreBest() && es.kind() != StoppingKind.OFF;
    }

    /** The metrics criterion of a configuration's early-stopping settings (Prechelt 1998 or Keras' patience). */
    static EarlyStoppingCriterion stoppingCriterion(EarlyStopping es) {
        return switch (es.kind()) {
            case OFF -> (train, val, epochs) -> false;
            case PATIENCE -> StoppingCriteria.patience(es.patience(), es.minDelta());
            case GL -> StoppingCriteria.generalizationLoss(es.alpha());
            case PQ -> StoppingCriteria.progressQuotient(es.alpha(), es.strip());
            case UP -> StoppingCriteria.successiveRises(es.strips(), es.strip());
        };
    }

    /** Whether the run is still training. */
    boolean active() {
        return active;
    }

    /** The user stopped the run during {@code epoch}; the epochs so far are kept. */
    void cancel(int epoch) {
        end(RunStatus.CANCELLED, "stopped by the user during epoch " + epoch + "; " + history.size() + " epochs kept");
    }

    /** Whether the watched losses of this epoch are finite (a run whose loss is not has diverged). */
    boolean finite(EpochMetrics m) {
        return Double.isFinite(m.value(training)) && (!useVal || Double.isFinite(m.value(monitored)))
                && (!watchesLoss || Double.isFinite(m.value(Metric.TRAIN_LOSS)));
    }

    /** Ends the run as diverged at this (not kept) epoch. */
    void diverge(EpochMetrics m) {
        double train = m.value(training);
        if (watchesLoss) {
            train = m.value(Metric.TRAIN_LOSS);
        }
        end(RunStatus.DIVERGED, "loss became " + (Double.isFinite(train) ? m.value(monitored) : train)
                + " at epoch " + m.epoch() + "; the " + history.size() + " finite epochs are kept");
    }

    /**
     * Keeps a finite epoch, moves the best epoch when the monitored metric improved (copying the
     * weights from {@code params} when they are to be restored), and asks the stopping rule.
     *
     * @return true when early stopping ended the run after this epoch
     */
    boolean record(EpochMetrics m, Supplier<INDArray> params) {
        int epoch = m.epoch();
        history.add(m);
        append(epoch, asLoss(m.value(training)), useVal ? asLoss(m.value(monitored)) : Double.NaN);
        double v = m.value(monitored);
        if (bestEpoch == 0 || monitored.isBetter(v, bestValue)) {
            bestEpoch = epoch;
            bestValue = v;
            if (restore) {
                bestParams = params.get().dup();
            }
        }
        if (useVal && epoch < config.epochs() && stopRule.shouldStop(trainCurve, valCurve, epoch)) {
            end(RunStatus.EARLY_STOPPED, "early stopping (" + config.earlyStopping().kind().name().toLowerCase()
                    + ") after epoch " + epoch + "; best epoch " + bestEpoch);
            return true;
        }
        return false;
    }

    /** Ends a run that trained all its epochs. */
    void finish() {
        end(RunStatus.DONE, "");
    }

    /** Puts the best epoch's weights back into {@code net} when the run stopped early and restores them. */
    void restoreBest(MultiLayerNetwork net) {
        if (restore && bestParams != null && status == RunStatus.EARLY_STOPPED) {
            net.setParams(bestParams);
        }
    }

    /** The run's result; call after it ended. */
    RunResult result(Map<String, Double> test, long parameterCount, long wallMillis) {
        return new RunResult(config, config.seed(), status, message, metrics, history, bestEpoch, bestValue, test,
                parameterCount, wallMillis);
    }

    /**
     * The value as the stopping rules read it, lower is better: a loss as it is, a metric where
     * higher is better as its error {@code 1 - v} (accuracy: the error rate, Prechelt's own
     * classification measure), so patience's {@code minDelta} stays in the metric's units.
     */
    private double asLoss(double v) {
        return monitored.higherIsBetter() ? 1 - v : v;
    }

    private void append(int epoch, double train, double val) {
        if (epoch > trainCurve.length) {
            trainCurve = Arrays.copyOf(trainCurve, trainCurve.length * 2);
            valCurve = Arrays.copyOf(valCurve, valCurve.length * 2);
        }
        trainCurve[epoch - 1] = train;
        valCurve[epoch - 1] = val;
    }

    private void end(RunStatus s, String why) {
        if (active) {
            active = false;
            status = s;
            message = why;
        }
    }
}
