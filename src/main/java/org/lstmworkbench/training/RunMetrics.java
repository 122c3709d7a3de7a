package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ClassificationTask;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;

/**
 * What a run of a task measures and what its files and summaries show, all derived from the
 * task: the metrics every epoch records, the monitored one (best epoch, early stopping,
 * diagnosis), the ones a run is summarised by (its returned model's value, a sweep's results
 * line) and the ones measured once on the test part.
 *
 * @param task      the task
 * @param epoch     per-epoch metrics in file-column order ({@link Task#metrics()})
 * @param monitored the metric the best epoch and early stopping follow when a validation part exists
 * @param summary   the per-epoch metrics a run is summarised by (a sweep's results line)
 * @param test      the metrics measured on the test part at the end of a run
 * @param best      the validation metrics whose best value over the epochs summarises a run too
 *                  ({@code best_val_loss}), the monitored one first
 */
public record RunMetrics(Task task, List<Metric> epoch, Metric monitored, List<Metric> summary, List<Metric> test,
                         List<Metric> best) {

    /** What a regression run measures. */
    public static final RunMetrics REGRESSION = of(Task.REGRESSION);

    public RunMetrics {
        epoch = List.copyOf(epoch);
        summary = List.copyOf(summary);
        test = List.copyOf(test);
        best = List.copyOf(best);
    }

    /** A regression-shaped measure: only the monitored metric's best value summarises a run. */
    public RunMetrics(Task task, List<Metric> epoch, Metric monitored, List<Metric> summary, List<Metric> test) {
        this(task, epoch, monitored, summary, test, List.of(monitored));
    }

    /** What a task's runs measure, watching the task's monitored metric. */
    public static RunMetrics of(Task task) {
        return of(task, task.monitored());
    }

    /**
     * What a task's runs measure when {@code monitored} is watched: a classifier is also summarised
     * by its accuracies (balanced ones too for imbalanced classes) and the best validation loss and
     * accuracy, and measured on the test part by accuracy.
     */
    public static RunMetrics of(Task task, Metric monitored) {
        if (task instanceof ClassificationTask) {
            List<Metric> summary = task.metrics();
            List<Metric> best = new ArrayList<>(List.of(monitored));
            summary.stream().filter(m -> m.isValidation() && !m.equals(monitored)).forEach(best::add);
            return new RunMetrics(task, task.metrics(), monitored, summary, List.of(Metric.TEST_ACCURACY), best);
        }
        return new RunMetrics(task, task.metrics(), monitored, List.of(Metric.TRAIN_LOSS, Metric.VAL_LOSS),
                Metric.REGRESSION_TEST);
    }

    /**
     * What a run of this configuration measures, watching its early-stopping monitor (the task's
     * monitored metric when the monitor is not one of the task's: {@link ModelConfig#validate()}
     * reports that).
     */
    public static RunMetrics of(ModelConfig config) {
        Task task = taskOf(config);
        Metric monitored = config.earlyStopping().monitorProblem(task.metrics()).isPresent()
                ? task.monitored() : config.earlyStopping().monitoredOf(task.metrics());
        return of(task, monitored);
    }

    /** The task a configuration trains (the configuration names it). */
    public static Task taskOf(ModelConfig config) {
        return config.task();
    }

    /** The training-part counterpart of the monitored metric ({@code train_loss} for {@code val_loss}). */
    public Metric monitoredTraining() {
        return monitored.trainingCounterpart(epoch);
    }
}
