package org.repcheck.detect;

import java.util.OptionalDouble;

/**
 * A work bout as a detector level found it, before it is measured: its time span and what the evidence says about
 * its planned size. Seconds since the activity's start.
 *
 * @param stepDistanceM   the workout step's planned distance (distance-based step)
 * @param stepDurationS   the workout step's planned duration (time-based step)
 * @param deviceDistanceM the distance the device recorded for the lap, NaN when none (signal reps)
 * @param deviceTimerS    the lap's timer time, NaN when none
 */
record RepSpan(double startS, double endS, OptionalDouble stepDistanceM, OptionalDouble stepDurationS,
               double deviceDistanceM, double deviceTimerS) {

    static RepSpan of(double startS, double endS) {
        return new RepSpan(startS, endS, OptionalDouble.empty(), OptionalDouble.empty(), Double.NaN, Double.NaN);
    }

    /** Seconds this span and {@code other} share; 0 when they do not meet. */
    double overlapS(RepSpan other) {
        return Math.max(0, Math.min(endS, other.endS) - Math.max(startS, other.startS));
    }

    boolean planned() {
        return stepDistanceM.isPresent() || stepDurationS.isPresent();
    }
}
