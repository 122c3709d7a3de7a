package org.lstmworkbench.ui.chart;

import java.awt.Color;
import java.util.Collection;
import org.jfree.chart.LegendItemCollection;

/**
 * The loss chart's legend: one key for line styles (train solid, validation dashed), then each
 * shown run once in its colour (at most {@link #MAX_RUNS}, then "+ N more": the run list names
 * them all), then the bands. Not one entry per series: 30 runs would make 120.
 */
final class ChartLegend {

    /** Legend shows at most this many runs. */
    static final int MAX_RUNS = 10;

    private ChartLegend() {
    }

    static LegendItemCollection items(Collection<RunTrace> runs, Collection<BandTrace> bands, boolean tracesVisible) {
        LegendItemCollection items = new LegendItemCollection();
        Color key = ChartStyle.AXIS_GREY;
        items.add(ChartStyle.lineItem("train", key, ChartStyle.trace(false, 2f)));
        items.add(ChartStyle.lineItem("validation", key, ChartStyle.trace(true, 2f)));
        int shown = 0;
        int hidden = 0;
        for (RunTrace t : runs) {
            if (!(t.visible && tracesVisible)) {
                continue;
            }
            if (shown < MAX_RUNS) {
                items.add(ChartStyle.lineItem(t.label, RunColours.awt(t.colourIndex), ChartStyle.trace(false, 3f)));
                shown++;
            } else {
                hidden++;
            }
        }
        if (hidden > 0) {
            items.add(ChartStyle.textItem("+ " + hidden + " more"));
        }
        for (BandTrace band : bands) {
            items.add(ChartStyle.boxItem(band.label + " (mean ± 1 std)",
                    RunColours.withAlpha(RunColours.awt(band.colourIndex), 110)));
        }
        return items;
    }
}
