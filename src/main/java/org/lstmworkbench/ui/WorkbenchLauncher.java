package org.lstmworkbench.ui;

import javafx.application.Application;

/** Starts the JavaFX window from a class that is not itself an {@link Application}. */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
