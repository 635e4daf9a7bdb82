package org.repcheck.history;

/**
 * The shape of the workout the watch ran, from its FIT workout steps. It tells a real quality session from Garmin's
 * daily-suggested runs, whose single step is also flagged {@code interval} (epix2 README).
 */
public enum PlanShape {
    /** No workout steps. */
    NONE,
    /** One work step and nothing else ("Base", "Recovery", "Long Run"): a free run with a pace target. */
    SINGLE_STEP,
    /** Warm-up or cool-down around work steps marked {@code active} (a benchmark or goal-pace run). */
    STEADY_WORK,
    /** Warm-up or cool-down around work steps marked {@code interval}, no recovery (a threshold block). */
    QUALITY_WORK,
    /** Work steps with recovery or rest steps between them: an interval plan. */
    REPEATS;

    /** A plan of hard work: repeats or a framed quality block. */
    public boolean isQuality() {
        return this == REPEATS || this == QUALITY_WORK;
    }
}
