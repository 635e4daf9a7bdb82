package org.repcheck.detect;

import java.util.OptionalDouble;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * How strongly a run's own speed follows its recorded grade: the slope of log speed on grade, within the run's pace
 * classes. It tells the terrain's altitude from a GPS chip's.
 *
 * <p>A runner slows on a climb. Where the altitude is the terrain's (a barometer), the speed inside each pace class
 * falls with the measured grade: on the real barometric twins (FR745, vívoactive 4, epix, fenix 5X) the slope over
 * a ±15 s grade is -0.8 to -2.8, on the generated hilly sessions -2.0 to -2.7 (the grade model itself is -3 uphill
 * and -1.5 downhill). Where the altitude is a GPS chip's (the FR245 has no barometer), its metres of slow wander are
 * grade no runner felt, and the speed does not follow it: the slope is -0.3 to +0.4 on every real FR245 twin, as on
 * generated sessions with GPS altitude and no hills. A grade that is part terrain and part noise gives a slope
 * shrunk in proportion (regression dilution).
 *
 * <p>The slope is taken within the run's two pace classes (Otsu's split of the raw speed), on samples at least
 * {@link #EDGE_S} from a change of class, so that the reps' speed-ups are not read as a response to the ground.
 */
final class GradeResponse {
    /** Samples this close to a change of pace class are left out: a rep's start is no response to the ground. */
    static final double EDGE_S = 20;
    /** Fewer usable samples than this, and the slope cannot tell. */
    private static final int MIN_SAMPLES = 120;
    /** Nor on a grade this flat (its SD): a course with no measurable climb. */
    static final double MIN_GRADE_SD = 0.003;

    private GradeResponse() {
    }

    /**
     * The slope of log speed on grade inside the run's pace classes; empty where it cannot tell (too few samples, a
     * flat course).
     *
     * @param in the points to use (the running, not a transition or a drive)
     * @param v smoothed speed, not grade-adjusted
     * @param grade the grade at each grid point (NaN where too little distance was run to measure one)
     */
    static OptionalDouble slope(Track track, boolean[] in, double[] v, double[] grade) {
        int n = track.n;
        boolean[] moving = new boolean[n];
        for (int i = 0; i < n; i++) {
            moving[i] = in[i] && !track.paused[i] && v[i] >= SignalSegmenter.MOVING_MPS
                    && v[i] <= SignalSegmenter.MAX_MPS;
        }
        PaceSplit split = PaceSplit.of(v, moving, SignalSegmenter.MOVING_MPS, SignalSegmenter.MAX_MPS);
        if (split.samples() == 0) {
            return OptionalDouble.empty();
        }
        // Class of each point: 0 easy, 1 fast, -1 not moving.
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            cls[i] = !moving[i] ? -1 : v[i] >= split.threshold() ? 1 : 0;
        }
        double[] centre = {logMedian(v, cls, 0), logMedian(v, cls, 1)};
        int edge = (int) Math.ceil(EDGE_S / track.dt);
        SimpleRegression ols = new SimpleRegression(true);
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i < n && cls[i] == cls[runStart]) {
                continue;
            }
            // [runStart, i) is one stretch of one class: its inside is used.
            int c = cls[runStart];
            for (int j = runStart + edge; c >= 0 && j < i - edge; j++) {
                if (!Double.isNaN(grade[j])) {
                    ols.addData(grade[j], Math.log(v[j]) - centre[c]);
                }
            }
            runStart = i;
        }
        if (ols.getN() < MIN_SAMPLES || !(ols.getXSumSquares() / ols.getN() >= MIN_GRADE_SD * MIN_GRADE_SD)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(ols.getSlope());
    }

    private static double logMedian(double[] v, int[] cls, int c) {
        int k = 0;
        for (int x : cls) {
            k += x == c ? 1 : 0;
        }
        double[] logs = new double[k];
        k = 0;
        for (int i = 0; i < v.length; i++) {
            if (cls[i] == c) {
                logs[k++] = Math.log(v[i]);
            }
        }
        return k == 0 ? 0 : org.repcheck.model.Median.of(logs);
    }
}
