package org.lstmworkbench.cli;

import picocli.CommandLine;

/** Version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = WorkbenchCli.class.getPackage().getImplementationVersion();
        return new String[] {"lstm-workbench " + (v == null ? "development" : v),
                "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores"};
    }
}
