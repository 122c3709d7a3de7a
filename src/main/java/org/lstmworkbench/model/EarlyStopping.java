package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lstmworkbench.Problem;
import org.lstmworkbench.metrics.Metric;

/**
 * Early-stopping settings: the rule and the validation metric it watches ({@code val_loss} by
 * default; a classifier may watch {@code val_accuracy}, which is maximised). The best epoch of a
 * run follows the same metric.
 *
 * @param kind        the rule; {@link StoppingKind#OFF} trains every epoch
 * @param patience    PATIENCE: epochs without improvement before stopping (Keras' {@code patience})
 * @param minDelta    PATIENCE: an improvement must lower the best loss by more than this (Keras' {@code min_delta})
 * @param restoreBest whether the weights of the best validation epoch are restored at the end
 * @param alpha       GL: percent generalisation loss; PQ: quotient GL / P_k
 * @param strip       k, the strip length in epochs for P_k and UP_s (Prechelt uses 5)
 * @param strips      s, successive strips with rising validation loss for UP_s
 * @param monitor     the id of the validation metric watched ({@link #DEFAULT_MONITOR}); it must be one of the
 *                    task's ({@link ModelConfig#validate()} says so otherwise). A metric where higher is better
 *                    is watched as its error {@code 1 - value}, so the rules and {@code minDelta} read it
 *                    in its own units.
 */
public record EarlyStopping(StoppingKind kind, int patience, double minDelta, boolean restoreBest,
                            double alpha, int strip, int strips, String monitor) {

    /** The metric watched unless another is chosen. */
    public static final String DEFAULT_MONITOR = Metric.VAL_LOSS.id();

    /** No early stopping; its parameters are the defaults every other rule starts from. */
    public static final EarlyStopping OFF = new EarlyStopping(StoppingKind.OFF, 10, 0.0, true, 5.0, 5, 3);

    public EarlyStopping {
        kind = kind == null ? StoppingKind.OFF : kind;
        monitor = monitor == null || monitor.isBlank() ? DEFAULT_MONITOR : monitor.trim();
    }

    /** Settings watching validation loss. */
    public EarlyStopping(StoppingKind kind, int patience, double minDelta, boolean restoreBest,
                         double alpha, int strip, int strips) {
        this(kind, patience, minDelta, restoreBest, alpha, strip, strips, DEFAULT_MONITOR);
    }

    /** These settings watching the metric with this id. */
    public EarlyStopping withMonitor(String metricId) {
        return new EarlyStopping(kind, patience, minDelta, restoreBest, alpha, strip, strips, metricId);
    }

    /**
     * The monitored metric among a task's metrics, or a problem (path {@code earlyStopping.monitor})
     * when the task has no such validation metric.
     */
    public Optional<Problem> monitorProblem(List<Metric> taskMetrics) {
        boolean known = taskMetrics.stream().anyMatch(m -> m.id().equals(monitor) && m.isValidation());
        if (known) {
            return Optional.empty();
        }
        return Optional.of(problem("monitor", "early stopping cannot monitor \"" + monitor
                + "\"; this task's validation metrics are " + taskMetrics.stream().filter(Metric::isValidation)
                .map(Metric::id).collect(Collectors.joining(", "))));
    }

    /** The monitored metric of a task's metrics ({@link #monitorProblem} tells when there is none). */
    public Metric monitoredOf(List<Metric> taskMetrics) {
        return Metric.byId(taskMetrics, monitor);
    }

    /** Keras-style patience with restore-best. */
    public static EarlyStopping patience(int patience, double minDelta) {
        return new EarlyStopping(StoppingKind.PATIENCE, patience, minDelta, OFF.restoreBest, OFF.alpha, OFF.strip,
                OFF.strips);
    }

    /** Prechelt's rule of the given kind with its parameter (alpha for GL/PQ, s for UP). */
    public static EarlyStopping prechelt(StoppingKind kind, double alphaOrStrips) {
        return switch (kind) {
            case GL, PQ -> new EarlyStopping(kind, OFF.patience, OFF.minDelta, OFF.restoreBest, alphaOrStrips,
                    OFF.strip, OFF.strips);
            case UP -> new EarlyStopping(kind, OFF.patience, OFF.minDelta, OFF.restoreBest, OFF.alpha, OFF.strip,
                    (int) alphaOrStrips);
            default -> throw new IllegalArgumentException("not a Prechelt rule: " + kind);
        };
    }

    /** Problems with these settings, each fit to show a user (paths {@code earlyStopping.…}); empty when valid. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        switch (kind) {
            case PATIENCE -> {
                if (patience < 1) {
                    problems.add(problem("patience",
                            "early stopping patience must be at least 1 epoch, was " + patience));
                }
                if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
                    problems.add(problem("minDelta",
                            "early stopping min delta must be 0 or more, was " + minDelta));
                }
            }
            case GL, PQ -> {
                if (!(alpha > 0) || Double.isInfinite(alpha)) {
                    problems.add(problem("alpha",
                            "early stopping alpha must be above 0, was " + alpha));
                }
                if (strip < 2) {
                    problems.add(problem("strip",
                            "early stopping strip length k must be at least 2 epochs, was " + strip));
                }
            }
            case UP -> {
                if (strip < 2) {
                    problems.add(problem("strip",
                            "early stopping strip length k must be at least 2 epochs, was " + strip));
                }
                if (strips < 1) {
                    problems.add(problem("strips",
                            "early stopping UP_s needs s of at least 1 strip, was " + strips));
                }
            }
            case OFF -> { }
        }
        return problems;
    }

    private static Problem problem(String field, String message) {
        return new Problem("earlyStopping." + field, message);
    }
}
