package org.lstmworkbench.ui.chart;

import java.awt.Color;
import java.util.Collection;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Colours, strokes and visibility of the loss chart's series. JFreeChart keys these by series
 * index, and indexes shift when a run is removed, so they are always re-applied as a whole.
 */
final class SeriesStyles {

    private SeriesStyles() {
    }

    /**
     * Runs' series are in insertion order, each run's curves in its order (for regression train
     * at 2k, validation at 2k + 1), in both the raw and the smoothed dataset; validation curves
     * are dashed. Bands at their insertion index.
     */
    static void apply(Collection<RunTrace> runs, Collection<BandTrace> bands, double smoothing,
                      boolean tracesVisible, DecimatingLineRenderer raw, XYLineAndShapeRenderer smoothed,
                      DeviationRenderer bandRenderer) {
        boolean smooth = smoothing > 0;
        // faint dense raw curves as filled envelopes: same look, far cheaper to rasterise
        raw.setEnvelopeWhenDense(smooth);
        int i = 0;
        for (RunTrace t : runs) {
            Color c = RunColours.awt(t.colourIndex);
            boolean drawn = t.drawn(tracesVisible);
            for (RunTrace.Curve curve : t.curves) {
                boolean validation = curve.metric().isValidation();
                raw.setSeriesPaint(i, smooth ? RunColours.withAlpha(c, ChartStyle.FAINT_ALPHA) : c, false);
                // faint raw lines under a smoothed one are context only: solid (dashing a noisy
                // line costs the rasteriser most and reads as noise); the smoothed line is dashed
                raw.setSeriesStroke(i, smooth ? ChartStyle.trace(false, 1.0f) : ChartStyle.trace(validation, 2.0f),
                        false);
                raw.setSeriesVisible(i, drawn, false);
                smoothed.setSeriesPaint(i, c, false);
                smoothed.setSeriesStroke(i, ChartStyle.trace(validation, 2.2f), false);
                smoothed.setSeriesVisible(i, drawn && smooth, false);
                i++;
            }
        }
        int b = 0;
        for (BandTrace band : bands) {
            Color c = RunColours.awt(band.colourIndex);
            bandRenderer.setSeriesPaint(b, c.darker(), false);
            bandRenderer.setSeriesFillPaint(b, c, false);
            bandRenderer.setSeriesStroke(b, ChartStyle.trace(false, 2.6f), false);
            b++;
        }
    }
}
