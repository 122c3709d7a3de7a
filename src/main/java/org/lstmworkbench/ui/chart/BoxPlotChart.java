package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.BoxAndWhiskerToolTipGenerator;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.lstmworkbench.report.BoxPlotImages;
import org.lstmworkbench.report.BoxPlotStyle;

/**
 * A live box-and-whisker chart of a sweep: one box per point, redrawn as runs finish, with the
 * same statistics and the same {@link BoxPlotStyle} as the PNG of {@link BoxPlotImages} (type-7
 * quartiles, whiskers at 1.5 IQR, a small mean diamond, small outlier circles). The selected point
 * is shaded. Not a Node: {@code org.jfree.chart.fx.ChartViewer} shows it.
 *
 * @implNote FX-thread only once shown: the viewer redraws on the thread that fires a change.
 */
public final class BoxPlotChart {

    private final DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
    private final DefaultCategoryDataset means = new DefaultCategoryDataset();
    private final DefaultCategoryDataset outliers = new DefaultCategoryDataset();
    private final CategoryPlot plot;
    private final JFreeChart chart;
    private CategoryMarker selection;

    /** An empty chart titled {@code title} with {@code valueLabel} on the value axis. */
    public BoxPlotChart(String title, String valueLabel) {
        plot = BoxPlotStyle.plot(boxes, means, outliers, new CategoryAxis("point"), valueLabel);
        plot.getRenderer(0).setDefaultToolTipGenerator(new BoxAndWhiskerToolTipGenerator());
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
            BoxPlotStyle.fill(groups, boxes, means, outliers);
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
