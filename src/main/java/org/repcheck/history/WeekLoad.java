package org.repcheck.history;

import java.time.LocalDate;

/**
 * One ISO week of the runner's local dates.
 *
 * @param isoYear        the ISO week-based year
 * @param isoWeek        1..53
 * @param monday         the week's first local date
 * @param runs           runs in the week
 * @param distanceM      their distance, metres
 * @param movingS        their moving time, seconds
 * @param trimp          heart-rate load of every activity in the week with HR (runs and cross-training), TRIMP
 *                       units of {@link LoadBasis#method()}
 * @param otherActivities non-running activities in the week (their load is in {@code trimp})
 * @param runsWithoutHr  runs with no HR, so no load counted
 * @param overcookedReps reps judged overcooked in the week
 * @param intervalSessions interval sessions in the week
 */
public record WeekLoad(int isoYear, int isoWeek, LocalDate monday, int runs, double distanceM, double movingS,
                       double trimp, int otherActivities, int runsWithoutHr, int overcookedReps,
                       int intervalSessions) {
}
