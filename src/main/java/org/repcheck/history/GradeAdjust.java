package org.repcheck.history;

/**
 * Grade-adjusted speed: the flat speed of the same energy cost, by Minetti et al. (2002)'s cost of running on a
 * gradient, C(i) = 155.4i⁵ − 30.4i⁴ − 43.3i³ + 46.3i² + 19.5i + 3.6 J/kg/m, scaled by C(i)/C(0). One place for the
 * rule: the digest applies it, the history generator inverts it.
 */
public final class GradeAdjust {
    /** Steeper windows are dropped: the model is for running, and GPS altitude over 60 s is not that good. */
    public static final double MAX_GRADE = 0.06;

    private GradeAdjust() {
    }

    /** Energy cost of running at grade {@code i} (fraction), J/kg/m. */
    public static double costJPerKgM(double i) {
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
    }

    /** The flat-equivalent speed of running at {@code speedMps} on grade {@code i}; unchanged for NaN grade. */
    public static double flatSpeedMps(double speedMps, double i) {
        return Double.isNaN(i) ? speedMps : speedMps * costJPerKgM(i) / costJPerKgM(0);
    }

    /** The speed on grade {@code i} that costs as much as {@code flatMps} on the flat (the inverse). */
    public static double speedOnGradeMps(double flatMps, double i) {
        return flatMps * costJPerKgM(0) / costJPerKgM(i);
    }
}
