package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The repeats-convergence plot (seed 8.1.5): a point's running mean of the metric against the
 * number of repeats, with a band of ± 1 standard error of the mean, so a person sees when more
 * repeats stop changing the answer. Not a Node: {@code org.jfree.chart.fx.ChartViewer} shows it.
 *
 * @implNote FX-thread only once shown.
 */
public final class ConvergenceChart {

    private static final Color LINE = new Color(0x4E, 0x79, 0xA7);

    private final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    private final JFreeChart chart;

    /** An empty chart with {@code valueLabel} on the value axis. */
    public ConvergenceChart(String valueLabel) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, LINE);
        renderer.setSeriesFillPaint(0, new Color(LINE.getRed(), LINE.getGreen(), LINE.getBlue(), 60));
        renderer.setSeriesStroke(0, new BasicStroke(1.8f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setAlpha(0.35f);
        NumberAxis repeats = new NumberAxis("repeats");
        repeats.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        repeats.setAutoRangeIncludesZero(false);
        NumberAxis value = new NumberAxis("mean " + valueLabel + " ± 1 s.e.");
        value.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, repeats, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setOutlineVisible(false);
        chart = new JFreeChart("Repeats convergence", new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
    }

    /** The chart, for a viewer and for export. */
    public JFreeChart chart() {
        return chart;
    }

    /**
     * Shows one point's series (replacing any other): after {@code repeats[i]} runs the mean was
     * {@code mean[i]} with standard error {@code standardError[i]} (NaN for one run: drawn as 0).
     */
    public void show(String pointLabel, int[] repeats, double[] mean, double[] standardError) {
        if (repeats.length != mean.length || mean.length != standardError.length) {
            throw new IllegalArgumentException("convergence of " + pointLabel + ": " + repeats.length + " repeats, "
                    + mean.length + " means and " + standardError.length + " standard errors");
        }
        chart.setNotify(false);
        try {
            data.removeAllSeries();
            YIntervalSeries s = new YIntervalSeries(pointLabel);
            double largest = 0;
            for (int i = 0; i < repeats.length; i++) {
                double se = Double.isFinite(standardError[i]) ? standardError[i] : 0;
                s.add(repeats[i], mean[i], mean[i] - se, mean[i] + se);
                largest = Math.max(largest, Math.abs(mean[i]) + se);
            }
            // a flat series (every repeat reached accuracy 1.0) would get a range of 1e-8 and ticks
            // that all read 1E0: show at least 1% of the values' size
            ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeMinimumSize(
                    largest > 0 ? 0.01 * largest : NumberAxis.DEFAULT_AUTO_RANGE_MINIMUM_SIZE);
            data.addSeries(s);
            chart.setTitle("Repeats convergence: " + pointLabel);
        } finally {
            chart.setNotify(true);
        }
    }

    /** Names the value axis (the metric shown). */
    public void setValueLabel(String valueLabel) {
        chart.getXYPlot().getRangeAxis().setLabel("mean " + valueLabel + " ± 1 s.e.");
    }

    /** Removes the series. */
    public void clear() {
        data.removeAllSeries();
        chart.setTitle("Repeats convergence (select a point)");
    }

    /** Points of the shown series (0 when empty). */
    public int pointCount() {
        return data.getSeriesCount() == 0 ? 0 : data.getItemCount(0);
    }
}
