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

    /**
     * JavaCPP checks the process's physical memory on every off-heap allocation unless this is 0
     * (measured: seconds of a short run); set here, before anything loads JavaCPP, unless the user
     * gave a value on the command line.
     */
    static final String JAVACPP_MAX_PHYSICAL = "org.bytedeco.javacpp.maxPhysicalBytes";

    public static void main(String[] args) {
        if (System.getProperty(JAVACPP_MAX_PHYSICAL) == null) {
            System.setProperty(JAVACPP_MAX_PHYSICAL, "0");
        }
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
        } else {
            System.exit(WorkbenchCli.execute(args));
        }
    }
}
