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

    RunChartSync(LossChart chart, RunsViewModel runs) {
        this.chart = chart;
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
        int epochs = done.stream().mapToInt(r -> r.history().size()).min().orElse(0);
        double[] mean = new double[epochs];
        double[] std = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (RunItem r : done) {
                double v = r.history().get(e).valLoss();
                if (Double.isFinite(v)) {
                    sum += v;
                    sq += v * v;
                    n++;
                }
            }
            mean[e] = n == 0 ? Double.NaN : sum / n;
            // sample standard deviation (n - 1), as the describe() tables
            std[e] = n < 2 ? 0 : Math.sqrt(Math.max(0, (sq - n * mean[e] * mean[e]) / (n - 1)));
        }
        chart.setBand(groupId, groupId + ": mean validation loss ± 1 std of " + done.size() + " runs", mean, std,
                done.get(0).colourIndex());
    }
}
