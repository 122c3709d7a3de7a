package org.lstmworkbench.ui.chart;

import java.awt.geom.Rectangle2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Tooltips for the point nearest the mouse, found on demand. JFreeChart's own tooltips need an
 * entity (with its tooltip text) made for every point on every redraw; with 30 runs of 2000
 * epochs that doubled the redraw time, so the renderers make none ({@link EntityFreeRenderers})
 * and this handler searches the visible series instead (binary search by epoch:
 * O(series x log points) per mouse move).
 */
final class NearestPointTooltip {

    /** How close (pixels) the mouse must be to a point for its tooltip to show. */
    static final double RADIUS = 10;

    private final ChartCanvas canvas;
    private final Tooltip tooltip = new Tooltip();

    private NearestPointTooltip(ChartCanvas canvas) {
        this.canvas = canvas;
        tooltip.setShowDelay(Duration.ZERO);
        tooltip.setStyle("-fx-font-size: 12px;");
    }

    /** Replaces the canvas' entity-based tooltips with nearest-point ones. */
    static void install(ChartCanvas canvas) {
        canvas.setTooltipEnabled(false);
        NearestPointTooltip handler = new NearestPointTooltip(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, handler::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> handler.tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> handler.tooltip.hide());
    }

    private void moved(MouseEvent e) {
        String text = textNear(canvas, e.getX(), e.getY());
        if (text == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text);
        tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        // its size is known once shown: keep it inside the chart, left of or above the mouse near an edge
        javafx.geometry.Bounds chart = canvas.localToScreen(canvas.getLayoutBounds());
        if (chart != null) {
            tooltip.setAnchorX(inside(e.getScreenX() + 14, e.getScreenX() - 14 - tooltip.getWidth(), tooltip.getWidth(),
                    chart.getMinX(), chart.getMaxX()));
            tooltip.setAnchorY(inside(e.getScreenY() + 14, e.getScreenY() - 14 - tooltip.getHeight(), tooltip.getHeight(),
                    chart.getMinY(), chart.getMaxY()));
        }
    }

    /**
     * Where a tooltip of {@code size} starts on one axis: {@code after} the mouse if it fits before
     * {@code max}, else {@code before} it, never before {@code min}.
     */
    static double inside(double after, double before, double size, double min, double max) {
        double at = after + size <= max ? after : before;
        return Math.max(min, Math.min(at, max - size));
    }

    /** The tooltip of the visible point within {@link #RADIUS} pixels of canvas point (x, y), or null. */
    static String textNear(ChartCanvas canvas, double x, double y) {
        ChartRenderingInfo info = canvas.getRenderingInfo();
        if (info == null || info.getPlotInfo() == null || !(canvas.getChart().getPlot() instanceof XYPlot plot)) {
            return null;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (area == null || !area.contains(x, y)) {
            return null;
        }
        ValueAxis xAxis = plot.getDomainAxis();
        ValueAxis yAxis = plot.getRangeAxis();
        double epoch = xAxis.java2DToValue(x, area, plot.getDomainAxisEdge());
        double best = RADIUS * RADIUS;
        String text = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            XYItemRenderer r = plot.getRenderer(d);
            if (data == null || r == null) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                int n = data.getItemCount(s);
                if (n == 0 || !r.isSeriesVisible(s)) {
                    continue;
                }
                int i = nearestIndex(data, s, n, epoch);
                for (int k = Math.max(0, i - 1); k <= Math.min(n - 1, i + 1); k++) {
                    double px = xAxis.valueToJava2D(data.getXValue(s, k), area, plot.getDomainAxisEdge());
                    double py = yAxis.valueToJava2D(data.getYValue(s, k), area, plot.getRangeAxisEdge());
                    double dist = (px - x) * (px - x) + (py - y) * (py - y);
                    XYToolTipGenerator g = r.getToolTipGenerator(s, k);
                    if (dist <= best && g != null) {
                        best = dist;
                        text = g.generateToolTip(data, s, k);
                    }
                }
            }
        }
        return text;
    }

    /** Index of the first item with x >= {@code x} (items are in epoch order), clamped to n - 1. */
    private static int nearestIndex(XYDataset data, int series, int n, double x) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.getXValue(series, mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
