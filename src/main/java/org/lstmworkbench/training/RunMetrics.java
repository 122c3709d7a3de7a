package org.lstmworkbench.training;

import java.util.List;
import org.lstmworkbench.metrics.Metric;
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
 */
public record RunMetrics(Task task, List<Metric> epoch, Metric monitored, List<Metric> summary, List<Metric> test) {

    /** What a regression run measures. */
    public static final RunMetrics REGRESSION = of(Task.REGRESSION);

    public RunMetrics {
        epoch = List.copyOf(epoch);
        summary = List.copyOf(summary);
        test = List.copyOf(test);
    }

    /** What a task's runs measure. */
    public static RunMetrics of(Task task) {
        return new RunMetrics(task, task.metrics(), task.monitored(), List.of(Metric.TRAIN_LOSS, Metric.VAL_LOSS),
                Metric.REGRESSION_TEST);
    }

    /** What a run of this configuration measures. */
    public static RunMetrics of(ModelConfig config) {
        return of(taskOf(config));
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
