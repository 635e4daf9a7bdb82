package org.repcheck.history;

/**
 * Why a run got its class; {@link Classification#value()} and {@link Classification#threshold()} carry the numbers,
 * in the unit each constant names.
 */
public enum ClassBasis {
    /** Not running: value/threshold NaN. */
    NOT_RUNNING,
    /** Reps found (value = number of reps, threshold = the least that makes a session). */
    REPS_FOUND,
    /**
     * The watch ran a quality plan ({@link PlanShape#isQuality()}) and its work was found (value = reps found,
     * threshold = 1): a threshold block of warm-up / work / cool-down is a quality session even with one rep.
     */
    PLANNED_QUALITY_WORKOUT,
    /** The watch ran a framed steady plan (benchmark, goal pace) and its work was found (value = reps found). */
    PLANNED_STEADY_WORK,
    /** A tempo block was found (value = its duration s, threshold NaN). */
    TEMPO_BLOCK,
    /** Sustained hard heart rate (value = seconds at or above the threshold HR, threshold = that HR, bpm). */
    SUSTAINED_HARD_HR,
    /** Long (value = moving time s, threshold = 5400 s). */
    DURATION,
    /**
     * Race-like effort against the TT in force (value = the effort's speed over the speed the TT predicts over that
     * distance (Riegel), threshold = the ratio needed).
     */
    EFFORT_VS_TT,
    /**
     * Race-like effort with no TT: the effort is within reach of the history's best at that distance and most of the
     * run (value = effort speed / the history's best speed at that distance, threshold = the ratio needed).
     */
    EFFORT_VS_HISTORY,
    /** Race-like effort by heart rate with no TT (value = mean HR / HR max, threshold = the fraction needed). */
    EFFORT_VS_HR_MAX,
    /** Nothing hard found (value = mean HR / HR max, NaN without HR; threshold NaN). */
    NOTHING_HARD
}
