package org.lstmworkbench.ui.chart;

import java.awt.Color;
import java.util.Collection;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/** The chart's overlays: best-epoch lines, overfitting shades and baseline lines (FX thread only). */
final class Markers {

    private final XYPlot plot;
    private ValueMarker persistence;
    private ValueMarker trainingMean;

    Markers(XYPlot plot) {
        this.plot = plot;
    }

    void setBest(RunTrace t, int epoch, boolean tracesVisible) {
        if (epoch < 0) {
            throw new IllegalArgumentException("best epoch must be >= 0 (0 = none), got " + epoch);
        }
        if (t.bestMarker != null) {
            plot.removeDomainMarker(0, t.bestMarker, Layer.FOREGROUND, false);
            t.bestMarker = null;
        }
        if (epoch > 0) {
            t.bestMarker = ChartStyle.bestEpoch(epoch, RunColours.awt(t.colourIndex));
            if (t.drawn(tracesVisible)) {
                plot.addDomainMarker(0, t.bestMarker, Layer.FOREGROUND, false);
            }
        }
        plot.getChart().fireChartChanged();
    }

    void setOverfit(RunTrace t, int from, boolean tracesVisible) {
        if (from < 0) {
            throw new IllegalArgumentException("overfitting start must be >= 0 (0 = none), got " + from);
        }
        if (t.overfitMarker != null) {
            plot.removeDomainMarker(0, t.overfitMarker, Layer.BACKGROUND, false);
            t.overfitMarker = null;
        }
        if (from > 0) {
            Color c = RunColours.withAlpha(RunColours.awt(t.colourIndex), ChartStyle.OVERFIT_ALPHA);
            t.overfitMarker = new IntervalMarker(from, Math.max(from, t.lastEpoch), c);
            if (t.drawn(tracesVisible)) {
                plot.addDomainMarker(0, t.overfitMarker, Layer.BACKGROUND, false);
            }
        }
        plot.getChart().fireChartChanged();
    }

    /** Keeps an overfitting shade reaching the run's last epoch as epochs arrive. */
    void extendOverfit(RunTrace t) {
        if (t.overfitMarker != null && t.lastEpoch > t.overfitMarker.getEndValue()) {
            // setEndValue notifies the plot; the caller's single chart event covers it
            t.overfitMarker.setEndValue(t.lastEpoch);
        }
    }

    void removeRunMarkers(RunTrace t) {
        if (t.bestMarker != null) {
            plot.removeDomainMarker(0, t.bestMarker, Layer.FOREGROUND, false);
        }
        if (t.overfitMarker != null) {
            plot.removeDomainMarker(0, t.overfitMarker, Layer.BACKGROUND, false);
        }
    }

    /** Re-adds or removes each run's markers after a visibility change. */
    void showRunMarkers(Collection<RunTrace> runs, boolean tracesVisible) {
        for (RunTrace t : runs) {
            removeRunMarkers(t);
            if (t.drawn(tracesVisible)) {
                if (t.bestMarker != null) {
                    plot.addDomainMarker(0, t.bestMarker, Layer.FOREGROUND, false);
                }
                if (t.overfitMarker != null) {
                    plot.addDomainMarker(0, t.overfitMarker, Layer.BACKGROUND, false);
                }
            }
        }
        plot.getChart().fireChartChanged();
    }

    void setBaselines(double persistenceLoss, double trainingMeanLoss) {
        if (persistence != null) {
            plot.removeRangeMarker(0, persistence, Layer.FOREGROUND, false);
            persistence = null;
        }
        if (trainingMean != null) {
            plot.removeRangeMarker(0, trainingMean, Layer.FOREGROUND, false);
            trainingMean = null;
        }
        if (Double.isFinite(persistenceLoss)) {
            persistence = ChartStyle.baseline(persistenceLoss, "persistence " + Tooltips.number(persistenceLoss));
            plot.addRangeMarker(0, persistence, Layer.FOREGROUND, false);
        }
        if (Double.isFinite(trainingMeanLoss)) {
            trainingMean = ChartStyle.baseline(trainingMeanLoss, "training mean " + Tooltips.number(trainingMeanLoss));
            plot.addRangeMarker(0, trainingMean, Layer.FOREGROUND, false);
        }
        // two close baselines would print one label over the other: put them on opposite sides
        if (persistence != null) {
            BaselineLabels.place(persistence, BaselineLabels.persistenceSide(persistenceLoss, trainingMeanLoss));
        }
        if (trainingMean != null) {
            BaselineLabels.place(trainingMean, BaselineLabels.trainingMeanSide(persistenceLoss, trainingMeanLoss));
        }
        plot.getChart().fireChartChanged();
    }

    ValueMarker persistence() {
        return persistence;
    }

    ValueMarker trainingMean() {
        return trainingMean;
    }
}
