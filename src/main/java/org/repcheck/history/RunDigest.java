package org.repcheck.history;

import org.repcheck.model.HrSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.LocalClock;
import org.repcheck.model.RepSource;
import org.repcheck.model.TimeTrial;

/**
 * What the history keeps of one analysed file: small (no 1 s samples — the steady windows, an HR histogram and a
 * few best efforts), immutable, and made only of records, enums, lists, optionals and numbers so a rerun cache can
 * keep it as JSON. Made by {@link RunDigests#of} in the batch worker from the analysis it already holds.
 *
 * @param id               the caller's id for the run (the report folder id), unique within a history
 * @param file             the input's name as the user gave it
 * @param start            the activity's start; empty for a file without a time axis
 * @param clock            the runner's local clock (SCIENCE §9), as the session report has it
 * @param localDate        the local date: the week it counts in and the days after a session
 * @param sport            "running", "cycling", … as the activity says
 * @param subSport         "treadmill", "generic", … or ""
 * @param elapsedS         wall-clock duration, pauses included, seconds (NaN without a time axis)
 * @param movingS          timer time, pauses excluded, seconds
 * @param distanceM        total distance, metres (NaN when unknown)
 * @param avgHrBpm         mean heart rate over the samples with one, bpm (NaN without HR)
 * @param peakHr60sBpm     the highest 60 s mean heart rate, bpm: spike-proof evidence for the runner's HR max
 * @param hrCoverage       share of the moving samples with a heart rate, 0..1
 * @param hrSource         chest, wrist or unknown
 * @param speedSource      GPS, footpod/accelerometer, treadmill or none
 * @param startLatDeg      the first position, degrees (NaN without GPS): tells a run away from home (route caveat)
 * @param startLonDeg      the first position, degrees (NaN without GPS)
 * @param eligibility      SCIENCE §7 step 1 on the data alone
 * @param repSource        where the reps came from
 * @param plan             the shape of the workout the watch ran (a real plan, or a single-step "Base" run)
 * @param reps             the reps found and judged, in order
 * @param structure        the workout's structure, when it has reps
 * @param windows          the steady 60 s windows (SCIENCE §7 step 2)
 * @param hrHistogram      moving seconds per bpm, for TRIMP
 * @param bestEfforts      fastest stretches over standard distances the run covers (GPS runs only), dated with the
 *                         local date
 * @param ttInForce        the TT the run was judged by
 */
public record RunDigest(String id, String file, Optional<Instant> start, Optional<LocalClock> clock,
                        Optional<LocalDate> localDate, String sport, String subSport, double elapsedS, double movingS,
                        double distanceM, double avgHrBpm, double peakHr60sBpm, double hrCoverage, HrSource hrSource,
                        SpeedSource speedSource, double startLatDeg, double startLonDeg, RunEligibility eligibility,
                        RepSource repSource, PlanShape plan, List<RepDigest> reps,
                        Optional<StructureKey> structure, SteadyWindows windows, HrHistogram hrHistogram,
                        List<TimeTrial> bestEfforts, Optional<TimeTrial> ttInForce) {
    public RunDigest {
        if (id == null || file == null || start == null || clock == null || localDate == null || sport == null
                || subSport == null || hrSource == null || speedSource == null || eligibility == null
                || repSource == null || plan == null || structure == null || windows == null || hrHistogram == null
                || ttInForce == null) {
            throw new IllegalArgumentException("run digest fields must not be null");
        }
        reps = List.copyOf(reps);
        bestEfforts = List.copyOf(bestEfforts);
    }

    public boolean isRunning() {
        return sport.equals("running");
    }
}
