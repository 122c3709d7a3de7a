package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.metrics.Describe;

/**
 * Box-and-whisker plots of a sweep's per-point results, drawn headless with JFreeChart, as
 * pandas' {@code DataFrame.boxplot()} draws them: box from the first to the third quartile
 * (type-7 quartiles, the same as the describe() table), median line, whiskers to the most
 * extreme values within 1.5 IQR of the box, values beyond drawn as small outlier circles. The mean is
 * a small diamond drawn by a second renderer, and outliers by a third, because
 * {@link BoxAndWhiskerRenderer}'s own markers scale with the box (its mean is a circle a quarter
 * of the box wide: a giant disc on wide boxes); box width is also capped.
 */
public final class BoxPlotImages {

    /** Share of the plot width a box may take at most. */
    static final double MAX_BOX_WIDTH = 0.12;
    private static final String SERIES = "runs";

    private BoxPlotImages() {
    }

    /** The box statistics of one group, from describe()'s quartiles. */
    public static BoxAndWhiskerItem item(double[] values) {
        double[] x = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) {
            return new BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of());
        }
        Describe d = Describe.of(x);
        double iqr = d.q75() - d.q25();
        double lowFence = d.q25() - 1.5 * iqr;
        double highFence = d.q75() + 1.5 * iqr;
        double lowWhisker = Arrays.stream(x).filter(v -> v >= lowFence).min().orElse(d.min());
        double highWhisker = Arrays.stream(x).filter(v -> v <= highFence).max().orElse(d.max());
        List<Double> outliers = new ArrayList<>();
        Arrays.stream(x).filter(v -> v < lowWhisker || v > highWhisker).forEach(outliers::add);
        return new BoxAndWhiskerItem(d.mean(), d.median(), d.q25(), d.q75(), lowWhisker, highWhisker,
                d.min(), d.max(), outliers);
    }

    /**
     * A box per group, in the map's order.
     *
     * @param groups column label (e.g. the swept value) to the values of its runs
     */
    public static JFreeChart boxPlot(String title, String valueLabel, Map<String, double[]> groups) {
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        DefaultCategoryDataset outliers = new DefaultCategoryDataset();
        // Every category in every dataset, in the same order: a secondary renderer places items by
        // column index within its own dataset.
        groups.keySet().forEach(k -> outliers.addValue(null, "outlier 1", k));
        for (Map.Entry<String, double[]> g : groups.entrySet()) {
            BoxAndWhiskerItem item = item(g.getValue());
            // The renderer draws outliers as circles a third of the box wide too: draw them ourselves.
            boxes.add(new BoxAndWhiskerItem(item.getMean(), item.getMedian(), item.getQ1(), item.getQ3(),
                    item.getMinRegularValue(), item.getMaxRegularValue(), item.getMinOutlier(),
                    item.getMaxOutlier(), List.of()), SERIES, g.getKey());
            means.addValue(item.getMean(), "mean", g.getKey());
            List<?> out = item.getOutliers();
            for (int k = 0; k < out.size(); k++) {
                outliers.addValue((Number) out.get(k), "outlier " + (k + 1), g.getKey());
            }
        }
        BoxAndWhiskerRenderer box = new BoxAndWhiskerRenderer();
        box.setMeanVisible(false);
        box.setMedianVisible(true);
        box.setMaximumBarWidth(MAX_BOX_WIDTH);
        box.setFillBox(true);
        box.setSeriesPaint(0, new Color(31, 119, 180, 90));
        box.setSeriesOutlinePaint(0, new Color(31, 119, 180));
        box.setArtifactPaint(new Color(31, 119, 180));
        box.setDefaultStroke(new BasicStroke(1.5f));
        box.setUseOutlinePaintForWhiskers(true);

        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(boxes, new CategoryAxis(), valueAxis, box);
        LineAndShapeRenderer meanMarks = new LineAndShapeRenderer(false, true);
        meanMarks.setSeriesShape(0, diamond(5));
        meanMarks.setSeriesPaint(0, new Color(44, 160, 44));
        plot.setDataset(1, means);
        plot.setRenderer(1, meanMarks);
        LineAndShapeRenderer outlierMarks = new LineAndShapeRenderer(false, true);
        outlierMarks.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        outlierMarks.setAutoPopulateSeriesShape(false);
        outlierMarks.setDefaultPaint(new Color(31, 119, 180));
        outlierMarks.setAutoPopulateSeriesPaint(false);
        outlierMarks.setDefaultShapesFilled(false);
        outlierMarks.setUseFillPaint(false);
        plot.setDataset(2, outliers);
        plot.setRenderer(2, outlierMarks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("mean", null, null, null, diamond(5), new Color(44, 160, 44)));
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes {@link #boxPlot} as a PNG of the given size. */
    public static void writePng(Path file, String title, String valueLabel, Map<String, double[]> groups,
                                int width, int height) {
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), boxPlot(title, valueLabel, groups), width, height);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the box plot (" + e.getMessage() + ")", e);
        }
    }

    /** The mean marker of box plots: a diamond of half-width {@code r} pixels. */
    static java.awt.Shape diamond(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
