package org.repcheck.history;

import java.time.LocalDate;

/** A run on D+1..D+3 the week after did not use, and why — so the page can name it. */
public record SkippedRun(String id, LocalDate date, int daysAfter, Reason reason) {
    public enum Reason {
        /** Classed hard (interval, tempo, race). */
        HARD_SESSION,
        /** A long run: not an easy run's evidence (drift over 90 min and more). */
        LONG_RUN,
        /** Data not eligible (see the run's {@link RunEligibility}). */
        NOT_ELIGIBLE,
        /** A treadmill run. */
        TREADMILL,
        /** No GPS or footpod speed. */
        NO_SPEED,
        /** Fewer steady windows than a run needs to count ({@code WeekAfters.MIN_WINDOWS}). */
        FEW_WINDOWS
    }
}
