package org.lstmworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.WorkbenchException;

/**
 * Still images of learning curves, drawn headless with JFreeChart: the seed's
 * "model train vs validation loss" plot (train and validation loss per epoch).
 */
public final class LossChartImages {

    private LossChartImages() {
    }

    /** The seed's chart of one run; {@code val} may be null or all NaN (then only training is drawn). */
    public static JFreeChart trainVsValidation(String title, double[] train, double[] val) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("train", train));
        if (val != null && java.util.Arrays.stream(val).anyMatch(Double::isFinite)) {
            data.addSeries(series("validation", val));
        }
        JFreeChart chart = lossChart(title, data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, new Color(31, 119, 180));
        r.setSeriesPaint(1, new Color(255, 127, 14));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(r);
        return chart;
    }

    /** Writes {@link #trainVsValidation} as a PNG of the given size. */
    public static void writePng(Path file, String title, double[] train, double[] val, int width, int height) {
        PngFiles.write(file, "the chart", trainVsValidation(title, train, val), width, height);
    }

    /**
     * Several runs overlaid (the seed's "multiple runs" plot, section 8.2.6): every run's training
     * loss in blue and validation loss in orange, thin lines, one legend entry per colour.
     *
     * @param trains training losses per run
     * @param vals   validation losses per run (same count as {@code trains}; entries may be null)
     */
    public static JFreeChart overlay(String title, java.util.List<double[]> trains, java.util.List<double[]> vals) {
        if (vals.size() != trains.size()) {
            throw new WorkbenchException("overlay needs as many validation curves as training curves, got "
                    + vals.size() + " and " + trains.size());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        Color blue = new Color(31, 119, 180);
        Color orange = new Color(255, 127, 14);
        for (int i = 0; i < trains.size(); i++) {
            addRun(data, r, "train " + (i + 1), trains.get(i), blue, i == 0);
            double[] v = vals.get(i);
            if (v != null && java.util.Arrays.stream(v).anyMatch(Double::isFinite)) {
                addRun(data, r, "validation " + (i + 1), v, orange, i == 0);
            }
        }
        JFreeChart chart = lossChart(title, data);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(r);
        // Series keys must be unique ("train 3"); the legend names the two kinds once.
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        legend.add(new org.jfree.chart.LegendItem("train", blue));
        if (data.getSeriesCount() > trains.size()) {
            legend.add(new org.jfree.chart.LegendItem("validation", orange));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }

    /** Writes {@link #overlay} as a PNG of the given size. */
    public static void writeOverlayPng(Path file, String title, java.util.List<double[]> trains,
                                       java.util.List<double[]> vals, int width, int height) {
        PngFiles.write(file, "the chart", overlay(title, trains, vals), width, height);
    }

    private static void addRun(XYSeriesCollection data, XYLineAndShapeRenderer r, String name, double[] values,
                               Color colour, boolean inLegend) {
        int index = data.getSeriesCount();
        data.addSeries(series(name, values));
        r.setSeriesPaint(index, colour);
        r.setSeriesStroke(index, new BasicStroke(1.2f));
        r.setSeriesVisibleInLegend(index, inLegend);
    }

    private static XYSeries series(String name, double[] values) {
        XYSeries s = new XYSeries(name, false, false);
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                s.add(i + 1, values[i], false);
            }
        }
        return s;
    }

    /** A loss-per-epoch line chart on a white plot with light grid lines. */
    private static JFreeChart lossChart(String title, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "epoch", "loss", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        return chart;
    }
}
