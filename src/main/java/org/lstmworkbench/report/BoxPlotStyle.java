package org.lstmworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Map;
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

/**
 * The one look of box plots, shared by the window's live chart and the PNG a sweep writes: box
 * colours, the capped box width, the mean diamond, the outlier circles, the grid and the legend.
 * The mean and the outliers are drawn by secondary renderers because
 * {@link BoxAndWhiskerRenderer}'s own markers scale with the box (its mean is a circle a quarter
 * of the box wide, its outliers a third): giant discs on a few wide boxes.
 */
public final class BoxPlotStyle {

    /** Share of the plot width one box may take at most. */
    public static final double MAX_BOX_WIDTH = 0.12;
    /** Box outline, whiskers, median and outliers. */
    public static final Color BOX = new Color(0x4E, 0x79, 0xA7);
    /** The box fill: the outline colour, translucent so the grid shows through. */
    public static final Color BOX_FILL = new Color(BOX.getRed(), BOX.getGreen(), BOX.getBlue(), 80);
    /** The mean diamond. */
    public static final Color MEAN = new Color(0x59, 0xA1, 0x4F);
    /** Range grid lines. */
    public static final Color GRID = new Color(225, 225, 225);
    /** Diameter of an outlier circle, in pixels. */
    public static final double OUTLIER_SIZE = 7;

    /** Dataset index of the means on a styled plot (the boxes are dataset 0). */
    public static final int MEANS = 1;
    /** Dataset index of the outliers on a styled plot. */
    public static final int OUTLIERS = 2;

    private static final String SERIES = "runs";

    private BoxPlotStyle() {
    }

    /**
     * A plot of {@code boxes} with the means and outliers drawn over them from {@code means} and
     * {@code outliers} (fill all three with {@link #fill}).
     */
    public static CategoryPlot plot(DefaultBoxAndWhiskerCategoryDataset boxes, DefaultCategoryDataset means,
                                    DefaultCategoryDataset outliers, CategoryAxis categoryAxis, String valueLabel) {
        BoxAndWhiskerRenderer box = boxRenderer();
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(boxes, categoryAxis, valueAxis, box);
        LineAndShapeRenderer meanMarks = new LineAndShapeRenderer(false, true);
        meanMarks.setSeriesShape(0, diamond(5));
        meanMarks.setSeriesPaint(0, MEAN);
        plot.setDataset(MEANS, means);
        plot.setRenderer(MEANS, meanMarks);
        LineAndShapeRenderer outlierMarks = new LineAndShapeRenderer(false, true);
        double r = OUTLIER_SIZE / 2;
        outlierMarks.setDefaultShape(new Ellipse2D.Double(-r, -r, OUTLIER_SIZE, OUTLIER_SIZE));
        outlierMarks.setAutoPopulateSeriesShape(false);
        outlierMarks.setDefaultPaint(BOX);
        outlierMarks.setAutoPopulateSeriesPaint(false);
        outlierMarks.setDefaultShapesFilled(false);
        outlierMarks.setUseFillPaint(false);
        plot.setDataset(OUTLIERS, outliers);
        plot.setRenderer(OUTLIERS, outlierMarks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("box: quartiles, line: median, whiskers: 1.5 IQR", null, null, null,
                new Rectangle(-5, -5, 10, 10), BOX_FILL, new BasicStroke(1f), BOX));
        legend.add(new LegendItem("mean", null, null, null, diamond(5), MEAN));
        plot.setFixedLegendItems(legend);
        return plot;
    }

    /**
     * Replaces the contents of the three datasets of a {@link #plot}: a box per group in the map's
     * order (statistics from {@link BoxPlotImages#item}), its mean, and its outliers.
     */
    public static void fill(Map<String, double[]> groups, DefaultBoxAndWhiskerCategoryDataset boxes,
                            DefaultCategoryDataset means, DefaultCategoryDataset outliers) {
        boxes.clear();
        means.clear();
        outliers.clear();
        // Every category in every dataset, in the same order: a secondary renderer places items by
        // column index within its own dataset.
        groups.keySet().forEach(k -> outliers.addValue(null, "outlier 1", k));
        for (Map.Entry<String, double[]> g : groups.entrySet()) {
            BoxAndWhiskerItem item = BoxPlotImages.item(g.getValue());
            // The renderer would draw the outliers itself, box-sized: the outlier dataset does.
            boxes.add(new BoxAndWhiskerItem(item.getMean(), item.getMedian(), item.getQ1(), item.getQ3(),
                    item.getMinRegularValue(), item.getMaxRegularValue(), item.getMinOutlier(),
                    item.getMaxOutlier(), List.of()), SERIES, g.getKey());
            means.addValue(item.getMean(), "mean", g.getKey());
            List<?> out = item.getOutliers();
            for (int k = 0; k < out.size(); k++) {
                outliers.addValue((Number) out.get(k), "outlier " + (k + 1), g.getKey());
            }
        }
    }

    /** The mean marker of box plots: a diamond of half-width {@code r} pixels. */
    public static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static BoxAndWhiskerRenderer boxRenderer() {
        BoxAndWhiskerRenderer box = new BoxAndWhiskerRenderer();
        box.setMeanVisible(false);
        box.setMedianVisible(true);
        box.setMaximumBarWidth(MAX_BOX_WIDTH);
        box.setFillBox(true);
        box.setSeriesPaint(0, BOX_FILL);
        box.setSeriesOutlinePaint(0, BOX);
        box.setArtifactPaint(BOX);
        box.setDefaultStroke(new BasicStroke(1.5f));
        box.setUseOutlinePaintForWhiskers(true);
        return box;
    }
}
