package org.lstmworkbench.ui.run;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.lstmworkbench.training.ClassificationReport;

/**
 * The selected classifier's confusion matrix as a heat map with counts (rows actual, columns
 * predicted; the darker, the larger the share of its row) and its per-class precision, recall
 * and F1.
 */
public final class ConfusionPane extends VBox {

    private final Label title = new Label("Select a classification run to see its confusion matrix.");
    private final GridPane matrix = new GridPane();
    private final GridPane scores = new GridPane();

    public ConfusionPane() {
        super(8);
        setId("confusion-pane");
        setPadding(new Insets(8));
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        matrix.setHgap(2);
        matrix.setVgap(2);
        scores.setHgap(12);
        scores.setVgap(2);
        getChildren().addAll(title, matrix, scores);
    }

    /** Shows the run's report (validation, else test); a run without one clears the pane. */
    public void show(RunItem run) {
        matrix.getChildren().clear();
        scores.getChildren().clear();
        ClassificationReport r = run == null ? null : run.classificationReport().orElse(null);
        if (r == null) {
            title.setText(run == null ? "Select a classification run to see its confusion matrix."
                    : run.name() + ": no confusion matrix (not a finished classification run)");
            return;
        }
        title.setText(String.format(Locale.ROOT, "%s: accuracy %.3f, balanced %.3f (rows actual, columns predicted)",
                run.name(), r.accuracy(), r.balancedAccuracy()));
        int k = r.classes().size();
        long[][] c = r.confusion();
        for (int j = 0; j < k; j++) {
            matrix.add(header(r.classes().get(j)), j + 1, 0);
        }
        for (int i = 0; i < k; i++) {
            matrix.add(header(r.classes().get(i)), 0, i + 1);
            long rowTotal = 0;
            for (long v : c[i]) {
                rowTotal += v;
            }
            for (int j = 0; j < k; j++) {
                matrix.add(cell(c[i][j], rowTotal == 0 ? 0 : (double) c[i][j] / rowTotal), j + 1, i + 1);
            }
        }
        scores.addRow(0, bold("class"), bold("precision"), bold("recall"), bold("F1"));
        for (int i = 0; i < k; i++) {
            scores.addRow(i + 1, new Label(r.classes().get(i)), new Label(fmt(r.precision()[i])),
                    new Label(fmt(r.recall()[i])), new Label(fmt(r.f1()[i])));
        }
    }

    /** The counts as shown, row by row (for tests). */
    public int cellCount() {
        return (int) matrix.getChildren().stream().filter(n -> n.getStyleClass().contains("confusion-cell")).count();
    }

    private static Label header(String name) {
        Label l = new Label(name);
        l.setStyle("-fx-font-size: 10px;");
        l.setMaxWidth(90);
        return l;
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label cell(long count, double share) {
        Label l = new Label(String.valueOf(count));
        l.getStyleClass().add("confusion-cell");
        l.setAlignment(Pos.CENTER);
        l.setMinSize(44, 26);
        int shade = (int) Math.round(255 - share * 190);
        String text = share > 0.55 ? "white" : "black";
        l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgb(%d,%d,255); -fx-text-fill: %s;",
                shade, shade, text));
        return l;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
    }
}
