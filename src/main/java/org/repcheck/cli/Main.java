package org.repcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** repcheck's command line: subcommands for each stage, and {@code analyze} for a whole export folder. */
@Command(name = "repcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks interval reps recorded by a watch against the pace bands your time trial sets.",
        subcommands = {InspectCommand.class, RepsCommand.class, TargetsCommand.class, JudgeCommand.class,
                AnalyzeCommand.class, PlanCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all inputs analysed; 1 some inputs unreadable; 2 usage error;",
                "3 no input files found; 4 overcooked reps found (with --fail-on-overcooked)."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with the given streams (tests capture output this way). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
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
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: inspect, reps, targets, judge, analyze or plan");
    }
}
