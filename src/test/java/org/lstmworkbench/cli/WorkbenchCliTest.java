package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The exit statuses: 2 and one line for what the user can fix, 1 and the trace for a bug. */
class WorkbenchCliTest {

    /** A command that throws what it is given, to exercise the handlers alone. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        private final RuntimeException failure;

        Boom(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static CliRunner runBoom(RuntimeException failure) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = WorkbenchCli.commandLine();
        cl.addSubcommand("boom", new Boom(failure));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute("boom");
        return new CliRunner(status, out.toString(), err.toString());
    }

    @Test
    void aUserErrorExitsTwoWithOneLineNamingTheCommand() {
        CliRunner r = runBoom(new WorkbenchException("bad.csv: row 3,\ncolumn 2: not a number"));

        assertThat(r.status()).isEqualTo(WorkbenchCli.EXIT_USER_ERROR).isEqualTo(2);
        assertThat(r.err()).isEqualTo("lstm-workbench boom: bad.csv: row 3, column 2: not a number"
                + System.lineSeparator());
    }

    @Test
    void aSubclassOfTheFamilyIsAUserErrorToo() {
        CliRunner r = runBoom(new DataException("x.csv: the file is empty (no rows)"));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void aProgrammingCheckExitsOneWithTheStackTrace() {
        CliRunner r = runBoom(new IllegalArgumentException("Smoothing weight must be in [0, 1), got 2.0"));

        assertThat(r.status()).isEqualTo(WorkbenchCli.EXIT_INTERNAL_ERROR).isEqualTo(1);
        assertThat(r.err()).startsWith("lstm-workbench boom: internal error: java.lang.IllegalArgumentException: "
                + "Smoothing weight must be in [0, 1), got 2.0").contains("\tat ");
    }

    @Test
    void aBrokenInvariantExitsOne() {
        assertThat(runBoom(new IllegalStateException("no epoch recorded")).status()).isEqualTo(1);
    }

    @Test
    void anUnknownOptionIsAUserErrorPointingToHelp() {
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--out", "x", "--threads", "2");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench train: Unknown options: '--threads', '2'"
                + " (see 'lstm-workbench train --help')");
    }

    @Test
    void aSweepWithoutAFolderFailsBeforeReadingDataAsAMissingOption() {
        CliRunner r = CliRunner.run("sweep", "--data", "no-such-file.csv", "--param", "units=1,2");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench sweep: Missing required option: '--out=DIR'"
                + " (see 'lstm-workbench sweep --help')");
    }

    @Test
    void aDemoWithoutAFolderSaysSo() {
        CliRunner r = CliRunner.run("demo", "overfit");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench demo: demo overfit needs --out DIR");
    }
}
