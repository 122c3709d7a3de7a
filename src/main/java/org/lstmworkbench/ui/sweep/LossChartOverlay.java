package org.lstmworkbench.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.ui.chart.LossChart;

/**
 * Draws a selected sweep point's runs on the window's loss chart, each as a run of its own
 * (ids {@code sweep-pP-rR}, apart from the run list's {@code r1, r2...}), with their mean
 * validation loss ± 1 std (sample, n-1) as one band. Showing another point replaces them.
 *
 * @implNote FX-thread only.
 */
public final class LossChartOverlay implements PointOverlay {

    /** The band's id on the chart. */
    public static final String BAND_ID = "sweep-point";
    /** Colours after the first ones, which the run list uses first. */
    private static final int FIRST_COLOUR = 20;

    private final LossChart chart;
    private final List<String> shown = new ArrayList<>();

    public LossChartOverlay(LossChart chart) {
        this.chart = chart;
    }

    @Override
    public void show(String pointLabel, List<SweepRunHistory> runs) {
        chart.batch(() -> {
            shown.forEach(chart::removeRun);
            shown.clear();
            chart.removeBand(BAND_ID);
            for (int i = 0; i < runs.size(); i++) {
                SweepRunHistory r = runs.get(i);
                chart.removeRun(r.id());
                chart.addRun(r.id(), "sweep " + r.name(), FIRST_COLOUR + i);
                chart.appendEpochs(r.id(), r.history());
                shown.add(r.id());
            }
            if (runs.size() > 1) {
                band(pointLabel, runs);
            }
        });
    }

    /** The chart ids of the runs shown. */
    public List<String> shownIds() {
        return List.copyOf(shown);
    }

    private void band(String pointLabel, List<SweepRunHistory> runs) {
        chart.setBand(BAND_ID, "sweep point " + pointLabel + ": validation loss of " + runs.size() + " runs",
                runs.stream().map(r -> r.history().stream().mapToDouble(EpochMetrics::valLoss).toArray()).toList(),
                FIRST_COLOUR);
    }
}
