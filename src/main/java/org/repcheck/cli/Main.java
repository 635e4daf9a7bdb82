package org.repcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** repcheck's command line: subcommands for each stage, and {@code analyze} for a whole export folder. */
// scope = INHERIT hands --help and --version to every subcommand, so `repcheck inspect --help` answers instead of
// complaining about the missing FILE.
@Command(name = "repcheck", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Checks interval reps recorded by a watch against the pace bands your time trial sets.",
        subcommands = {InspectCommand.class, RepsCommand.class, TargetsCommand.class, JudgeCommand.class,
                AnalyzeCommand.class, HistoryCommand.class, PlanCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input analysed", "1:some inputs could not be read (the others were reported)",
                "2:usage error: bad option or value, unreadable profile, -o at a file",
                "3:no input files found", "4:overcooked reps found (only with --fail-on-overcooked)",
                "70:internal error (a bug in repcheck; please report it)",
                "130:interrupted (Ctrl-C or SIGTERM); the index lists what was finished"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs with the given streams (tests capture output this way). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    /** picocli hands Exceptions to the ErrorHandler; an Error (out of memory, stack) would end in a trace. */
    private static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return ErrorHandler.internal(e, cl.getErr());
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ErrorHandler.Parameters());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: inspect, reps, targets, judge, analyze, history or plan");
    }
}
