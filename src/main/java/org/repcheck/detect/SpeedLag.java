package org.repcheck.detect;

import java.util.Arrays;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * A watch's speed channel runs late. Garmin, Coros and Suunto watches write a speed the watch has smoothed, and on
 * every GPS file of ../shared/corpus/reps it trails the speed of the watch's own distance by 3-12 s (median 5 s;
 * a treadmill's, which is the distance's source, by 0-1 s). Boundaries are placed on the speed channel's distance
 * ({@link Track#timingSeries}), so the lag moved every rep late: the real recordings read without their laps had a
 * median boundary error of 4.6 s against 2.5 s for their GPX twins, and the FR245's 20 s strides ran on into the
 * walk after them until none was a stride. The lag is measured per file, as the shift that best lines the
 * channel's speed up with the distance's, and taken out (boundaries 2.8 s; the strides found again).
 */
final class SpeedLag {
    private SpeedLag() {
    }

    /** The longest lag looked for: the FR920XT and fenix 7 Pro files reach 12 s. */
    static final double MAX_LAG_S = 15;
    /**
     * The shift must line the two speeds up this much better (correlation) than none: a channel that is on time
     * (a treadmill's, the generated Doppler speed) stays where it is.
     */
    static final double MIN_GAIN = 0.02;
    /** Half-width of the difference both speeds are taken over: GPS distance is too noisy second by second. */
    static final double HALF_S = 2;

    /** {@code motion} moved earlier by its lag behind {@code dist}; the same array when it has none. */
    static double[] aligned(double[] motion, double[] dist, double dt) {
        return shifted(motion, lagSteps(motion, dist, dt, Double.NEGATIVE_INFINITY));
    }

    /**
     * The positions' path is a witness of when the runner sped up only when it follows the speed this well
     * (correlation at the best lag): positions that drift in place (GPS on, on a treadmill or indoors) correlate
     * with nothing, and an on-time speed is then left alone...
     */
    static final double MIN_WITNESS_CORRELATION = 0.5;
    /** ...and when its length lies within this share of the speed's distance. */
    static final double WITNESS_DISTANCE_SHARE = 0.2;

    /**
     * {@code motion} moved earlier by its lag behind {@code path}, a path through the positions that follows it
     * ({@link #MIN_WITNESS_CORRELATION}, {@link #WITNESS_DISTANCE_SHARE}); the same array otherwise.
     */
    static double[] alignedToPath(double[] motion, double[] path, double dt) {
        double total = motion[motion.length - 1] - motion[0];
        double pathTotal = path[path.length - 1] - path[0];
        if (!(Math.abs(pathTotal - total) <= WITNESS_DISTANCE_SHARE * total)) {
            return motion;
        }
        return shifted(motion, lagSteps(motion, path, dt, MIN_WITNESS_CORRELATION));
    }

    private static double[] shifted(double[] motion, int lag) {
        if (lag == 0) {
            return motion;
        }
        int n = motion.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = motion[Math.min(n - 1, i + lag)];
        }
        return out;
    }

    /** The lag in grid steps, 0 when none is clear. */
    static int lagSteps(double[] motion, double[] dist, double dt) {
        return lagSteps(motion, dist, dt, Double.NEGATIVE_INFINITY);
    }

    /** The lag in grid steps, 0 when none is clear or the best correlation is under {@code minCorrelation}. */
    private static int lagSteps(double[] motion, double[] dist, double dt, double minCorrelation) {
        int h = Math.max(1, (int) Math.round(HALF_S / dt));
        int maxLag = (int) Math.round(MAX_LAG_S / dt);
        int n = motion.length;
        if (n < 4 * (maxLag + h) + 2) {
            return 0;
        }
        double[] fromDist = speed(dist, h, dt);
        double[] fromSpeed = speed(motion, h, dt);
        double atZero = correlation(fromDist, fromSpeed, 0, h + maxLag);
        int best = 0;
        double bestCorrelation = atZero;
        for (int lag = 1; lag <= maxLag; lag++) {
            double c = correlation(fromDist, fromSpeed, lag, h + maxLag);
            if (c > bestCorrelation) {
                bestCorrelation = c;
                best = lag;
            }
        }
        return bestCorrelation - atZero >= MIN_GAIN && bestCorrelation >= minCorrelation ? best : 0;
    }

    private static double[] speed(double[] cum, int h, double dt) {
        double[] v = new double[cum.length];
        for (int i = h; i + h < cum.length; i++) {
            v[i] = (cum[i + h] - cum[i - h]) / (2 * h * dt);
        }
        return v;
    }

    /** Pearson correlation of {@code a[i]} with {@code b[i + lag]}, away from both ends by {@code margin}. */
    private static double correlation(double[] a, double[] b, int lag, int margin) {
        double[] x = Arrays.copyOfRange(a, margin, a.length - margin);
        double[] y = Arrays.copyOfRange(b, margin + lag, b.length - margin + lag);
        double r = new PearsonsCorrelation().correlation(x, y);
        return Double.isFinite(r) ? r : 0;
    }
}
