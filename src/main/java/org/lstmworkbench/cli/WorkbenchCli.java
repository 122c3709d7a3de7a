package org.lstmworkbench.cli;

import java.io.PrintWriter;
import org.lstmworkbench.WorkbenchException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code lstm-workbench COMMAND [OPTIONS]}. Exit codes: 0 success, 2 bad input
 * (one line on stderr naming the problem, never a stack trace), 1 an internal error.
 */
@Command(name = "lstm-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Diagnose and tune LSTM fits. With no command, java -jar lstm-workbench.jar opens the window.",
        subcommands = {TrainCommand.class, DiagnoseCommand.class, SanityCommand.class, SweepCommand.class, DemoCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class WorkbenchCli implements Runnable {

    /** Exit status for bad input: a file, option or configuration the user can fix. */
    public static final int EXIT_USER_ERROR = 2;
    /**
     * Exit status for a command that ran as asked but produced nothing usable, e.g. a sweep whose every run
     * diverged: the files are written, yet no statistic can be drawn from them.
     */
    public static final int EXIT_NOTHING_USABLE = 3;
    /** Exit status for an internal error (a bug). */
    public static final int EXIT_INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit status. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (tests redirect its output with setOut/setErr). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new WorkbenchCli());
        cl.setParameterExceptionHandler(WorkbenchCli::badParameters);
        cl.setExecutionExceptionHandler(WorkbenchCli::failed);
        return cl;
    }

    private static int badParameters(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return EXIT_USER_ERROR;
    }

    private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof WorkbenchException) {
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage()));
            return EXIT_USER_ERROR;
        }
        err.println(cmd.getCommandSpec().qualifiedName() + ": internal error: " + e);
        e.printStackTrace(err);
        return EXIT_INTERNAL_ERROR;
    }

    private static String oneLine(String message) {
        return message == null ? "error" : message.replace('\n', ' ').replace('\r', ' ');
    }
}
