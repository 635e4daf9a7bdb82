package org.repcheck.history;

/** What kind of run a run was, for the history (issue 12 part 1). */
public enum RunClass {
    /** Reps were found: an interval session. */
    INTERVAL,
    /** A tempo block, or a sustained hard run. */
    TEMPO,
    /** 90 min or more. */
    LONG,
    /** A race or a time trial: most of the run at or beyond the runner's best. */
    RACE_OR_TT,
    /** None of the above. */
    EASY,
    /** Not a run, or a run without the data to say. */
    OTHER;

    /**
     * A hard session: it keeps the runs of the next 72 h out of the fresh baseline. A long run is not one: it is
     * easy running for longer, and counting it would leave a runner who runs long on Sundays and intervals on
     * Tuesdays with no fresh day at all. It is never a baseline or post-session run either (not {@link #EASY}).
     */
    public boolean isHard() {
        return this == INTERVAL || this == TEMPO || this == RACE_OR_TT;
    }
}
