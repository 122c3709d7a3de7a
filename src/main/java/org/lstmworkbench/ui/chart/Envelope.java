package org.lstmworkbench.ui.chart;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * A dense curve drawn as the filled band its points cover, column by column: for each column of
 * screen pixels the range from its lowest to its highest point (and the previous column's last
 * point, so jumps between columns stay joined), at least {@code minThickness} pixels thick.
 * At two or more points per column this looks like the stroked line, but the rasteriser sees
 * two edges per scanline instead of one pair per segment, which is what made redraws of
 * 30 noisy 2000-epoch curves slow. Screen coordinates; one series at a time.
 */
final class Envelope {

    private float[] xs = new float[256];
    private float[] tops = new float[256];
    private float[] bottoms = new float[256];
    private int size;
    private float halfWidth = 0.5f;

    /** Starts a new curve whose columns are {@code columnWidth} pixels wide. */
    void clear(float columnWidth) {
        size = 0;
        halfWidth = columnWidth / 2;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Adds one column centred at {@code x} covering screen y from {@code top} to {@code bottom}
     * (top <= bottom). Columns are drawn flat-topped, {@code width} wide, so that a one-point
     * spike keeps full coverage up to its tip instead of thinning to a needle.
     */
    void add(float x, float top, float bottom, float minThickness) {
        if (bottom - top < minThickness) {
            float mid = (top + bottom) / 2;
            top = mid - minThickness / 2;
            bottom = mid + minThickness / 2;
        }
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            tops = Arrays.copyOf(tops, size * 2);
            bottoms = Arrays.copyOf(bottoms, size * 2);
        }
        xs[size] = x;
        tops[size] = top;
        bottoms[size] = bottom;
        size++;
    }

    /**
     * Fills the band with the graphics' current paint, in slices about {@code slicePixels} wide
     * (the rasteriser works on each shape's bounding box). Slices do not overlap: columns abut,
     * on whole pixels when the column width is, so translucent paint shows no seams.
     */
    void fill(Graphics2D g2, float slicePixels) {
        int start = 0;
        while (start < size) {
            int end = start;
            while (end + 1 < size && xs[end + 1] - xs[start] < slicePixels) {
                end++;
            }
            g2.fill(slice(start, end));
            start = end + 1;
        }
    }

    private Path2D.Float slice(int from, int to) {
        Path2D.Float p = new Path2D.Float(Path2D.WIND_NON_ZERO, 4 * (to - from + 1) + 2);
        float half = halfWidth;
        p.moveTo(xs[from] - half, tops[from]);
        for (int i = from; i <= to; i++) {
            p.lineTo(xs[i] - half, tops[i]);
            p.lineTo(xs[i] + half, tops[i]);
        }
        for (int i = to; i >= from; i--) {
            p.lineTo(xs[i] + half, bottoms[i]);
            p.lineTo(xs[i] - half, bottoms[i]);
        }
        p.closePath();
        return p;
    }
}
