package org.repcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Maps what went wrong to one line on stderr and an exit code. Usage problems exit 2; anything unexpected is a bug
 * of ours and exits 70 (not 1, which says "some inputs unreadable"), still as one line — with the stack trace only
 * when REPCHECK_DEBUG is set, because a user should never have to read Java.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof UsageException) {
            err.println("repcheck: " + ex.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        err.println("repcheck: internal error: " + ex + " (a bug in repcheck; REPCHECK_DEBUG=1 shows where)");
        if (System.getenv("REPCHECK_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Bad options: one line, a "did you mean" when picocli has one, and a hint — not the whole usage text. */
    static final class Parameters implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println("repcheck: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", u.getSuggestions()) + "?");
            }
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return ExitCode.USAGE;
        }
    }
}
