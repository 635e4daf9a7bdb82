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
        if (ex instanceof java.io.IOException io) {
            // Reading inputs never gets here (each file's problem is its own line); writing outputs may.
            String where = io instanceof java.nio.file.FileSystemException f && f.getFile() != null
                    ? org.repcheck.batch.Failures.safe(f.getFile()) + ": " : "";
            err.println("repcheck: " + where + org.repcheck.batch.Failures.describe(io));
            err.flush();
            return ExitCode.SOME_UNREADABLE;
        }
        return internal(ex, err);
    }

    /** A bug of ours: one line in words (the stack trace only with REPCHECK_DEBUG), exit 70. */
    static int internal(Throwable ex, PrintWriter err) {
        err.println("repcheck: internal error (a bug in repcheck; set REPCHECK_DEBUG=1 for the details): "
                + (ex instanceof OutOfMemoryError ? "ran out of memory" : ex instanceof StackOverflowError
                ? "ran out of stack" : "an unexpected failure"));
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
