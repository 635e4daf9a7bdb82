package org.repcheck.detect;

/**
 * The ground's grade along a track, and the speed it is worth: finding reps compares efforts, and a climb run at
 * rep effort is slower on the ground than the flat around it. Which grade to believe is {@link GradeResponse}'s
 * question: a GPS chip's altitude wanders by metres over half a minute, a barometer's does not.
 */
final class Grades {
    private Grades() {
    }

    /** Half-width of the grade window, seconds: short enough to follow a 400 m hill, long enough to beat noise. */
    static final double HALF_S = 15;
    /**
     * A run whose speed follows its 30 s grade less than this (the slope of log speed on grade, see
     * {@link GradeResponse}) has altitude that is mostly a GPS chip's wander: read once more with the grade over
     * {@link #LONG_HALF_S}. Real FR245 twins (no barometer) give -0.3 to +0.4, barometric ones on rolling ground
     * -0.8 to -2.8 (on flat ground either kind may read weak: the second reading is then kept only by the rules of
     * {@link GradeReadings}).
     */
    static final double WEAK_RESPONSE_SLOPE = -0.5;
    /**
     * Half-width of the grade window for the second reading. GPS altitude's error wanders over about 40 s, so over
     * ±60 s a climb of the ground outgrows it: on the real FR245 twins the speed follows the ±60 s grade (slopes to
     * -1.7) where it ignores the ±15 s one.
     */
    static final double LONG_HALF_S = 60;

    /**
     * Grade-adjusts speed where the file has altitude: climbing at 3 % costs about what running 9 % faster on the
     * flat does, descending gives back about half that (Minetti's cost of running, as in "grade-adjusted pace").
     * Without it a hilly easy run looks like fartlek and a 3 km rep on rolling roads falls apart at every climb.
     * Only finding the reps uses it (the split and the boundaries); reps are measured on the raw distance.
     *
     * @param v smoothed speed, adjusted in place
     * @param grade the grade at each point ({@link #over}), null where the file has no altitude
     * @return grade-adjusted cumulative distance (the raw distance where there is no altitude)
     */
    static double[] adjust(Track track, double[] v, double[] grade) {
        double[] effort = new double[track.n];
        double[] base = track.timingSeries();
        for (int i = 0; i < track.n; i++) {
            double f = 1;
            if (grade != null && !Double.isNaN(grade[i])) {
                f = grade[i] > 0 ? 1 + 3.0 * grade[i] : 1 + 1.5 * grade[i];
            }
            v[i] *= f;
            if (i > 0) {
                effort[i] = effort[i - 1] + (base[i] - base[i - 1]) * f;
            }
        }
        return effort;
    }

    /** The grade over ±{@code halfS} seconds, within ±15 %; NaN where under 30 m was run to measure it. */
    static double[] over(Track track, double halfS) {
        double[] grade = new double[track.n];
        int g = Math.max(1, (int) Math.round(halfS / track.dt));
        for (int i = 0; i < track.n; i++) {
            int a = Math.max(0, i - g);
            int b = Math.min(track.n - 1, i + g);
            double run = track.dist[b] - track.dist[a];
            grade[i] = run >= 30 ? Math.max(-0.15, Math.min(0.15, (track.alt[b] - track.alt[a]) / run)) : Double.NaN;
        }
        return grade;
    }
}
