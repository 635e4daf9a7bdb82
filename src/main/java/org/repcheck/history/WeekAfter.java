package org.repcheck.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The week after one interval session D (SCIENCE §7): its easy runs on D+1..D+3 against the runner's fresh
 * baseline, with the finding the evidence allows. {@code interval} is present only when the finding is a
 * comparison (slower, possibly slower, no detectable change): a session without enough data has no number.
 *
 * @param sessionId   the interval session's id
 * @param sessionDate its local date D
 * @param overcooked  the session's label for the cross-history test, when its reps were judged
 * @param baseline    the baseline (its size is shown even when too small)
 * @param postRuns    the runs used, oldest first
 * @param skipped     runs on D+1..D+3 left out, with why
 * @param interval    the mean residual with its 90 % interval
 * @param lowHrAtPace the interval lies wholly beyond the SWC on the faster side: lower HR at pace, flagged
 * @param caveats     what to read with the number
 */
public record WeekAfter(String sessionId, LocalDate sessionDate, Optional<SessionLabel> overcooked,
                        WeekAfterFinding finding, Baseline baseline, List<PostRun> postRuns,
                        List<SkippedRun> skipped, Optional<ResidualInterval> interval, boolean lowHrAtPace,
                        List<Caveat> caveats) {
    public WeekAfter {
        if (sessionId == null || sessionDate == null || overcooked == null || finding == null || baseline == null
                || interval == null) {
            throw new IllegalArgumentException("week-after fields must not be null");
        }
        postRuns = List.copyOf(postRuns);
        skipped = List.copyOf(skipped);
        caveats = List.copyOf(caveats);
    }
}
