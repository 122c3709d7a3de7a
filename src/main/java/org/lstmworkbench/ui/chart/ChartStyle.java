package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Fonts, strokes and colours of the live loss chart, in one place so the look stays consistent. */
final class ChartStyle {

    static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font MARKER_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Color GRID = new Color(228, 228, 228);
    static final Color AXIS_GREY = new Color(110, 110, 110);
    static final Color BASELINE = new Color(90, 90, 90);
    /** Alpha of raw points while a smoothed line is drawn over them: faint, never invisible. */
    static final int FAINT_ALPHA = 70;
    /** Alpha of the shaded overfitting region. */
    static final int OVERFIT_ALPHA = 22;
    /** Marker labels sit on a translucent white patch so curves under them stay visible. */
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 190);

    private static final float[] DASH = {6f, 4f};

    private ChartStyle() {
    }

    static Stroke trace(boolean validation, float width) {
        return validation
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static void plot(JFreeChart chart, XYPlot plot) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setInsets(new RectangleInsets(8, 4, 4, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
        }
    }

    static void axis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(AXIS_GREY.darker());
        axis.setTickLabelFont(TICK_LABEL);
        axis.setTickLabelPaint(AXIS_GREY);
        axis.setAxisLinePaint(AXIS_GREY);
        axis.setTickMarkPaint(AXIS_GREY);
        if (axis instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(false);
        }
    }

    static ValueMarker baseline(double value, String label) {
        ValueMarker m = new ValueMarker(value, BASELINE, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        m.setLabel(label);
        m.setLabelFont(MARKER_LABEL);
        m.setLabelPaint(BASELINE);
        // left end: early epochs' losses are high, so the curves are rarely there at baseline level
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }

    static ValueMarker bestEpoch(int epoch, Color colour) {
        ValueMarker m = new ValueMarker(epoch, colour, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {1.5f, 2.5f}, 0f));
        m.setLabel("best " + epoch);
        m.setLabelFont(MARKER_LABEL);
        m.setLabelPaint(colour.darker());
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        m.setLabelBackgroundColor(LABEL_BACKGROUND);
        return m;
    }

    /** A legend entry drawn as a short line: runs (solid) and the train / validation key. */
    static LegendItem lineItem(String label, Color colour, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, colour);
        item.setLabelFont(LEGEND);
        return item;
    }

    /** A legend entry drawn as a filled box: the ± 1 std bands. */
    static LegendItem boxItem(String label, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -5, 12, 10), colour);
        item.setLabelFont(LEGEND);
        return item;
    }

    /** A legend entry with no symbol: "+ 18 more runs". */
    static LegendItem textItem(String label) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(0, 0, 1, 1), Color.WHITE);
        item.setShapeVisible(false);
        item.setLineVisible(false);
        item.setLabelFont(LEGEND);
        item.setLabelPaint(AXIS_GREY);
        return item;
    }
}
