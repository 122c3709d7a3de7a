package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * A live box-and-whisker chart of a sweep: one box per point, redrawn as runs finish, with the
 * same statistics as {@link BoxPlotImages} (type-7 quartiles, whiskers at 1.5 IQR). The mean is
 * a small diamond and outliers small circles drawn by secondary renderers, and the box width is
 * capped: {@link BoxAndWhiskerRenderer}'s own markers scale with the box (its mean is a circle a
 * quarter of the box wide), which on a few wide boxes is a giant disc. The selected point is
 * shaded. Not a Node: {@code org.jfree.chart.fx.ChartViewer} shows it.
 *
 * @implNote FX-thread only once shown: the viewer redraws on the thread that fires a change.
 */
public final class BoxPlotChart {

    /** Share of the plot width one box may take at most. */
    static final double MAX_BOX_WIDTH = 0.10;
    private static final String SERIES = "runs";
    private static final Color BOX = new Color(0x4E, 0x79, 0xA7);
    private static final Color MEAN = new Color(0x59, 0xA1, 0x4F);

    private final DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
    private final DefaultCategoryDataset means = new DefaultCategoryDataset();
    private final DefaultCategoryDataset outliers = new DefaultCategoryDataset();
    private final CategoryPlot plot;
    private final JFreeChart chart;
    private CategoryMarker selection;

    /** An empty chart titled {@code title} with {@code valueLabel} on the value axis. */
    public BoxPlotChart(String title, String valueLabel) {
        BoxAndWhiskerRenderer box = new BoxAndWhiskerRenderer();
        box.setMeanVisible(false);
        box.setMedianVisible(true);
        box.setMaximumBarWidth(MAX_BOX_WIDTH);
        box.setFillBox(true);
        box.setSeriesPaint(0, new Color(BOX.getRed(), BOX.getGreen(), BOX.getBlue(), 80));
        box.setSeriesOutlinePaint(0, BOX);
        box.setArtifactPaint(BOX);
        box.setDefaultStroke(new BasicStroke(1.5f));
        box.setUseOutlinePaintForWhiskers(true);
        box.setDefaultToolTipGenerator(new org.jfree.chart.labels.BoxAndWhiskerToolTipGenerator());

        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setAutoRangeIncludesZero(false);
        CategoryAxis pointAxis = new CategoryAxis("point");
        plot = new CategoryPlot(boxes, pointAxis, valueAxis, box);
        LineAndShapeRenderer meanMarks = new LineAndShapeRenderer(false, true);
        meanMarks.setSeriesShape(0, BoxPlotImages.diamond(5));
        meanMarks.setSeriesPaint(0, MEAN);
        plot.setDataset(1, means);
        plot.setRenderer(1, meanMarks);
        LineAndShapeRenderer outlierMarks = new LineAndShapeRenderer(false, true);
        outlierMarks.setDefaultShape(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        outlierMarks.setAutoPopulateSeriesShape(false);
        outlierMarks.setDefaultPaint(BOX);
        outlierMarks.setAutoPopulateSeriesPaint(false);
        outlierMarks.setDefaultShapesFilled(false);
        plot.setDataset(2, outliers);
        plot.setRenderer(2, outlierMarks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setOutlineVisible(false);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("box: quartiles, line: median, whiskers: 1.5 IQR", null, null, null,
                new java.awt.Rectangle(-5, -5, 10, 10), box.getSeriesPaint(0), new BasicStroke(1f), BOX));
        legend.add(new LegendItem("mean", null, null, null, BoxPlotImages.diamond(5), MEAN));
        plot.setFixedLegendItems(legend);
        chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    /** The chart, for a viewer and for export. */
    public JFreeChart chart() {
        return chart;
    }

    /**
     * Replaces every box: one per entry, in the map's order (column label to the values of its
     * finished runs; non-finite values are left out). One redraw for the whole change.
     */
    public void setGroups(Map<String, double[]> groups) {
        chart.setNotify(false);
        try {
            boxes.clear();
            means.clear();
            outliers.clear();
            // Every category in every dataset, in the same order: a secondary renderer places
            // items by column index within its own dataset.
            groups.keySet().forEach(k -> outliers.addValue(null, "outlier 1", k));
            for (Map.Entry<String, double[]> g : groups.entrySet()) {
                BoxAndWhiskerItem item = BoxPlotImages.item(g.getValue());
                boxes.add(new BoxAndWhiskerItem(item.getMean(), item.getMedian(), item.getQ1(), item.getQ3(),
                        item.getMinRegularValue(), item.getMaxRegularValue(), item.getMinOutlier(),
                        item.getMaxOutlier(), List.of()), SERIES, g.getKey());
                means.addValue(item.getMean(), "mean", g.getKey());
                List<?> out = item.getOutliers();
                for (int k = 0; k < out.size(); k++) {
                    outliers.addValue((Number) out.get(k), "outlier " + (k + 1), g.getKey());
                }
            }
            if (selection != null && !groups.containsKey((String) selection.getKey())) {
                select(null);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** Shades the box of {@code label}; null clears the shading. */
    public void select(String label) {
        if (selection != null) {
            plot.removeDomainMarker(selection, Layer.BACKGROUND);
            selection = null;
        }
        if (label != null && boxes.getColumnKeys().contains(label)) {
            selection = new CategoryMarker(label, new Color(0xED, 0xC9, 0x48, 70), new BasicStroke(1f));
            selection.setDrawAsLine(false);
            plot.addDomainMarker(selection, Layer.BACKGROUND);
        }
    }

    /** The shaded box's label, or null. */
    public String selected() {
        return selection == null ? null : (String) selection.getKey();
    }

    /** Names the value axis (the metric shown). */
    public void setValueLabel(String valueLabel) {
        plot.getRangeAxis().setLabel(valueLabel);
    }

    /** Boxes on the chart. */
    public int boxCount() {
        return boxes.getColumnCount();
    }

    /** The column labels of the boxes, in order. */
    public List<String> labels() {
        return boxes.getColumnKeys().stream().map(String::valueOf).toList();
    }

    /** The box dataset (tests read its statistics). */
    public DefaultBoxAndWhiskerCategoryDataset dataset() {
        return boxes;
    }
}
