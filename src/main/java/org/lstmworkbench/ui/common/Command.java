package org.lstmworkbench.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action of a view model with {@code executable} and {@code running} properties, so buttons
 * and menu items bind their {@code disable} to it (after mvvmFX's Command).
 */
public final class Command {

    private final Runnable action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /** A command that can run whenever {@code condition} is true. */
    public Command(Runnable action, ObservableBooleanValue condition) {
        this.action = action;
        executable.bind(condition);
    }

    /** A command that can always run. */
    public Command(Runnable action) {
        this.action = action;
    }

    // Properties

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** For commands that start background work: the view model sets this while it runs. */
    public void setRunning(boolean value) {
        running.set(value);
    }

    // Commands

    /** Runs the action if executable; does nothing otherwise. */
    public void execute() {
        if (isExecutable()) {
            action.run();
        }
    }
}
