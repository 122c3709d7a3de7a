package org.lstmworkbench.ui.run;

import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.RepeatDiagnosis;

/**
 * Explains the selected run's label: the badge, confidence, best epoch, the evidence numbers and
 * the next step; for a run of a repeat group, the group's verdict ("OVERFIT in 4 of 5 runs") and
 * the mean curve's label.
 */
public final class DiagnosisPane extends VBox {

    private final Label title = new Label("Select a run to see its diagnosis.");
    private final Label badge = new Label();
    private final Label summary = new Label();
    private final GridPane evidence = new GridPane();
    private final Label suggestion = new Label();
    private final Label group = new Label();
    private final Label forecast = new Label();

    public DiagnosisPane() {
        super(6);
        setId("diagnosis-pane");
        setPadding(new Insets(8));
        title.setStyle("-fx-font-weight: bold;");
        suggestion.setWrapText(true);
        group.setWrapText(true);
        summary.setWrapText(true);
        evidence.setHgap(12);
        evidence.setVgap(2);
        forecast.setId("diagnosis-forecast");
        forecast.setWrapText(true);
        getChildren().addAll(title, badge, summary, evidence, suggestion, group, forecast);
    }

    /** Shows a run's diagnosis (null clears) and, when given, its repeat group's. */
    public void show(RunItem run, Diagnosis d, RepeatDiagnosis repeats) {
        evidence.getChildren().clear();
        // the test errors of the run's forecast, whatever its label (original units)
        forecast.setText(run == null ? "" : run.testErrors().map(e -> "Test forecast: " + e.describe()
                + " (original units)").orElse(""));
        if (run == null || d == null) {
            title.setText(run == null ? "Select a run to see its diagnosis." : run.name() + ": no diagnosis yet");
            LabelBadges.apply(badge, null);
            summary.setText("");
            suggestion.setText("");
            group.setText("");
            return;
        }
        title.setText(run.name() + " (seed " + run.seed() + ")");
        LabelBadges.apply(badge, d);
        summary.setText(String.format(Locale.ROOT, "confidence %.2f, best epoch %s", d.confidence(),
                d.bestEpoch() == 0 ? "-" : String.valueOf(d.bestEpoch())));
        int row = 0;
        for (Map.Entry<String, Double> e : d.evidence().entrySet()) {
            evidence.addRow(row++, new Label(e.getKey()), new Label(format(e.getValue())));
        }
        suggestion.setText("Next: " + d.suggestion());
        group.setText(repeats == null ? "" : "Repeats: " + org.lstmworkbench.ui.common.DisplayTexts.labelWords(repeats.agreement()));
    }

    /** The text shown, for tests. */
    public String text() {
        StringBuilder s = new StringBuilder(title.getText()).append('\n').append(badge.getText()).append('\n')
                .append(summary.getText()).append('\n').append(suggestion.getText()).append('\n').append(group.getText())
                .append('\n').append(forecast.getText());
        return s.toString();
    }

    private static String format(double v) {
        return org.lstmworkbench.ui.common.DisplayTexts.number(v);
    }
}
