package org.repcheck.detect;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Recognises time-based reps (6 × 3 min, 4 × 6 min, 20 × 30 s): the whole minute, half minute or quarter minute
 * the reps of a session share. A coarser unit is tried first, so 360 s stays "6 min" rather than "24 × 15 s".
 */
final class DurationRounder {
    private static final double[] UNITS_S = {60, 30, 15};

    private DurationRounder() {
    }

    /** Tolerance around a nominal duration: button presses and boundary estimates are good to a couple of seconds. */
    static double toleranceS(double nominalS) {
        return Math.max(2.5, 0.015 * nominalS);
    }

    /** The nominal duration at least three quarters of the reps share, if any (two reps or more). */
    static OptionalDouble common(double[] durationsS) {
        if (durationsS.length < 2) {
            return OptionalDouble.empty();
        }
        double[] sorted = durationsS.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        for (double unit : UNITS_S) {
            double nominal = Math.round(median / unit) * unit;
            if (nominal <= 0) {
                continue;
            }
            int hits = 0;
            for (double d : durationsS) {
                if (Math.abs(d - nominal) <= toleranceS(nominal)) {
                    hits++;
                }
            }
            if (hits * 4 >= durationsS.length * 3) {
                return OptionalDouble.of(nominal);
            }
        }
        return OptionalDouble.empty();
    }

    /** Mean relative distance of the durations from a nominal duration. */
    static double meanRelativeResidual(double[] durationsS, double nominalS) {
        double sum = 0;
        for (double d : durationsS) {
            sum += Math.abs(d - nominalS) / nominalS;
        }
        return sum / Math.max(1, durationsS.length);
    }
}
