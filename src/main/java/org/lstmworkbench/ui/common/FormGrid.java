package org.lstmworkbench.ui.common;

import java.util.Locale;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * A two-column form (label, field) with aligned labels and fields that fill the rest of the
 * width, for the side panes; plus readable names for enum choices.
 */
public final class FormGrid {

    /** Names shown for enum constants that are not plain words. */
    private static final Map<String, String> SPECIAL_NAMES = Map.ofEntries(
            Map.entry("MSE", "MSE"), Map.entry("MAE", "MAE"), Map.entry("SGD", "SGD"), Map.entry("GL", "GL (Prechelt)"),
            Map.entry("PQ", "PQ (Prechelt)"), Map.entry("UP", "UP (Prechelt)"), Map.entry("RMSPROP", "RMSprop"),
            Map.entry("ADAGRAD", "AdaGrad"), Map.entry("RELU", "ReLU"), Map.entry("TANH", "tanh"),
            Map.entry("L2_PER_LAYER", "L2 norm per layer"), Map.entry("PATIENCE", "Patience (Keras)"),
            Map.entry("MIN_MAX", "Min-max [0, 1]"), Map.entry("MIN_MAX_SYMMETRIC", "Min-max [-1, 1]"),
            Map.entry("Z_SCORE", "Z-score"), Map.entry("BOX_COX", "Box-Cox"),
            Map.entry("MANY_TO_ONE", "Many-to-one"), Map.entry("ONE_TO_ONE", "One-to-one"),
            Map.entry("ONE_TO_MANY", "One-to-many"), Map.entry("MANY_TO_MANY", "Many-to-many"),
            Map.entry("DROP_ROWS", "Drop rows"), Map.entry("FORWARD_FILL", "Forward fill"),
            Map.entry("ERROR", "Refuse (error)"), Map.entry("OFF", "Off"), Map.entry("NONE", "None"));

    private final GridPane grid = new GridPane();
    private final double labelWidth;
    private int row;

    /** A form whose label column is {@code labelWidth} pixels wide. */
    public FormGrid(double labelWidth) {
        this.labelWidth = labelWidth;
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 2, 4, 2));
        ColumnConstraints labels = new ColumnConstraints(labelWidth, labelWidth, labelWidth);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints(60, 120, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row: {@code text} on the left (with {@code help} as tooltip when not null), {@code field} filling the right. */
    public Label add(String text, String help, Node field) {
        Label label = new Label(text);
        // a label longer than its column wraps onto a second line; at its one-line width it would run
        // under the field beside it (it did for "Recurrent weight drop")
        label.setMinWidth(labelWidth);
        label.setWrapText(true);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
            label.setLabelFor(control);
            // a switched-off field greys its label too, so the form reads at a glance
            label.disableProperty().bind(control.disabledProperty());
        }
        if (help != null) {
            label.setTooltip(new Tooltip(help));
        }
        GridPane.setValignment(label, javafx.geometry.VPos.CENTER);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        row++;
        return label;
    }

    /** Adds a node spanning both columns (a check box, a note). */
    public void addWide(Node node) {
        grid.add(node, 0, row, 2, 1);
        GridPane.setHalignment(node, HPos.LEFT);
        row++;
    }

    public GridPane node() {
        return grid;
    }

    /** A combo box over an enum's constants showing readable names, filling its cell. */
    public static <E extends Enum<E>> ComboBox<E> enumChoice(Class<E> type) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : displayName(value);
            }

            @Override
            public E fromString(String text) {
                return box.getItems().stream().filter(e -> displayName(e).equals(text)).findFirst().orElse(null);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** {@code GLOROT_UNIFORM} reads "Glorot uniform"; acronyms and special cases keep their usual spelling. */
    public static String displayName(Enum<?> value) {
        String special = SPECIAL_NAMES.get(value.name());
        if (special != null) {
            return special;
        }
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A label styled as a section note (small, grey). */
    public static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setStyle("-fx-text-fill: #555; -fx-font-size: 0.92em;");
        label.setAlignment(Pos.TOP_LEFT);
        return label;
    }
}
