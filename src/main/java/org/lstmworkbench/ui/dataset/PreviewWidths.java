package org.lstmworkbench.ui.dataset;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Widths that fit a preview column's header and cells, so no value is cut to "1....". */
final class PreviewWidths {

    /** Cell padding and the header's sort-arrow room, on top of the text. */
    static final double PADDING = 24;
    /** A column of one narrow value still reads as a column. */
    static final double MIN = 48;
    /** A long text label (a footer that slipped through) must not push the others out of sight. */
    static final double MAX = 320;

    private PreviewWidths() {
    }

    /** The width of column {@code index}: its widest text among the header and the rows, plus padding. */
    static double width(String header, List<List<String>> rows, int index) {
        Text probe = new Text();
        probe.setFont(Font.getDefault());
        double widest = measure(probe, header);
        for (List<String> row : rows) {
            if (index < row.size()) {
                widest = Math.max(widest, measure(probe, row.get(index)));
            }
        }
        return Math.min(MAX, Math.max(MIN, Math.ceil(widest + PADDING)));
    }

    private static double measure(Text probe, String text) {
        probe.setText(text == null ? "" : text);
        return probe.getLayoutBounds().getWidth();
    }
}
