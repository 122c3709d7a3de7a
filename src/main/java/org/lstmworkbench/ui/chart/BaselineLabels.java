package org.lstmworkbench.ui.chart;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Where the two baseline lines' labels go so they never overlap, at any zoom and on either axis:
 * the higher baseline's label sits above its line, the lower one's below its line (a tie puts
 * persistence above). Both axes are monotonic, so on screen the label above the upper line and
 * the label below the lower line are always on opposite sides of the gap between the lines.
 */
final class BaselineLabels {

    /** Which side of its line a label is drawn on. */
    enum Side { ABOVE, BELOW }

    private BaselineLabels() {
    }

    /** The side of the persistence label; a lone baseline (other NaN) is labelled above. */
    static Side persistenceSide(double persistence, double trainingMean) {
        return !Double.isFinite(trainingMean) || persistence >= trainingMean ? Side.ABOVE : Side.BELOW;
    }

    /** The side of the training-mean label; a lone baseline (other NaN) is labelled above. */
    static Side trainingMeanSide(double persistence, double trainingMean) {
        return !Double.isFinite(persistence) || trainingMean > persistence ? Side.ABOVE : Side.BELOW;
    }

    /** Anchors {@code m}'s label at the left end of its line, on {@code side}. */
    static void place(ValueMarker m, Side side) {
        if (side == Side.ABOVE) {
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        } else {
            m.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
    }

    /**
     * The vertical screen span {@code [top, bottom]} a label of {@code height} pixels takes next to
     * a line at screen y {@code lineY} (y grows downwards), as JFreeChart draws a range marker's
     * label with the anchors of {@link #place}.
     */
    static double[] span(double lineY, Side side, double height) {
        return side == Side.ABOVE ? new double[] {lineY - height, lineY} : new double[] {lineY, lineY + height};
    }
}
