package org.repcheck.history;

/** What a reader of a week-after number must know (SCIENCE §7 step 7); shown with the number. */
public enum Caveat {
    /** The files carry no temperature: heat, which raises HR at a pace, cannot be ruled out. */
    HEAT_NOT_MEASURED,
    /** Some post-session windows were on grades and were grade-adjusted (Minetti), a model, not a measurement. */
    HILLS_GRADE_ADJUSTED,
    /** A post-session run has no altitude: its grade, so its route, is unknown. */
    GRADE_UNKNOWN,
    /** A post-session run started far (over 50 km) from every baseline run: another route, maybe another climate. */
    NEW_PLACE,
    /** Heart rate from the wrist: noisier, and prone to locking onto step rate. */
    WRIST_HR,
    /** The HR source is not recorded in the files. */
    HR_SOURCE_UNKNOWN,
    /**
     * A post-session run's HR came from another kind of sensor (strap or wrist) than the baseline runs': a wrist
     * sensor can read a few bpm off a strap, which shifts the residual by itself.
     */
    HR_SOURCE_CHANGED,
    /** Treadmill runs in the window were left out (SCIENCE §7 step 1). */
    TREADMILL_EXCLUDED,
    /** Runs without GPS or footpod speed in the window were left out. */
    NO_SPEED_EXCLUDED,
    /**
     * The post-session runs were faster at the same HR, i.e. a lower HR at the pace, beyond the smallest worthwhile
     * change: accumulated fatigue can do that (functional overreaching), so it is flagged, not celebrated.
     */
    LOW_HR_AT_PACE,
    /** Another hard session fell on D+1..D+3: some of the cost may be its. */
    HARD_SESSION_IN_WINDOW
}
