package org.repcheck.cli;

/** The exit codes of the command-line contract, by name. */
public final class ExitCode {
    /** Every input analysed. */
    public static final int OK = 0;
    /** Some inputs could not be read; the others were analysed and reported. */
    public static final int SOME_UNREADABLE = 1;
    /** Bad option, bad --tt value, unreadable profile. */
    public static final int USAGE = 2;
    /** No input files found. */
    public static final int NO_INPUT = 3;
    /** Overcooked reps found, only with --fail-on-overcooked. */
    public static final int OVERCOOKED = 4;
    /** A bug in repcheck (an exception nobody expected); BSD sysexits' EX_SOFTWARE, so scripts can tell it from 1. */
    public static final int INTERNAL = 70;
    /** Interrupted by Ctrl-C or SIGTERM (128 + SIGINT, the shell's convention); the index lists what was done. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
