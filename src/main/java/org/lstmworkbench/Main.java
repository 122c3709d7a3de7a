package org.lstmworkbench;

import org.lstmworkbench.cli.WorkbenchCli;
import org.lstmworkbench.ui.WorkbenchLauncher;

/**
 * Entry point of {@code java -jar lstm-workbench.jar}: with no arguments it opens the window,
 * otherwise it runs a command line command. Deliberately not a JavaFX {@code Application}, so the
 * jar starts with JavaFX on the plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
        } else {
            System.exit(WorkbenchCli.execute(args));
        }
    }
}
