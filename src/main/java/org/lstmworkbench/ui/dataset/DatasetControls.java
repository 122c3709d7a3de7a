package org.lstmworkbench.ui.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.lstmworkbench.data.DemoDatasets;

/**
 * Controls of the dataset loader whose binding to the view model needs more than one line:
 * spinners on number properties, the input-column checklist, the Box-Cox lambda field and the
 * demo chooser.
 */
final class DatasetControls {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final DatasetViewModel vm;
    private final double labelWidth;
    /** Object views of number properties: bidirectional bindings hold them weakly, so the view must. */
    private final List<Object> adapters = new ArrayList<>();
    private boolean syncing;

    DatasetControls(DatasetViewModel vm, double labelWidth) {
        this.vm = vm;
        this.labelWidth = labelWidth;
    }

    /** A spinner of whole numbers in [min, max] bound both ways to {@code value}; typing commits on Enter or focus loss. */
    Spinner<Integer> intSpinner(IntegerProperty value, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get()));
        ObjectProperty<Integer> adapter = value.asObject();
        adapters.add(adapter);
        spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
        editable(spinner);
        return spinner;
    }

    /** A spinner of fractions in [0, 1], step 0.05, bound both ways to {@code value}. */
    Spinner<Double> fractionSpinner(DoubleProperty value) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, value.get(), 0.05));
        ObjectProperty<Double> adapter = value.asObject();
        adapters.add(adapter);
        spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
        editable(spinner);
        return spinner;
    }

    /** The shift c before log or Box-Cox, bound both ways to the choices; step 1. */
    Spinner<Double> shiftSpinner() {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(-1e9, 1e9,
                vm.choices().shiftProperty().get(), 1));
        spinner.setId("dataset-shift");
        ObjectProperty<Double> adapter = vm.choices().shiftProperty().asObject();
        adapters.add(adapter);
        spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
        editable(spinner);
        return spinner;
    }

    private static void editable(Spinner<?> spinner) {
        spinner.setEditable(true);
        spinner.setMaxWidth(Double.MAX_VALUE);
        // JavaFX 21 commits typed text on Enter and on focus loss (commitValue); nothing more to do
    }

    /** The input columns as a checklist; none checked means the target's own past. */
    CheckComboBox<String> inputChooser() {
        CheckComboBox<String> box = new CheckComboBox<>();
        box.setId("dataset-inputs");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(labelWidth);
        Runnable fromVm = () -> {
            syncing = true;
            try {
                // the skin redraws its text on a change of the checks only (not of the title or
                // the items): the title first, then the checks, then one check change for sure
                box.setTitle(vm.choices().inputColumns().isEmpty() ? "Target's own past" : null);
                box.getCheckModel().clearChecks();
                box.getItems().setAll(vm.inputColumnChoices());
                for (String column : vm.choices().inputColumns()) {
                    box.getCheckModel().check(column);
                }
                if (vm.choices().inputColumns().isEmpty() && !box.getItems().isEmpty()) {
                    box.getCheckModel().check(0);
                    box.getCheckModel().clearCheck(0);
                }
            } finally {
                syncing = false;
            }
        };
        vm.inputColumnChoices().addListener((ListChangeListener<String>) c -> fromVm.run());
        vm.choices().inputColumns().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                fromVm.run();
            }
        });
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    // keep the table's column order, whatever order the boxes were ticked in
                    vm.choices().inputColumns().setAll(box.getItems().filtered(box.getCheckModel()::isChecked));
                } finally {
                    syncing = false;
                }
                box.setTitle(vm.choices().inputColumns().isEmpty() ? "Target's own past" : null);
            }
        });
        fromVm.run();
        return box;
    }

    /**
     * One encoding chooser per text (category) column, enabled while the column is a checked input;
     * a note when the file has no text column.
     */
    javafx.scene.layout.VBox encodingChoosers() {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4);
        box.setId("dataset-encodings");
        java.util.Map<String, ComboBox<org.lstmworkbench.data.Encoding>> shown = new java.util.HashMap<>();
        Runnable rebuild = () -> {
            box.getChildren().clear();
            shown.clear();
            for (String column : vm.textColumnNames()) {
                ComboBox<org.lstmworkbench.data.Encoding> choice =
                        org.lstmworkbench.ui.common.FormGrid.enumChoice(org.lstmworkbench.data.Encoding.class);
                choice.setId("dataset-encoding-" + column);
                choice.setValue(vm.choices().encodingOf(column));
                choice.setDisable(!vm.choices().inputColumns().contains(column));
                shown.put(column, choice);
                choice.valueProperty().addListener((o, was, now) -> {
                    if (now != null && now != vm.choices().encodingOf(column)) {
                        vm.choices().encodings().put(column, now);
                    }
                });
                javafx.scene.control.Label name = new javafx.scene.control.Label(column);
                name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                javafx.scene.layout.HBox.setHgrow(choice, javafx.scene.layout.Priority.ALWAYS);
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, name, choice);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
            if (vm.textColumnNames().isEmpty()) {
                box.getChildren().add(org.lstmworkbench.ui.common.FormGrid.note("no text columns"));
            }
        };
        vm.textColumnNames().addListener((ListChangeListener<String>) c -> rebuild.run());
        vm.choices().inputColumns().addListener((ListChangeListener<String>) c -> rebuild.run());
        // a spec applied from outside (a workspace) changes the map: show it without rebuilding the row being edited
        vm.choices().encodings().addListener((javafx.collections.MapChangeListener<String, Object>) c ->
                shown.forEach((column, choice) -> choice.setValue(vm.choices().encodingOf(column))));
        rebuild.run();
        return box;
    }

    /** The Box-Cox lambda: a number updates the view model, anything else marks the field and waits. */
    TextField lambdaField() {
        TextField field = new TextField();
        field.setId("dataset-lambda");
        field.setPromptText("fitted");
        field.setPrefColumnCount(5);
        field.textProperty().addListener((o, was, now) -> {
            String t = now.trim();
            boolean number = DECIMAL.matcher(t).matches();
            field.setStyle(number || t.isEmpty() ? "" : "-fx-text-box-border: #b00020; -fx-focus-color: #b00020;");
            if (number && !syncing) {
                vm.choices().boxCoxLambdaProperty().set(Double.parseDouble(t));
            }
        });
        vm.choices().boxCoxLambdaProperty().addListener((o, was, now) -> {
            String shown = now == null ? "" : String.valueOf(now);
            if (!shown.equals(field.getText())) {
                syncing = true;
                try {
                    field.setText(shown);
                } finally {
                    syncing = false;
                }
            }
        });
        return field;
    }

    /** The demo list; choosing one loads it, and it shows the demo in use (empty for a file). */
    ComboBox<String> demoChooser() {
        ComboBox<String> demos = new ComboBox<>();
        demos.setId("dataset-demo");
        demos.getItems().setAll(DemoDatasets.names());
        demos.setPromptText("Demo…");
        demos.setMaxWidth(Double.MAX_VALUE);
        demos.setOnAction(e -> {
            String chosen = demos.getValue();
            if (!syncing && chosen != null && !(DemoDatasets.PREFIX + chosen).equals(vm.sourceProperty().get())) {
                vm.loadDemo(chosen);
            }
        });
        Runnable showSource = () -> {
            String now = vm.sourceProperty().get();
            syncing = true;
            try {
                demos.setValue(now != null && now.startsWith(DemoDatasets.PREFIX)
                        ? now.substring(DemoDatasets.PREFIX.length()) : null);
            } finally {
                syncing = false;
            }
        };
        vm.sourceProperty().addListener((o, was, now) -> showSource.run());
        showSource.run();
        return demos;
    }
}
