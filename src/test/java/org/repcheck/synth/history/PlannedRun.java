package org.repcheck.synth.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One generated run and its truth.
 *
 * @param id            its id in the history
 * @param start         its start (UTC)
 * @param date          its local date
 * @param week          0-based week of the history
 * @param kind          easy, long or interval
 * @param durationS     moving time, seconds
 * @param flatSpeedMps  the speed the runner holds, as flat-equivalent (on hills the real speed follows the grade)
 * @param hrBpm         the steady HR at that speed that day: the relation's, plus the day's noise, heat and cost
 * @param costSPerKm    the slowdown at the same HR injected into this run, s/km (0 when none)
 * @param hot           a hot day
 * @param hilly         over rolling hills
 * @param overcooked    for an interval session: its reps were overcooked
 * @param treadmill     run on a treadmill (out of the week after)
 */
public record PlannedRun(String id, Instant start, LocalDate date, int week, Kind kind, double durationS,
                         double flatSpeedMps, double hrBpm, double costSPerKm, boolean hot, boolean hilly,
                         boolean overcooked, boolean treadmill) {
    public enum Kind { EASY, LONG, INTERVAL }
}
