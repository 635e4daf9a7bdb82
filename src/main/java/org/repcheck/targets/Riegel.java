package org.repcheck.targets;

import org.repcheck.model.TimeTrial;

/**
 * Riegel's race-time model {@code T2 = T1·(D2/D1)^1.06} (docs/science.md §4): race equivalents, used to normalise a TT
 * to 5 km and to predict the race pace over a rep's distance — the absolute limit for any rep.
 */
public final class Riegel {
    public static final double EXPONENT = 1.06;

    private Riegel() {
    }

    /** Predicted time (s) over {@code distanceM} from a performance of {@code fromTimeS} over {@code fromDistanceM}. */
    public static double predictTimeS(double fromDistanceM, double fromTimeS, double distanceM) {
        return fromTimeS * Math.pow(distanceM / fromDistanceM, EXPONENT);
    }

    public static double predictTimeS(TimeTrial tt, double distanceM) {
        return predictTimeS(tt.distanceM(), tt.timeS(), distanceM);
    }

    /** Predicted race speed (m/s) over {@code distanceM}. */
    public static double raceSpeedMps(TimeTrial tt, double distanceM) {
        return distanceM / predictTimeS(tt, distanceM);
    }

    /** The TT as its 5 km equivalent (same date). */
    public static TimeTrial normaliseTo5k(TimeTrial tt) {
        return new TimeTrial(5000.0, predictTimeS(tt, 5000.0), tt.date());
    }
}
