package org.lstmworkbench.ui.run;

import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.EvidenceTerms;
import org.lstmworkbench.diagnosis.LabelGlossary;
import org.lstmworkbench.diagnosis.RepeatDiagnosis;
import org.lstmworkbench.diagnosis.Verdicts;

/**
 * Explains the selected run's label for a student: the badge and the label in words, what the
 * curves show in plain sentences with their numbers, the next step in full, the repeat group's
 * verdict, then the evidence table with readable names, units and a tooltip explaining each
 * (the tooltip also names the raw key that {@code --json} and run.json use). It scrolls: the
 * text wraps to the pane's width and grows downwards.
 */
public final class DiagnosisPane extends ScrollPane {

    private static final String NONE = "Select a run to see its diagnosis.";

    private final Label title = new Label(NONE);
    private final Label badge = new Label();
    private final Label summary = new Label();
    private final Label verdict = new Label();
    private final Label suggestion = new Label();
    private final Label group = new Label();
    private final Label forecast = new Label();
    private final Label evidenceHeading = new Label("Evidence");
    private final GridPane evidence = new GridPane();

    public DiagnosisPane() {
        setId("diagnosis-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        title.setStyle("-fx-font-weight: bold;");
        evidenceHeading.setStyle("-fx-font-weight: bold;");
        for (Label l : new Label[] {title, summary, verdict, suggestion, group}) {
            l.setWrapText(true);
            l.setMinHeight(Label.USE_PREF_SIZE); // wrapped text grows the pane instead of being cut to "..."
        }
        badge.setId("diagnosis-badge");
        verdict.setId("diagnosis-verdict");
        suggestion.setId("diagnosis-next");
        group.setId("diagnosis-group");
        evidence.setId("diagnosis-evidence");
        evidence.setHgap(12);
        evidence.setVgap(2);
        forecast.setId("diagnosis-forecast");
        forecast.setWrapText(true);
        forecast.setMinHeight(Label.USE_PREF_SIZE);
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.SOMETIMES);
        evidence.getColumnConstraints().addAll(name, new ColumnConstraints());
        badge.setMinWidth(Label.USE_PREF_SIZE); // the label's words, never "..."
        HBox heading = new HBox(8, badge, summary);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        VBox content = new VBox(8, title, heading, verdict, suggestion, group, forecast, evidenceHeading, evidence);
        content.setPadding(new Insets(8));
        setContent(content);
        show(null, null, null);
    }

    /** Shows a run's diagnosis (null clears) and, when given, its repeat group's. */
    public void show(RunItem run, Diagnosis d, RepeatDiagnosis repeats) {
        evidence.getChildren().clear();
        // the test errors of the run's forecast, whatever its label (original units)
        forecast.setText(run == null ? "" : run.testErrors().map(e -> "Test forecast: " + e.describe()
                + " (original units)").orElse(""));
        if (run == null || d == null) {
            title.setText(run == null ? NONE : run.name() + ": no diagnosis yet");
            LabelBadges.apply(badge, null);
            for (Label l : new Label[] {summary, verdict, suggestion, group}) {
                l.setText("");
            }
            evidenceHeading.setVisible(false);
            return;
        }
        title.setText(run.name() + " (seed " + run.seed() + ")");
        LabelBadges.apply(badge, d);
        badge.setText(LabelGlossary.words(d)); // the Help menu's words for the label, one source
        summary.setText(String.format(Locale.ROOT, "confidence %.2f", d.confidence())
                + (d.bestEpoch() == 0 ? "" : ", best validation epoch " + d.bestEpoch()));
        verdict.setText(d.verdict());
        suggestion.setText("Next step: " + d.suggestion());
        group.setText(repeats == null ? "" : "Repeats: " + Verdicts.group(repeats));
        evidenceHeading.setVisible(!d.evidence().isEmpty());
        int row = 0;
        for (Map.Entry<String, Double> e : d.evidence().entrySet()) {
            EvidenceTerms.Term term = EvidenceTerms.describe(e.getKey());
            Label name = new Label(term.name());
            Label value = new Label(term.format(e.getValue()));
            Tooltip tip = new Tooltip(term.explanation() + "\n(" + e.getKey() + " = " + raw(e.getValue())
                    + " in --json and run.json)");
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            tip.setShowDelay(Duration.millis(300));
            name.setTooltip(tip);
            value.setTooltip(tip);
            name.setId("evidence-" + e.getKey());
            // in a narrow pane the name wraps; the number is never cut to "..."
            name.setWrapText(true);
            name.setMinHeight(Label.USE_PREF_SIZE);
            value.setMinWidth(Label.USE_PREF_SIZE);
            evidence.addRow(row++, name, value);
        }
    }

    /** The text shown, for tests: heading, verdict, next step, group verdict, then "name: value" rows. */
    public String text() {
        StringBuilder s = new StringBuilder(title.getText()).append('\n').append(badge.getText()).append('\n')
                .append(summary.getText()).append('\n').append(verdict.getText()).append('\n')
                .append(suggestion.getText()).append('\n').append(group.getText()).append('\n')
                .append(forecast.getText());
        for (int i = 0; i + 1 < evidence.getChildren().size(); i += 2) {
            s.append('\n').append(((Label) evidence.getChildren().get(i)).getText()).append(": ")
                    .append(((Label) evidence.getChildren().get(i + 1)).getText());
        }
        return s.toString();
    }

    private static String raw(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : String.valueOf(v);
    }
}
