package org.repcheck.model;

import java.time.LocalDate;

/** What the runner should know about the time trial a session was judged by; {@code report} words it. */
public sealed interface TrialFinding {
    /** The TT in force is older than the limit at the workout's (local) date. */
    record Stale(TimeTrial timeTrial, LocalDate workoutDate, long ageDays, long limitDays) implements TrialFinding {
    }

    /**
     * The input holds an effort faster than the TT in force predicts over that distance (Riegel): the TT is out of
     * date, and the effort implies a faster one.
     *
     * @param effort         the best effort found in the input (distance, time, date)
     * @param predictedS     what the TT in force predicts over the effort's distance
     * @param implied        the TT (at the TT's own distance) the effort implies, Riegel
     */
    record FasterEffort(TimeTrial effort, double predictedS, TimeTrial inForce, TimeTrial implied)
            implements TrialFinding {
    }
}
