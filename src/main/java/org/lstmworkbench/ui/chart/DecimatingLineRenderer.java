package org.lstmworkbench.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer for long learning curves that draws fewer points than it holds. The data is
 * never changed (tooltips and exports of data use every point); only the path handed to the
 * graphics is thinned, per column of {@code columnPixels} screen pixels:
 * <ul>
 *   <li>{@link Mode#EXTREMES} keeps the lowest and highest point of each column (in epoch
 *       order), so a noisy curve keeps its envelope and every spike;</li>
 *   <li>{@link Mode#LAST} keeps one point per column, enough for an already smooth curve.</li>
 * </ul>
 * The first and last point of a series are always drawn. A series is drawn as a path in slices
 * of {@value #CHUNK_PIXELS} pixels, the dash pattern carried across slices. No chart entities are made: JFreeChart would make one per point, with
 * its tooltip text, on every redraw; {@link NearestPointTooltip} gives tooltips instead.
 * Vertical plot orientation only (the loss chart's).
 */
final class DecimatingLineRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    /** Width of the slices a curve is drawn in (see {@link #emit}). */
    static final float CHUNK_PIXELS = 32;

    /** How points within one pixel column are thinned. */
    enum Mode { EXTREMES, LAST }

    private final Mode mode;
    private final double columnPixels;
    // the current column's points; series are drawn one after the other on one thread
    private transient long column;
    private transient int count;
    private transient boolean seriesStarted;
    private transient int minItem;
    private transient int maxItem;
    private transient int lastItem;
    private transient float minX;
    private transient float minY;
    private transient float maxX;
    private transient float maxY;
    private transient float lastX;
    private transient float lastY;
    private transient float chunkStartX;
    private transient float prevX;
    private transient float prevY;
    private transient double pathLength;
    private transient double chunkStartLength;
    private transient Graphics2D graphics;
    private boolean envelopeWhenDense;
    private transient boolean envelopeSeries;
    private transient boolean hasPreviousColumn;
    private transient float previousLastY;
    private final transient Envelope envelope = new Envelope();
    private transient int pass;
    private transient int series;

    DecimatingLineRenderer(Mode mode, double columnPixels) {
        super(true, false);
        this.mode = mode;
        this.columnPixels = columnPixels;
        setDrawSeriesLineAsPath(true);
        setAutoPopulateSeriesPaint(false);
        setAutoPopulateSeriesStroke(false);
    }

    @Override
    public int getPassCount() {
        // pass 0 draws the lines; pass 1 would visit every point again for shapes (never shown),
        // item labels and entities (none)
        return 1;
    }

    /** Draws one slice with the dash pattern continued from where the previous slice ended. */
    @Override
    protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
        Stroke stroke = getItemStroke(series, item);
        if (stroke instanceof BasicStroke b && b.getDashArray() != null && chunkStartLength > 0) {
            stroke = new BasicStroke(b.getLineWidth(), b.getEndCap(), b.getLineJoin(), b.getMiterLimit(),
                    b.getDashArray(), (float) (b.getDashPhase() + chunkStartLength));
        }
        g2.setStroke(stroke);
        g2.setPaint(getItemPaint(series, item));
        g2.draw(shape);
    }

    @Override
    protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
                             double entityX, double entityY) {
        // deliberately none: see the class comment
    }

    @Override
    protected void drawPrimaryLineAsPath(XYItemRendererState state, Graphics2D g2, XYPlot plot, XYDataset dataset,
                                         int pass, int series, int item, ValueAxis domainAxis, ValueAxis rangeAxis,
                                         Rectangle2D dataArea) {
        State s = (State) state;
        this.graphics = g2;
        this.pass = pass;
        this.series = series;
        if (item == s.getFirstItemIndex()) {
            count = 0;
            seriesStarted = false;
            pathLength = 0;
            chunkStartLength = 0;
            hasPreviousColumn = false;
            envelope.clear((float) columnPixels);
            envelopeSeries = envelopeWhenDense && isDense(s, plot, dataset, series, domainAxis, dataArea);
        }
        double tx = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
        double ty = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
        if (Double.isNaN(tx) || Double.isNaN(ty)) {
            flush(s, false);
            s.setLastPointGood(false);
        } else {
            float x = (float) tx;
            float y = (float) ty;
            if (envelopeSeries) {
                add(s, item, x, y);
            } else if (!seriesStarted) {
                // the first point is always drawn exactly
                emit(s, x, y);
                seriesStarted = true;
            } else {
                add(s, item, x, y);
            }
        }
        if (item == s.getLastItemIndex()) {
            flush(s, true);
            if (envelopeSeries) {
                Paint paint = getItemPaint(series, item);
                // a filled band carries more ink than a 1-pixel line of the same colour: halve alpha
                g2.setPaint(paint instanceof Color c ? RunColours.withAlpha(c, c.getAlpha() / 2) : paint);
                envelope.fill(g2, CHUNK_PIXELS);
            } else {
                drawFirstPassShape(g2, pass, series, item, s.seriesPath);
            }
        }
    }

    /**
     * Draw dense series (two or more points per column on average) as a filled
     * {@link Envelope} instead of a stroked line: for the faint raw curves under smoothed ones.
     */
    void setEnvelopeWhenDense(boolean envelope) {
        this.envelopeWhenDense = envelope;
    }

    private boolean isDense(State s, XYPlot plot, XYDataset dataset, int series, ValueAxis domainAxis,
                            Rectangle2D dataArea) {
        int first = s.getFirstItemIndex();
        int last = s.getLastItemIndex();
        double x0 = domainAxis.valueToJava2D(dataset.getXValue(series, first), dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(dataset.getXValue(series, last), dataArea, plot.getDomainAxisEdge());
        double columns = Math.max(1, Math.abs(x1 - x0) / columnPixels);
        return (last - first + 1) / columns >= 2;
    }

    private void add(State s, int item, float x, float y) {
        long col = (long) Math.floor(x / columnPixels);
        if (count > 0 && col != column) {
            flush(s, false);
        }
        if (count == 0) {
            column = col;
            minItem = maxItem = item;
            minX = maxX = x;
            minY = maxY = y;
        } else {
            // screen y grows downwards, but "lowest" and "highest" only matter as the two extremes
            if (y < minY) {
                minItem = item;
                minX = x;
                minY = y;
            }
            if (y > maxY) {
                maxItem = item;
                maxX = x;
                maxY = y;
            }
        }
        lastItem = item;
        lastX = x;
        lastY = y;
        count++;
    }

    private void flush(State s, boolean seriesEnd) {
        if (count == 0) {
            return;
        }
        if (envelopeSeries) {
            float top = hasPreviousColumn ? Math.min(minY, previousLastY) : minY;
            float bottom = hasPreviousColumn ? Math.max(maxY, previousLastY) : maxY;
            float width = getItemStroke(series, lastItem) instanceof BasicStroke b ? b.getLineWidth() : 1f;
            envelope.add((float) ((column + 0.5) * columnPixels), top, bottom, width);
            hasPreviousColumn = true;
            previousLastY = lastY;
            count = 0;
            return;
        }
        if (mode == Mode.LAST || count == 1) {
            emit(s, lastX, lastY);
        } else {
            boolean minFirst = minItem <= maxItem;
            emit(s, minFirst ? minX : maxX, minFirst ? minY : maxY);
            if (minItem != maxItem) {
                emit(s, minFirst ? maxX : minX, minFirst ? maxY : minY);
            }
            if (seriesEnd && lastItem != minItem && lastItem != maxItem) {
                emit(s, lastX, lastY);
            }
        }
        count = 0;
    }

    private void emit(State s, float x, float y) {
        if (s.isLastPointGood()) {
            s.seriesPath.lineTo(x, y);
            pathLength += Math.hypot(x - prevX, y - prevY);
            if (x - chunkStartX >= CHUNK_PIXELS) {
                // hand the path over in slices: JavaFX rasterises each shape over its bounding
                // box, and a whole curve's box is most of the plot (this cut the render
                // thread's time per frame by more than half in the benchmark)
                drawFirstPassShape(graphics, pass, series, 0, s.seriesPath);
                s.seriesPath.reset();
                s.seriesPath.moveTo(x, y);
                chunkStartX = x;
                chunkStartLength = pathLength;
            }
        } else {
            s.seriesPath.moveTo(x, y);
            chunkStartX = x;
            chunkStartLength = pathLength;
        }
        prevX = x;
        prevY = y;
        s.setLastPointGood(true);
    }
}
