package org.repcheck.detect;

/**
 * Places a pace change on cumulative distance: the breakpoint of the two straight lines (steady pace before, steady
 * pace after) that best fit distance against time in a window, refined to the lines' intersection so the boundary
 * is good to a fraction of a second. Least squares over local prefix sums: O(window) per boundary.
 */
final class BreakpointFit {
    private BreakpointFit() {
    }

    /**
     * @param series cumulative distance on the track's grid (or grade-adjusted distance)
     * @param guess  grid index near the change (a threshold crossing)
     * @param lo     first grid index the fit may use
     * @param hi     last grid index the fit may use
     * @param search how far from {@code guess} the breakpoint may move, grid points
     * @param local  how far either side of a candidate the two lines are fitted, grid points
     * @return the boundary time, seconds since the activity's start
     */
    static double refine(Track track, double[] series, int guess, int lo, int hi, int search, int local) {
        return refine(track, series, guess, lo, hi, search, local, Windows.AROUND_EACH);
    }

    /**
     * Where the two lines are fitted for each candidate breakpoint.
     * <ul>
     * <li>{@link #AROUND_EACH}: {@code local} points either side of the candidate, so a rep that opens with a surge
     * and settles is judged near its edge, not as one line to its middle. A rep chopped by a dip is placed piece by
     * piece this way (on the realistic generated mix one window round the crossing lost 4 interval sessions of
     * 300).</li>
     * <li>{@link #AROUND_GUESS}: one window, {@code local} points either side of the guess, for every candidate. A
     * stride is shorter than two windows, so windows round each candidate are cut at the bout's middle: the
     * candidates then compete on windows of different sizes, a longer window's larger residual wins, and a 22 s
     * stride's end was put 20 s into the jog after it (and failed to stand out from the running around it). On one
     * window every candidate is judged on the same points.</li>
     * </ul>
     */
    enum Windows {
        AROUND_EACH, AROUND_GUESS
    }

    /** As {@link #refine(Track, double[], int, int, int, int, int)}, with the two lines fitted over {@code windows}. */
    static double refine(Track track, double[] series, int guess, int lo, int hi, int search, int local,
                         Windows windows) {
        lo = Math.max(0, lo);
        hi = Math.min(track.n - 1, hi);
        int kFrom = Math.max(lo + 2, guess - search);
        int kTo = Math.min(hi - 2, guess + search);
        if (kFrom > kTo) {
            return track.time(Math.max(0, Math.min(track.n - 1, guess)));
        }
        int len = hi - lo + 1;
        LocalFits fits = new LocalFits(series, lo, len);
        // Each candidate is judged on a local window either side (a rep that opens with a surge and then settles
        // is not one straight line to its middle), by how much better two lines fit that window than one: inside
        // a steady stretch two lines fit no better, at the change of pace they fit far better.
        double best = Double.NEGATIVE_INFINITY;
        int bestK = guess;
        for (int k = kFrom; k <= kTo; k++) {
            int j = k - lo;
            int centre = windows == Windows.AROUND_GUESS ? guess - lo : j;
            int a = Math.max(0, centre - local);
            int b = Math.min(len - 1, centre + local);
            if (j - a < 2 || b - j < 2) {
                continue;
            }
            double gain = fits.sse(a, b)
                    - fits.sse(a, j) - fits.sse(j, b);
            if (gain > best) {
                best = gain;
                bestK = k;
            }
        }
        // Then the exact point near it: the least mean squared residual of the two local lines.
        int near = Math.max(2, local / 6);
        double bestMse = Double.POSITIVE_INFINITY;
        int coarse = bestK;
        for (int k = Math.max(kFrom, coarse - near); k <= Math.min(kTo, coarse + near); k++) {
            int j = k - lo;
            int a = Math.max(0, j - local);
            int b = Math.min(len - 1, j + local);
            double mse = (fits.sse(a, j) + fits.sse(j, b)) / (b - a + 2);
            if (mse < bestMse) {
                bestMse = mse;
                bestK = k;
            }
        }
        int j = bestK - lo;
        double[] left = fits.line(Math.max(0, j - local), j);
        double[] right = fits.line(j, Math.min(len - 1, j + local));
        double x = j;
        if (Math.abs(left[0] - right[0]) > 1e-6) {
            double cross = (right[1] - left[1]) / (left[0] - right[0]);
            if (Math.abs(cross - j) <= 1.5) {
                x = cross;
            }
        }
        return track.time(lo) + x * track.dt;
    }

    /**
     * The best single breakpoint of a cumulative series {@code y} (distance, or grade-adjusted distance) inside a
     * bout, as {grid index, rate before, rate after} (per grid step / dt), with at least {@code minSeg} grid points
     * either side; null when the bout is too short to split.
     */
    static double[] split(double[] series, double dt, int lo, int hi, int minSeg) {
        int len = hi - lo + 1;
        if (len < 2 * minSeg + 1) {
            return null;
        }
        LocalFits fits = new LocalFits(series, lo, len);
        double best = Double.POSITIVE_INFINITY;
        int bestJ = -1;
        for (int j = minSeg; j <= len - 1 - minSeg; j++) {
            double sse = fits.sse(0, j) + fits.sse(j, len - 1);
            if (sse < best) {
                best = sse;
                bestJ = j;
            }
        }
        double[] left = fits.line(0, bestJ);
        double[] right = fits.line(bestJ, len - 1);
        return new double[] {lo + bestJ, left[0] / dt, right[0] / dt};
    }

    /**
     * Prefix sums of x = 0..len-1 (grid steps from {@code lo}) and y = series − series[lo], so the least-squares line
     * over any run a..b, and its residual, cost O(1).
     */
    private static final class LocalFits {
        private final double[] sx;
        private final double[] sy;
        private final double[] sxx;
        private final double[] sxy;
        private final double[] syy;

        LocalFits(double[] series, int lo, int len) {
            sx = new double[len + 1];
            sy = new double[len + 1];
            sxx = new double[len + 1];
            sxy = new double[len + 1];
            syy = new double[len + 1];
            double base = series[lo];
            for (int j = 0; j < len; j++) {
                double x = j;
                double y = series[lo + j] - base;
                sx[j + 1] = sx[j] + x;
                sy[j + 1] = sy[j] + y;
                sxx[j + 1] = sxx[j] + x * x;
                sxy[j + 1] = sxy[j] + x * y;
                syy[j + 1] = syy[j] + y * y;
            }
        }

        /** Residual sum of squares of the least-squares line over local points a..b inclusive. */
        double sse(int a, int b) {
            double n = b - a + 1;
            double x = sx[b + 1] - sx[a];
            double y = sy[b + 1] - sy[a];
            double xx = sxx[b + 1] - sxx[a] - x * x / n;
            double xy = sxy[b + 1] - sxy[a] - x * y / n;
            double yy = syy[b + 1] - syy[a] - y * y / n;
            return xx > 0 ? Math.max(0, yy - xy * xy / xx) : Math.max(0, yy);
        }

        /** {slope, intercept} of the least-squares line over local points a..b inclusive. */
        double[] line(int a, int b) {
            double n = b - a + 1;
            double x = sx[b + 1] - sx[a];
            double y = sy[b + 1] - sy[a];
            double xx = sxx[b + 1] - sxx[a] - x * x / n;
            double xy = sxy[b + 1] - sxy[a] - x * y / n;
            double slope = xx > 0 ? xy / xx : 0;
            return new double[] {slope, (y - slope * x) / n};
        }
    }
}
