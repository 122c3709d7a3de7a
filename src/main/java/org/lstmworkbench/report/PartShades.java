package org.lstmworkbench.report;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The shades of the train, validation and test parts on a time axis, the colours of the dataset
 * preview's target chart, so a forecast reads against the same parts the user saw when splitting.
 */
public final class PartShades {

    /** The training part's shade. */
    public static final Color TRAIN = new Color(66, 133, 244, 38);
    /** The validation part's shade. */
    public static final Color VALIDATION = new Color(251, 140, 0, 46);
    /** The test part's shade. */
    public static final Color TEST = new Color(67, 160, 71, 46);

    private PartShades() {
    }

    /** The shade of a part name ({@code train}, {@code validation}, {@code test}). */
    public static Color of(String part) {
        return switch (part) {
            case "train" -> TRAIN;
            case "validation" -> VALIDATION;
            case "test" -> TEST;
            default -> throw new IllegalArgumentException("no part named " + part);
        };
    }

    /**
     * Shades series indices {@code first..last} (half a step either side) behind the plot's data,
     * labelled at the top left with {@code label} (null for none).
     */
    public static void shade(XYPlot plot, int first, int last, Color colour, String label) {
        IntervalMarker marker = new IntervalMarker(first - 0.5, last + 0.5, colour);
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelPaint(new Color(80, 80, 80));
            marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        }
        plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
}
