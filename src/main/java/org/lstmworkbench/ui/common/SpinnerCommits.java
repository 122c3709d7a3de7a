package org.lstmworkbench.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Makes every editable spinner of a scene apply what was typed into it when its text field loses
 * the focus (Tab, a click elsewhere) and on Enter, and puts back the current value when the text
 * is no number in range instead of throwing. Installed once per scene, so spinners that panes
 * build later are covered too.
 *
 * @implNote FX-thread only.
 */
public final class SpinnerCommits {

    private static final String INSTALLED = SpinnerCommits.class.getName();

    private SpinnerCommits() {
    }

    /** Installs the commit rules on {@code scene} (a second call does nothing). */
    public static void install(Scene scene) {
        if (scene.getProperties().containsKey(INSTALLED)) {
            return;
        }
        scene.getProperties().put(INSTALLED, Boolean.TRUE);
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            Spinner<?> left = spinnerOf(was);
            if (left != null && left != spinnerOf(now)) {
                commit(left);
            }
        });
        // Enter commits here and goes no further: no default button, no stack trace for "abc"
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                Spinner<?> spinner = spinnerOf(e.getTarget() instanceof Node n ? n : null);
                if (spinner != null) {
                    commit(spinner);
                    e.consume();
                }
            }
        });
    }

    /**
     * Applies the spinner's typed text: a number is clamped into range by the value factory,
     * anything else brings back the current value.
     */
    public static <T> void commit(Spinner<T> spinner) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        if (!spinner.isEditable() || factory == null || factory.getConverter() == null) {
            return;
        }
        String text = spinner.getEditor().getText();
        try {
            T typed = factory.getConverter().fromString(text == null ? "" : text.trim());
            if (typed != null) {
                factory.setValue(typed);
            }
        } catch (RuntimeException notANumber) {
            // the converter's own exception (NumberFormatException, DateTimeParseException...)
        }
        // shows the value in force: the clamped number, or the old one after bad text
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }

    /** The editable spinner whose text field {@code node} is (or sits in), else null. */
    private static Spinner<?> spinnerOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Spinner<?> s) {
                return s.isEditable() ? s : null;
            }
        }
        return null;
    }
}
