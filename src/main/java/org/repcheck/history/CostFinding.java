package org.repcheck.history;

/** What the history may say about overcooking and the week after (SCIENCE §7 step 6, last sentence). */
public enum CostFinding {
    /** The cost after overcooked sessions is larger, and the permutation p-value is at most 0.05. */
    MORE_COST_AFTER_OVERCOOKED,
    /** Enough sessions, no difference shown. */
    NO_DIFFERENCE_DETECTED,
    /** Fewer than 3 overcooked or 3 on-target sessions with a week-after number. */
    NOT_ENOUGH_SESSIONS
}
