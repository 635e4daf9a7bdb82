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

    /** A hard session: one the week after is measured from, and that keeps a run out of the fresh baseline. */
    public boolean isHard() {
        return this == INTERVAL || this == TEMPO || this == RACE_OR_TT || this == LONG;
    }
}
