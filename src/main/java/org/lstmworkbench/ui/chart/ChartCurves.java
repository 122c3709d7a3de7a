package org.lstmworkbench.ui.chart;

import java.util.List;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.Task;

/**
 * Which of a run's metrics the loss chart draws: every metric of the task that measures the same
 * quantity as the monitored one (for regression {@code train_loss} and {@code val_loss}: the
 * quantity {@code loss}), training curves solid and validation curves dashed. Derived from the
 * task's metric list, so a task with other metrics gets its own curves without a chart change.
 */
public final class ChartCurves {

    private static final String TRAIN = "train_";
    private static final String VAL = "val_";

    private ChartCurves() {
    }

    /** The curves of {@code task}: its metrics of the monitored metric's quantity, in the task's order. */
    public static List<Metric> of(Task task) {
        String q = quantity(task.monitored());
        List<Metric> curves = task.metrics().stream().filter(m -> quantity(m).equals(q)).toList();
        if (curves.isEmpty()) {
            throw new IllegalStateException("task " + task.id() + " has no metric of quantity " + q);
        }
        return curves;
    }

    /** What a metric measures, without the part it is measured on: {@code val_loss -> loss}. */
    public static String quantity(Metric m) {
        String id = m.id();
        if (id.startsWith(TRAIN)) {
            return id.substring(TRAIN.length());
        }
        if (id.startsWith(VAL)) {
            return id.substring(VAL.length());
        }
        return id;
    }

    /** The legend's and series' word for a curve's part: {@code validation} or {@code train}. */
    static String part(Metric m) {
        return m.isValidation() ? "validation" : "train";
    }
}
