package org.lstmworkbench.ui.dataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.data.PartBoundaries;
import org.lstmworkbench.data.PreparedData;

/**
 * A line plot of the target over time (series index) with the training, validation and test
 * parts shaded. Change it on the FX thread only: the chart canvas redraws on the thread that
 * fires the dataset change.
 */
final class TargetSeriesChart {

    static final Color TRAIN = org.lstmworkbench.report.PartShades.TRAIN;
    static final Color VALIDATION = org.lstmworkbench.report.PartShades.VALIDATION;
    static final Color TEST = org.lstmworkbench.report.PartShades.TEST;

    private final XYSeries series = new XYSeries("target", false, true);
    private final XYPlot plot;
    private final JFreeChart chart;

    TargetSeriesChart() {
        NumberAxis time = new NumberAxis("time step");
        time.setAutoRangeIncludesZero(false);
        NumberAxis value = new NumberAxis("value");
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(33, 33, 33));
        renderer.setSeriesStroke(0, new BasicStroke(1.4f));
        plot = new XYPlot(new XYSeriesCollection(series), time, value, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
    }

    JFreeChart chart() {
        return chart;
    }

    /** Number of points plotted (for tests). */
    int points() {
        return series.getItemCount();
    }

    /** Plots {@code data}'s target with its parts shaded, or clears the plot for null. */
    void show(PreparedData data) {
        chart.setNotify(false);
        try {
            series.clear();
            plot.clearDomainMarkers();
            if (data != null) {
                double[] values = data.targetSeries();
                for (int t = 0; t < values.length; t++) {
                    series.add(t, values[t], false);
                }
                plot.getRangeAxis().setLabel(data.targetColumn());
                // the shades reach half a step past the ends; show exactly the series, no margins
                plot.getDomainAxis().setRange(-0.5, Math.max(0.5, values.length - 0.5));
                chart.setTitle(data.targetColumn() + " over time");
                PartBoundaries parts = data.boundaries();
                shade(parts.train(), TRAIN, "train");
                shade(parts.validation(), VALIDATION, "validation");
                shade(parts.test(), TEST, "test");
            } else {
                chart.setTitle((String) null);
                plot.getDomainAxis().setAutoRange(true);
            }
            series.fireSeriesChanged();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Shades a part from its first to its last target index (half a step either side), as the forecast view does. */
    private void shade(PartBoundaries.Range range, Color color, String label) {
        if (!range.isEmpty()) {
            org.lstmworkbench.report.PartShades.shade(plot, range.start(), range.end() - 1, color, label);
        }
    }
}
