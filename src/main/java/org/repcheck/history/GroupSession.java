package org.repcheck.history;

import java.time.LocalDate;
import java.util.List;

/**
 * One session of a workout group.
 *
 * @param id            the run's id
 * @param date          its local date
 * @param reps          its reps (pace against band, verdict, HR each)
 * @param meanSpeedMps  mean rep speed (total rep distance over total rep time), m/s
 * @param meanHrBpm     mean of the reps' average HR, bpm (NaN without HR)
 */
public record GroupSession(String id, LocalDate date, List<RepDigest> reps, double meanSpeedMps, double meanHrBpm) {
    public GroupSession {
        reps = List.copyOf(reps);
    }
}
