package org.lstmworkbench.ui.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lstmworkbench.training.EpochMetrics;

/**
 * The live loss chart's model: one {@link JFreeChart} with each run's training loss (solid) and
 * validation loss (dashed) per epoch in the run's colour, an optional EMA-smoothed line over
 * faint raw points, mean ± 1 std bands of repeated runs, the best-epoch and overfitting
 * overlays and the naive baselines. It owns no Node; {@link LossChartView} shows it.
 *
 * @implNote Not thread-safe: every method must run on the JavaFX application thread, because
 *     JFreeChart redraws its canvas synchronously on whatever thread fires a dataset change.
 *     Training threads go through {@link EpochCoalescer}.
 */
public final class LossChart {

    static final int RAW = 0;
    static final int BANDS = 1;
    static final int SMOOTHED = 2;

    private final Map<String, RunTrace> runs = new LinkedHashMap<>();
    private final Map<String, BandTrace> bands = new LinkedHashMap<>();
    private final XYSeriesCollection raw = new XYSeriesCollection();
    private final XYSeriesCollection smoothed = new XYSeriesCollection();
    private final YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
    // raw curves are noisy: keep each 3-pixel column's extremes (the envelope and every spike);
    // smoothed ones are smooth: one point per 2 pixels is indistinguishable from all of them
    private final DecimatingLineRenderer rawRenderer =
            new DecimatingLineRenderer(DecimatingLineRenderer.Mode.EXTREMES, 3.0);
    private final XYLineAndShapeRenderer smoothRenderer =
            new DecimatingLineRenderer(DecimatingLineRenderer.Mode.LAST, 2.0);
    private final DeviationRenderer bandRenderer = EntityFreeRenderers.bands();
    private final BaselineRange baselineRange = new BaselineRange();
    private final LinearLossAxis linearAxis = new LinearLossAxis("loss", baselineRange);
    private final ClampedLogAxis logAxis = new ClampedLogAxis("loss (log scale)", baselineRange);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final Markers markers;
    private double smoothing;
    private boolean tracesVisible = true;
    private boolean logScale;
    private double minPositive = Double.POSITIVE_INFINITY;

    /** An empty chart: linear scale, no smoothing, traces visible. */
    public LossChart() {
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartStyle.axis(epochs);
        ChartStyle.axis(linearAxis);
        ChartStyle.axis(logAxis);
        plot = new XYPlot(raw, epochs, linearAxis, rawRenderer);
        plot.setDataset(BANDS, bandData);
        plot.setRenderer(BANDS, bandRenderer);
        plot.setDataset(SMOOTHED, smoothed);
        plot.setRenderer(SMOOTHED, smoothRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // the line renderers need no bar widths: skip the interval recalculation (a scan of
        // every point) that XYSeriesCollection does on each change
        raw.setAutoWidth(false);
        smoothed.setAutoWidth(false);
        bandRenderer.setAlpha(0.22f);
        bandRenderer.setDefaultToolTipGenerator(Tooltips.BAND);
        rawRenderer.setDefaultToolTipGenerator(Tooltips.TRACE);
        smoothRenderer.setDefaultToolTipGenerator(Tooltips.SMOOTHED);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.plot(chart, plot);
        markers = new Markers(plot);
        restyle();
    }

    /** The chart, for the viewer and for export. */
    public JFreeChart chart() {
        return chart;
    }

    /**
     * Runs {@code updates} with dataset and chart notifications held back, then lets one change
     * through: the axes are re-ranged and the chart redrawn once, however many series changed
     * (each series still fires its own change event). Nested calls are fine.
     */
    public void batch(Runnable updates) {
        boolean chartNotify = chart.isNotify();
        boolean rawNotify = raw.getNotify();
        boolean smoothNotify = smoothed.getNotify();
        chart.setNotify(false);
        raw.setNotify(false);
        smoothed.setNotify(false);
        try {
            updates.run();
        } finally {
            // each setNotify(true) fires one dataset change, which re-ranges the axes
            raw.setNotify(rawNotify);
            smoothed.setNotify(smoothNotify);
            chart.setNotify(chartNotify);
        }
    }

    /** Adds an empty run drawn in {@link RunColours#awt(int) colour} {@code colourIndex}. */
    public void addRun(String runId, String label, int colourIndex) {
        if (runs.containsKey(runId)) {
            throw new IllegalArgumentException("run " + runId + " is already on the chart");
        }
        RunTrace t = new RunTrace(runId, label, colourIndex);
        runs.put(runId, t);
        raw.addSeries(t.train);
        raw.addSeries(t.val);
        smoothed.addSeries(t.trainSmooth);
        smoothed.addSeries(t.valSmooth);
        restyle();
    }

    /** Whether {@code runId} is on the chart. */
    public boolean hasRun(String runId) {
        return runs.containsKey(runId);
    }

    /** The runs on the chart in the order they were added. */
    public Set<String> runIds() {
        return Collections.unmodifiableSet(runs.keySet());
    }

    /**
     * Appends epochs to a run: all points are added silently, then each series that grew fires
     * exactly one change event. Non-finite losses (NaN validation when there is no validation
     * part, NaN or infinite training loss after divergence) are not plotted.
     */
    public void appendEpochs(String runId, List<EpochMetrics> epochs) {
        batch(() -> append(require(runId), epochs));
    }

    private void append(RunTrace t, List<EpochMetrics> epochs) {
        int trainBefore = t.train.getItemCount();
        int valBefore = t.val.getItemCount();
        for (EpochMetrics m : epochs) {
            addPoint(t.train, m.epoch(), m.trainLoss());
            addPoint(t.val, m.epoch(), m.valLoss());
            t.lastEpoch = Math.max(t.lastEpoch, m.epoch());
        }
        if (t.train.getItemCount() > trainBefore) {
            t.train.fireSeriesChanged();
        }
        if (t.val.getItemCount() > valBefore) {
            t.val.fireSeriesChanged();
        }
        RunTrace.extendSmoothed(t.train, t.trainSmooth, smoothing);
        RunTrace.extendSmoothed(t.val, t.valSmooth, smoothing);
        markers.extendOverfit(t);
        logAxis.setSmallestValue(minPositive < Double.POSITIVE_INFINITY ? minPositive / 2 : 1e-6);
    }

    private void addPoint(XYSeries s, int epoch, double loss) {
        if (Double.isFinite(loss)) {
            s.add(epoch, loss, false);
            if (loss > 0 && loss < minPositive) {
                minPositive = loss;
            }
        }
    }

    /** Removes a run and its overlays; unknown ids are ignored. */
    public void removeRun(String runId) {
        RunTrace t = runs.remove(runId);
        if (t == null) {
            return;
        }
        raw.removeSeries(t.train);
        raw.removeSeries(t.val);
        smoothed.removeSeries(t.trainSmooth);
        smoothed.removeSeries(t.valSmooth);
        markers.removeRunMarkers(t);
        restyle();
    }

    /** Removes every run and band (baselines stay). */
    public void clear() {
        for (String id : List.copyOf(runs.keySet())) {
            removeRun(id);
        }
        for (String id : List.copyOf(bands.keySet())) {
            removeBand(id);
        }
        minPositive = Double.POSITIVE_INFINITY;
    }

    /** Shows or hides one run's lines and markers (the run list's checkbox). */
    public void setRunVisible(String runId, boolean visible) {
        require(runId).visible = visible;
        restyle();
        markers.showRunMarkers(runs.values(), tracesVisible);
    }

    /** Whether the run's series are drawn (its own flag and the traces toggle). */
    public boolean isRunDrawn(String runId) {
        return require(runId).visible && tracesVisible;
    }

    /** A dotted line in the run's colour at its best validation epoch; 0 removes it. */
    public void setBestEpoch(String runId, int epoch) {
        markers.setBest(require(runId), epoch, tracesVisible);
    }

    /** Shades the epochs after {@code epoch} in the run's colour (overfitting); 0 removes it. */
    public void setOverfitFrom(String runId, int epoch) {
        markers.setOverfit(require(runId), epoch, tracesVisible);
    }

    /** Horizontal lines at the naive baselines' validation losses; NaN hides one. */
    public void setBaselines(double persistence, double trainingMean) {
        baselineRange.set(persistence, trainingMean);
        // markers do not re-run the auto range by themselves
        plot.getRangeAxis().configure();
        markers.setBaselines(persistence, trainingMean);
    }

    /** Switches the loss axis between linear and base-10 log (zero and negative values are clamped). */
    public void setLogScale(boolean log) {
        if (log == logScale) {
            return;
        }
        logScale = log;
        ValueAxis axis = log ? logAxis : linearAxis;
        axis.setAutoRange(true);
        plot.setRangeAxis(axis);
    }

    /** Whether the loss axis is logarithmic. */
    public boolean isLogScale() {
        return logScale;
    }

    /** The loss axis in use (a {@link LogAxis} when log scale is on). */
    public ValueAxis rangeAxis() {
        return plot.getRangeAxis();
    }

    /**
     * Sets the EMA weight in [0, 1): above 0 a debiased moving average
     * ({@link org.lstmworkbench.metrics.Smoothing#ema}) is drawn strong and the raw points stay
     * visible but faint; 0 draws the raw points strong.
     */
    public void setSmoothing(double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        if (weight == smoothing) {
            return;
        }
        smoothing = weight;
        batch(() -> {
            for (RunTrace t : runs.values()) {
                t.resmooth(weight);
            }
            for (BandTrace b : bands.values()) {
                b.fill(b.mean, b.std, weight);
            }
            restyle();
        });
    }

    /** The current EMA weight. */
    public double smoothing() {
        return smoothing;
    }

    /** Shows or hides the individual runs' traces; bands stay visible. */
    public void setTracesVisible(boolean visible) {
        tracesVisible = visible;
        restyle();
        markers.showRunMarkers(runs.values(), visible);
    }

    /** Whether individual traces are shown. */
    public boolean isTracesVisible() {
        return tracesVisible;
    }

    /**
     * Draws (or replaces) a mean curve with a ± 1 std band, epochs from 1; epochs where mean or
     * std is not finite are left out. With smoothing on, mean and std are smoothed like the runs'
     * curves (the values given are kept for when smoothing changes).
     */
    public void setBand(String bandId, String label, double[] mean, double[] std, int colourIndex) {
        if (mean.length != std.length) {
            throw new IllegalArgumentException("band " + bandId + ": mean has " + mean.length
                    + " values but std has " + std.length);
        }
        BandTrace b = bands.get(bandId);
        if (b != null && (!b.label.equals(label) || b.colourIndex != colourIndex)) {
            // the series key carries the legend text: a new label needs a new series
            bandData.removeSeries(b.series);
            bands.remove(bandId);
            b = null;
        }
        if (b == null) {
            b = new BandTrace(bandId, label, colourIndex);
            bands.put(bandId, b);
            bandData.addSeries(b.series);
        }
        b.fill(mean, std, smoothing);
        if (b.minLow > 0 && b.minLow < minPositive) {
            minPositive = b.minLow;
        }
        restyle();
    }

    /** Removes a band; unknown ids are ignored. */
    public void removeBand(String bandId) {
        BandTrace b = bands.remove(bandId);
        if (b != null) {
            bandData.removeSeries(b.series);
            restyle();
        }
    }

    /** Epochs a band holds (0 for an unknown band). */
    public int bandPointCount(String bandId) {
        BandTrace b = bands.get(bandId);
        return b == null ? 0 : b.series.getItemCount();
    }

    /** Raw points held for a run's training or validation series (smoothing never changes it). */
    public int pointCount(String runId, boolean validation) {
        RunTrace t = require(runId);
        return (validation ? t.val : t.train).getItemCount();
    }

    /** Resets both axes to fit the data (undoes zoom and pan). */
    public void resetZoom() {
        plot.getDomainAxis().setAutoRange(true);
        plot.getRangeAxis().setAutoRange(true);
    }

    // package-private views for tests and the view

    XYPlot plot() {
        return plot;
    }

    XYLineAndShapeRenderer rawRenderer() {
        return rawRenderer;
    }

    XYLineAndShapeRenderer smoothRenderer() {
        return smoothRenderer;
    }

    DeviationRenderer bandRenderer() {
        return bandRenderer;
    }

    int seriesIndex(String runId, boolean validation) {
        RunTrace t = require(runId);
        return raw.indexOf(validation ? t.val : t.train);
    }

    XYSeries rawSeries(String runId, boolean validation) {
        RunTrace t = require(runId);
        return validation ? t.val : t.train;
    }

    XYSeries smoothedSeries(String runId, boolean validation) {
        RunTrace t = require(runId);
        return validation ? t.valSmooth : t.trainSmooth;
    }

    YIntervalSeries bandSeries(String bandId) {
        BandTrace b = bands.get(bandId);
        if (b == null) {
            throw new IllegalArgumentException("no band " + bandId + " on the chart");
        }
        return b.series;
    }

    private RunTrace require(String runId) {
        RunTrace t = runs.get(runId);
        if (t == null) {
            throw new IllegalArgumentException("no run " + runId + " on the chart");
        }
        return t;
    }

    /** Re-applies per-series styles (by index, which shifts when runs go) and the legend. */
    private void restyle() {
        SeriesStyles.apply(runs.values(), bands.values(), smoothing, tracesVisible, rawRenderer, smoothRenderer,
                bandRenderer);
        plot.setFixedLegendItems(ChartLegend.items(runs.values(), bands.values(), tracesVisible));
        chart.fireChartChanged();
    }
}
