package org.repcheck.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.TimeTrial;

/**
 * Which time trials count for a workout on a given date.
 *
 * <p>Rule (docs/cli.md: "the latest one dated on or before the workout's date; an undated TT is always in force"),
 * with the mix of dated and undated TTs decided so: a dated TT on or before the workout's date beats an undated
 * one, because it says when the runner was that fit, while an undated TT is a standing fallback that applies when
 * no dated one does (a profile's old TT, or a plain {@code --tt 5k=20:00}). Among equals the one given last wins,
 * so a later {@code --tt} overrides an earlier one. A workout with no date (no time axis) sees every TT as "on or
 * before".
 */
public final class TimeTrials {
    private TimeTrials() {
    }

    /** The one TT in force on {@code workoutDate}, or empty when none is. */
    public static Optional<TimeTrial> inForce(List<TimeTrial> trials, LocalDate workoutDate) {
        return inForce(trials, Optional.of(workoutDate));
    }

    public static Optional<TimeTrial> inForce(List<TimeTrial> trials, Optional<LocalDate> workoutDate) {
        TimeTrial bestDated = null;
        TimeTrial lastUndated = null;
        for (TimeTrial tt : trials) {
            if (tt.date().isEmpty()) {
                lastUndated = tt;
            } else if (onOrBefore(tt, workoutDate)
                    && (bestDated == null || !tt.date().get().isBefore(bestDated.date().get()))) {
                bestDated = tt;
            }
        }
        return Optional.ofNullable(bestDated != null ? bestDated : lastUndated);
    }

    /** Every TT that may inform a workout on that date (for critical speed): undated ones and those on or before it. */
    public static List<TimeTrial> allInForce(List<TimeTrial> trials, Optional<LocalDate> workoutDate) {
        List<TimeTrial> out = new ArrayList<>();
        for (TimeTrial tt : trials) {
            if (tt.date().isEmpty() || onOrBefore(tt, workoutDate)) {
                out.add(tt);
            }
        }
        return List.copyOf(out);
    }

    public static List<TimeTrial> allInForce(List<TimeTrial> trials, LocalDate workoutDate) {
        return allInForce(trials, Optional.of(workoutDate));
    }

    private static boolean onOrBefore(TimeTrial tt, Optional<LocalDate> workoutDate) {
        return workoutDate.isEmpty() || !tt.date().get().isAfter(workoutDate.get());
    }

    /** "5 km in 20:00 (2026-09-01)" for reasons and notes. */
    public static String describe(TimeTrial tt) {
        return TimeTrialSpec.describeDistance(tt.distanceM()) + " in " + TimeTrialSpec.Clock.format(tt.timeS())
                + tt.date().map(d -> " (" + d + ")").orElse("");
    }
}
