package org.repcheck.targets;

import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * The absolute limit (docs/science.md §4): no rep should be faster than the runner's predicted RACE pace over the rep's
 * distance, Riegel from the TT in force — whatever the model. A band whose fast edge reaches past that limit (the
 * critical-speed hyperbola does for short reps) is moved back to start at the race pace, keeping its width, so the
 * {@code targets} table and {@code judge} agree.
 */
public final class RacePaceLimit {
    private RacePaceLimit() {
    }

    /** Race speed (m/s) over the band's distance. */
    public static double raceSpeedMps(TimeTrial tt, double distanceM) {
        return Riegel.raceSpeedMps(tt, distanceM);
    }

    /** True when the model's band is faster than the race pace, so {@link #apply} moves it. */
    public static boolean binds(TargetBand band, TimeTrial tt) {
        return band.fastSpeedMps() > raceSpeedMps(tt, band.distanceM());
    }

    /** The band, held back to the race pace when it reaches past it (widths kept in s/km). */
    public static TargetBand apply(TargetBand band, TimeTrial tt) {
        if (!binds(band, tt)) {
            return band;
        }
        double fast = Pace.sPerKm(band.fastSpeedMps());
        double slow = Pace.sPerKm(band.slowSpeedMps());
        double race = Pace.sPerKm(raceSpeedMps(tt, band.distanceM()));
        return new TargetBand(band.distanceM(), Pace.mps(race), Pace.mps(race + (slow - fast)), band.model(),
                band.extrapolated());
    }
}
