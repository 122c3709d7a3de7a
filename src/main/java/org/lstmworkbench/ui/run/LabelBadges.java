package org.lstmworkbench.ui.run;

import javafx.scene.control.Label;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.FitLabel;

/** Coloured badges for fit labels: green for a good fit, amber for underfit, red for overfit and failures. */
public final class LabelBadges {

    private LabelBadges() {
    }

    /** Background colour (CSS) of a label's badge. */
    public static String colour(FitLabel label) {
        return switch (label) {
            case GOOD_FIT -> "#2e7d32";
            case UNDERFIT -> "#ef8f00";
            case OVERFIT -> "#c62828";
            case DIVERGED -> "#6a1b9a";
            case NOT_LEARNING -> "#5d4037";
            case DATA_MISMATCH -> "#00838f";
            case TOO_EARLY -> "#78909c";
        };
    }

    /** Short text of a label for a badge: "overfit", "underfit: still improving". */
    public static String text(Diagnosis d) {
        String base = d.label().name().toLowerCase().replace('_', ' ');
        return d.kind() == null ? base : base + ": " + d.kind().name().toLowerCase().replace('_', ' ');
    }

    /** Styles {@code badge} for {@code d}; an empty, unstyled label when there is none yet. */
    public static void apply(Label badge, Diagnosis d) {
        if (d == null) {
            badge.setText("");
            badge.setStyle("");
            return;
        }
        badge.setText(text(d));
        badge.setStyle("-fx-background-color: " + colour(d.label()) + "; -fx-text-fill: white; "
                + "-fx-background-radius: 8; -fx-padding: 1 7 1 7; -fx-font-size: 11px;");
    }
}
