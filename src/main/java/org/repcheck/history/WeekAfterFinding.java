package org.repcheck.history;

/** What the week after an interval session may say (SCIENCE §7 step 6); {@code report} words it. */
public enum WeekAfterFinding {
    /** ≥ 2 post-session runs and the 90 % interval lies wholly beyond the smallest worthwhile change. */
    SLOWER_AT_SAME_HR,
    /** The interval excludes 0 (slower) but not the smallest worthwhile change. */
    POSSIBLY_SLOWER,
    /** Neither: the interval reaches 0, or lies on the faster side. */
    NO_DETECTABLE_CHANGE,
    /** Fewer than 2 eligible easy runs on D+1..D+3: no number is given. */
    NOT_ENOUGH_EASY_RUNS,
    /** Fewer than 6 fresh easy runs in the 4 weeks before: no baseline, no number. */
    NOT_ENOUGH_BASELINE
}
