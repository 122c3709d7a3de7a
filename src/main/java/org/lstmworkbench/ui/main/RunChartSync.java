package org.lstmworkbench.ui.main;

import java.util.List;
import javafx.collections.ListChangeListener;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.FitLabel;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.run.RunItem;
import org.lstmworkbench.ui.run.RunsViewModel;

/**
 * Keeps the loss chart in step with the run list: a series pair per run (added, shown, hidden,
 * removed with its row), the best-epoch marker and overfit shading when a run ends, and the mean
 * ± 1 std band of each repeat group once two of its runs have finished.
 *
 * @implNote FX-thread only.
 */
final class RunChartSync {

    private final LossChart chart;
    private final org.lstmworkbench.metrics.Metric banded;

    RunChartSync(LossChart chart, RunsViewModel runs) {
        this(chart, runs, org.lstmworkbench.metrics.Metric.VAL_LOSS);
    }

    /** Bands of repeat groups drawn over {@code banded} (the accuracy chart bands validation accuracy). */
    RunChartSync(LossChart chart, RunsViewModel runs, org.lstmworkbench.metrics.Metric banded) {
        this.chart = chart;
        this.banded = banded;
        runs.runs().addListener((ListChangeListener<RunItem>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(r -> chart.removeRun(r.id()));
                c.getAddedSubList().forEach(this::added);
            }
        });
    }

    /** Forgets every series and band. */
    void clear() {
        chart.clear();
    }

    /** Marks a finished run and refreshes its group's band. */
    void finished(RunItem item, List<RunItem> group) {
        mark(item);
        if (group.size() > 1) {
            band(item.group(), group);
        }
    }

    private void added(RunItem item) {
        chart.addRun(item.id(), item.name(), item.colourIndex());
        if (item.group() != null) {
            chart.setRepeatMember(item.id(), true);
        }
        item.visibleProperty().addListener((o, was, is) -> chart.setRunVisible(item.id(), is));
        if (!item.history().isEmpty()) {
            chart.appendEpochs(item.id(), item.history());
        }
        chart.setRunVisible(item.id(), item.visibleProperty().get());
        if (item.isFinished()) {
            mark(item);
        }
    }

    private void mark(RunItem item) {
        if (!chart.hasRun(item.id())) {
            return; // removed from the list (and the chart) while it was stopping
        }
        chart.setBestEpoch(item.id(), item.bestEpochProperty().get());
        Diagnosis d = item.diagnosisProperty().get();
        chart.setOverfitFrom(item.id(), d != null && d.label() == FitLabel.OVERFIT ? d.bestEpoch() : 0);
    }

    private void band(String groupId, List<RunItem> members) {
        List<RunItem> done = members.stream().filter(r -> r.isFinished() && !r.history().isEmpty()).toList();
        if (done.size() < 2) {
            return;
        }
        // the chart draws mean ± 1 std, or the geometric band on a log axis, and says which
        chart.setBand(groupId, groupId + ": " + banded.displayName() + " of " + done.size() + " runs",
                done.stream().map(r -> r.history().stream().mapToDouble(m -> m.value(banded)).toArray()).toList(),
                done.get(0).colourIndex());
    }
}
