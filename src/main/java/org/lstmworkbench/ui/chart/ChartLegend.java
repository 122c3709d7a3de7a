package org.lstmworkbench.ui.chart;

import java.awt.Color;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.lstmworkbench.metrics.Metric;

/**
 * The loss chart's legend: one key per curve's line style (train solid, validation dashed), then each
 * shown run once in its colour (at most {@link #MAX_RUNS}, then "+ N more": the run list names
 * them all), then the bands. Not one entry per series: 30 runs would make 120.
 */
final class ChartLegend {

    /** Legend shows at most this many runs. */
    static final int MAX_RUNS = 10;

    private ChartLegend() {
    }

    static LegendItemCollection items(List<Metric> curves, Collection<RunTrace> runs, Collection<BandTrace> bands,
                                      boolean tracesVisible) {
        LegendItemCollection items = new LegendItemCollection();
        Color key = ChartStyle.AXIS_GREY;
        for (Metric m : curves) {
            items.add(ChartStyle.lineItem(ChartCurves.part(m), key, ChartStyle.trace(m.isValidation(), 2f)));
        }
        int shown = 0;
        int hidden = 0;
        for (RunTrace t : runs) {
            if (!t.drawn(tracesVisible)) {
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
            items.add(ChartStyle.boxItem(band.legend(),
                    RunColours.withAlpha(RunColours.awt(band.colourIndex), 110)));
        }
        return items;
    }
}
