package org.repcheck.history;

/**
 * Whether a run's data can enter the week after (SCIENCE §7 step 1), and the first reason it cannot. Whether it is
 * an interval session is decided by the history's classification, not here.
 */
public enum RunEligibility {
    ELIGIBLE,
    /** Not a run (ride, hike, ski …). */
    NOT_RUNNING,
    /** Under 20 min of moving time. */
    TOO_SHORT,
    /** Heart rate on under 90 % of the moving time. */
    HR_COVERAGE_LOW,
    /** Neither GPS nor a footpod/accelerometer distance. */
    NO_SPEED_SOURCE,
    /** A treadmill run: out unless calibrated (repcheck has no calibration). */
    TREADMILL,
    /** Eligible by the data but no 60 s window passed the steady-window tests. */
    NO_STEADY_WINDOWS
}
