package org.lstmworkbench.ui.chart;

import java.util.List;
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
import org.jfree.data.xy.YIntervalSeries;
import org.lstmworkbench.metrics.GeometricBand;
import org.lstmworkbench.metrics.MeanBand;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.EpochMetrics;

/**
 * The live loss chart's model: one {@link JFreeChart} with each run's curves per epoch in the
 * run's colour, one per metric of {@link #curves()} (for regression training loss solid and
 * validation loss dashed), an optional EMA-smoothed line over faint raw points, mean ± 1 std
 * bands of repeated runs, the best-epoch and overfitting overlays and the naive baselines. It owns no Node; {@link LossChartView} shows it.
 *
 * @implNote Not thread-safe: every method must run on the JavaFX application thread, because
 *     JFreeChart redraws its canvas synchronously on whatever thread fires a dataset change.
 *     Training threads go through {@link EpochCoalescer}.
 */
public final class LossChart {

    static final int RAW = 0;
    static final int BANDS = 1;
    static final int SMOOTHED = 2;

    private final RunSeries runs;
    private final Bands bands = new Bands();
    // raw curves are noisy: keep each 3-pixel column's extremes (the envelope and every spike);
    // smoothed ones are smooth: one point per 2 pixels is indistinguishable from all of them
    private final DecimatingLineRenderer rawRenderer =
            new DecimatingLineRenderer(DecimatingLineRenderer.Mode.EXTREMES, 3.0);
    private final XYLineAndShapeRenderer smoothRenderer =
            new DecimatingLineRenderer(DecimatingLineRenderer.Mode.LAST, 2.0);
    private final DeviationRenderer bandRenderer = EntityFreeRenderers.bands();
    private final LossAxes axes;
    private final XYPlot plot;
    private final JFreeChart chart;
    private final Markers markers;
    private double smoothing;
    private boolean tracesVisible = true;
    private org.jfree.chart.title.TextTitle baselineNote;

    /** An empty chart of the regression task's curves (training and validation loss). */
    public LossChart() {
        this(ChartCurves.of(Task.REGRESSION));
    }

    /**
     * An empty chart drawing {@code curves} for every run (see {@link ChartCurves#of}; all of one
     * quantity, which names the value axis): linear scale, no smoothing, traces visible.
     */
    public LossChart(List<Metric> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("a loss chart needs at least one curve");
        }
        this.axes = new LossAxes(ChartCurves.quantity(curves.get(0)));
        this.runs = new RunSeries(curves, axes);
        NumberAxis epochs = new NumberAxis("epoch");
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartStyle.axis(epochs);
        plot = new XYPlot(runs.raw(), epochs, axes.linear(), rawRenderer);
        plot.setDataset(BANDS, bands.dataset());
        plot.setRenderer(BANDS, bandRenderer);
        plot.setDataset(SMOOTHED, runs.smoothed());
        plot.setRenderer(SMOOTHED, smoothRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
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
        boolean rawNotify = runs.raw().getNotify();
        boolean smoothNotify = runs.smoothed().getNotify();
        chart.setNotify(false);
        runs.raw().setNotify(false);
        runs.smoothed().setNotify(false);
        try {
            updates.run();
        } finally {
            // each setNotify(true) fires one dataset change, which re-ranges the axes
            runs.raw().setNotify(rawNotify);
            runs.smoothed().setNotify(smoothNotify);
            chart.setNotify(chartNotify);
        }
    }

    /** Adds an empty run drawn in {@link RunColours#awt(int) colour} {@code colourIndex}. */
    public void addRun(String runId, String label, int colourIndex) {
        runs.add(runId, label, colourIndex);
        restyle();
    }

    /** Whether {@code runId} is on the chart. */
    public boolean hasRun(String runId) {
        return runs.has(runId);
    }

    /** The metrics drawn for every run, training first. */
    public List<Metric> curves() {
        return runs.curves();
    }

    /** The runs on the chart in the order they were added. */
    public Set<String> runIds() {
        return runs.ids();
    }

    /**
     * Appends epochs to a run: all points are added silently, then each series that grew fires
     * exactly one change event. Non-finite values (NaN validation when there is no validation
     * part, NaN or infinite training loss after divergence) are not plotted.
     */
    public void appendEpochs(String runId, List<EpochMetrics> epochs) {
        batch(() -> append(require(runId), epochs));
    }

    private void append(RunTrace t, List<EpochMetrics> epochs) {
        runs.append(t, epochs, smoothing);
        markers.extendOverfit(t);
        axes.updateLogClamp();
    }

    /** Removes a run and its overlays; unknown ids are ignored. */
    public void removeRun(String runId) {
        RunTrace t = runs.remove(runId);
        if (t == null) {
            return;
        }
        markers.removeRunMarkers(t);
        restyle();
    }

    /** Removes every run and band (baselines stay). */
    public void clear() {
        for (String id : List.copyOf(runs.ids())) {
            removeRun(id);
        }
        bands.clear();
        restyle();
        axes.forgetValues();
    }

    /** Shows or hides one run's lines and markers (the run list's checkbox). */
    public void setRunVisible(String runId, boolean visible) {
        require(runId).visible = visible;
        restyle();
        markers.showRunMarkers(runs.values(), tracesVisible);
    }

    /**
     * Marks a run as one of a repeat group's (Repeat N): only such runs follow the "Show traces"
     * toggle; a single run stays drawn while its checkbox is on.
     */
    public void setRepeatMember(String runId, boolean member) {
        require(runId).repeatMember = member;
        restyle();
        markers.showRunMarkers(runs.values(), tracesVisible);
    }

    /** Whether the run's series are drawn (its own flag, and the traces toggle for a repeat's runs). */
    public boolean isRunDrawn(String runId) {
        return require(runId).drawn(tracesVisible);
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
        axes.setBaselines(plot, persistence, trainingMean);
        markers.setBaselines(persistence, trainingMean);
    }

    /** The persistence baseline drawn, NaN when none is. */
    public double persistenceBaseline() {
        return markers.persistence() == null ? Double.NaN : markers.persistence().getValue();
    }

    /** The training-mean baseline drawn, NaN when none is. */
    public double trainingMeanBaseline() {
        return markers.trainingMean() == null ? Double.NaN : markers.trainingMean().getValue();
    }

    /**
     * A line under the chart saying whose data the baselines come from, or why none are drawn
     * (runs of several datasets, an imported curve); empty removes it.
     */
    public void setBaselineNote(String note) {
        if (baselineNote != null) {
            chart.removeSubtitle(baselineNote);
            baselineNote = null;
        }
        if (note != null && !note.isEmpty()) {
            baselineNote = new org.jfree.chart.title.TextTitle(note, new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 11));
            baselineNote.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
            baselineNote.setPaint(java.awt.Color.DARK_GRAY);
            chart.addSubtitle(baselineNote);
        }
    }

    /** The baseline note shown, "" when none. */
    public String baselineNote() {
        return baselineNote == null ? "" : baselineNote.getText();
    }

    /**
     * Switches the loss axis between linear and base-10 log (zero and negative values are clamped);
     * bands follow: mean ± 1 std on a linear axis, geometric mean ×/÷ geometric std on a log axis,
     * and the legend says which.
     */
    public void setLogScale(boolean log) {
        batch(() -> {
            bands.setLogSpace(log, smoothing);
            axes.setLogScale(plot, log);
            restyle();
        });
    }

    /** Whether the loss axis is logarithmic. */
    public boolean isLogScale() {
        return axes.isLogScale();
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
            runs.resmooth(weight);
            bands.resmooth(weight);
            restyle();
        });
    }

    /** The current EMA weight. */
    public double smoothing() {
        return smoothing;
    }

    /** Shows or hides the repeat groups' individual traces; bands and single runs stay visible. */
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
        // known only by mean and std: on a log axis the log-normal band with that mean and std
        axes.saw(bands.set(bandId, label, mean, std, GeometricBand.logNormal(mean, std), colourIndex, smoothing)
                .minLow);
        restyle();
    }

    /**
     * Draws (or replaces) the band of several runs' curves (one array per run, epochs from 1, over
     * the shortest): mean ± 1 std ({@link MeanBand}) on a linear axis, geometric mean ×/÷
     * geometric std ({@link GeometricBand}) on a log axis. {@code label} names the runs (e.g.
     * "g1: validation loss of 5 runs"); the legend adds which band is drawn.
     */
    public void setBand(String bandId, String label, List<double[]> curves, int colourIndex) {
        MeanBand linear = MeanBand.of(curves);
        axes.saw(bands.set(bandId, label, linear.mean(), linear.std(), GeometricBand.of(curves), colourIndex,
                smoothing).minLow);
        restyle();
    }

    /** Removes a band; unknown ids are ignored. */
    public void removeBand(String bandId) {
        if (bands.remove(bandId)) {
            restyle();
        }
    }

    /** Epochs a band holds (0 for an unknown band). */
    public int bandPointCount(String bandId) {
        return bands.pointCount(bandId);
    }

    /** Raw points held for a run's training or validation series (smoothing never changes it). */
    public int pointCount(String runId, boolean validation) {
        return require(runId).curve(validation).raw().getItemCount();
    }

    /** Raw points held for a run's curve of {@code metric}. */
    public int pointCount(String runId, Metric metric) {
        return require(runId).curve(metric).raw().getItemCount();
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
        return runs.raw().indexOf(require(runId).curve(validation).raw());
    }

    XYSeries rawSeries(String runId, boolean validation) {
        return require(runId).curve(validation).raw();
    }

    XYSeries smoothedSeries(String runId, boolean validation) {
        return require(runId).curve(validation).smooth();
    }

    YIntervalSeries bandSeries(String bandId) {
        return bands.series(bandId);
    }

    private RunTrace require(String runId) {
        return runs.require(runId);
    }

    /** Re-applies per-series styles (by index, which shifts when runs go) and the legend. */
    private void restyle() {
        SeriesStyles.apply(runs.values(), bands.values(), smoothing, tracesVisible, rawRenderer, smoothRenderer,
                bandRenderer);
        plot.setFixedLegendItems(ChartLegend.items(runs.curves(), runs.values(), bands.values(), tracesVisible));
        chart.fireChartChanged();
    }
}
