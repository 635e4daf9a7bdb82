package org.repcheck.model;

import java.util.OptionalDouble;

/**
 * One work bout. Times are seconds since the activity's start.
 *
 * @param index               1-based, in session order
 * @param durationS           running time: end minus start, less any pause inside the rep
 * @param distanceM           the distance the rep is judged on (see {@code basis})
 * @param measuredDistanceM   what the device measured over the rep
 * @param nominalDistanceM    the step's or snapped distance, when there is one
 * @param nominalDurationS    for time-based reps (6 × 3 min), the planned duration
 * @param avgHr               NaN without heart rate
 * @param kind                a rep, or a sustained tempo block judged by another rule
 */
public record Rep(int index, double startS, double endS, double durationS, double distanceM,
                  double measuredDistanceM, DistanceBasis basis, OptionalDouble nominalDistanceM,
                  OptionalDouble nominalDurationS, double avgHr, double maxHr, RepKind kind) {
    public Rep {
        if (basis == null || nominalDistanceM == null || nominalDurationS == null || kind == null) {
            throw new IllegalArgumentException("rep fields must not be null");
        }
        if (!(endS >= startS)) {
            throw new IllegalArgumentException("rep ends before it starts: " + startS + ".." + endS);
        }
    }

    /** A plain rep (the common case). */
    public Rep(int index, double startS, double endS, double durationS, double distanceM, double measuredDistanceM,
               DistanceBasis basis, OptionalDouble nominalDistanceM, OptionalDouble nominalDurationS, double avgHr,
               double maxHr) {
        this(index, startS, endS, durationS, distanceM, measuredDistanceM, basis, nominalDistanceM, nominalDurationS,
                avgHr, maxHr, RepKind.REP);
    }

    /** Average speed over the judged distance, m/s. */
    public double speedMps() {
        return distanceM / durationS;
    }
}
