package org.repcheck.detect;

import java.util.Optional;

/**
 * Where a run's one sustained block lies, found whole: the distance run is fitted as three straight lines (easy,
 * fast, easy) and the two breaks that leave the least squared error are the block's start and end. A tempo near the
 * session's own split threshold (12-15 % over the easy pace) crosses it again and again, so the bouts above it are
 * pieces and the block built from them is a part; the fit reads the whole distance and finds the whole block. A
 * fast finish is the same fit with a short last line. The fit runs on a coarse grid first, then refines both
 * breaks near it: a millisecond for a two-hour run.
 */
final class BlockFit {
    private BlockFit() {
    }

    /** The coarse grid the fit first runs on: a 20-minute block's place is plain at half a minute... */
    static final double COARSE_S = 30;
    /** ...then its edges are placed to the recording's grid within this of the coarse ones. */
    static final double REFINE_S = 30;
    /** The last line may be this short: a fast finish's walk home. */
    static final double MIN_AFTER_S = 30;

    /**
     * The block the three-line fit finds, at least {@code minBlockS} long with {@code minBeforeS} before it; empty
     * when the run is too short to hold one.
     */
    static Optional<RepSpan> fit(Track track, double minBlockS, double minBeforeS) {
        double[] dist = track.timingSeries();
        Sums sums = new Sums(track.n);
        for (int i = 0; i < track.n; i++) {
            sums.add(i, track.time(i) - track.t0, dist[i]);
        }
        int coarse = Math.max(1, (int) Math.round(COARSE_S / track.dt));
        int minBlock = (int) Math.ceil(minBlockS / track.dt);
        int minBefore = (int) Math.ceil(minBeforeS / track.dt);
        int minAfter = (int) Math.ceil(MIN_AFTER_S / track.dt);
        int[] rough = best(sums, track.n, minBefore, track.n, minBlock, minAfter, coarse);
        if (rough == null) {
            return Optional.empty();
        }
        int reach = (int) Math.ceil(REFINE_S / track.dt);
        int[] fine = best(sums, track.n, Math.max(minBefore, rough[0] - reach), rough[0] + reach + 1, minBlock,
                minAfter, 1, rough[1] - reach, rough[1] + reach + 1);
        int[] cut = fine == null ? rough : fine;
        return Optional.of(RepSpan.of(track.time(cut[0]), track.time(Math.min(track.n - 1, cut[1]))));
    }

    /** The breaks {a, b} with the least error, a from {@code aFrom} below {@code aTo}, every {@code step}. */
    private static int[] best(Sums sums, int m, int aFrom, int aTo, int minBlock, int minAfter, int step) {
        return best(sums, m, aFrom, aTo, minBlock, minAfter, step, 0, m);
    }

    private static int[] best(Sums sums, int m, int aFrom, int aTo, int minBlock, int minAfter, int step,
                              int bFrom, int bTo) {
        double least = Double.POSITIVE_INFINITY;
        int[] cut = null;
        for (int a = aFrom; a < aTo && a + minBlock + minAfter <= m; a += step) {
            double before = sums.sse(0, a);
            for (int b = Math.max(a + minBlock, bFrom); b < bTo && b + minAfter <= m; b += step) {
                double err = before + sums.sse(a, b) + sums.sse(b, m);
                if (err < least) {
                    least = err;
                    cut = new int[] {a, b};
                }
            }
        }
        return cut;
    }

    /** Prefix sums over the samples, so that each line's squared error is a few operations. */
    private static final class Sums {
        final double[] n;
        final double[] t;
        final double[] tt;
        final double[] d;
        final double[] dd;
        final double[] td;

        Sums(int m) {
            n = new double[m + 1];
            t = new double[m + 1];
            tt = new double[m + 1];
            d = new double[m + 1];
            dd = new double[m + 1];
            td = new double[m + 1];
        }

        void add(int j, double time, double distance) {
            n[j + 1] = n[j] + 1;
            t[j + 1] = t[j] + time;
            tt[j + 1] = tt[j] + time * time;
            d[j + 1] = d[j] + distance;
            dd[j + 1] = dd[j] + distance * distance;
            td[j + 1] = td[j] + time * distance;
        }

        /** The squared error of the least-squares line through points {@code from} (inclusive) to {@code to}. */
        double sse(int from, int to) {
            double cn = n[to] - n[from];
            if (cn < 2) {
                return 0;
            }
            double st = t[to] - t[from];
            double stt = tt[to] - tt[from];
            double sd = d[to] - d[from];
            double sdd = dd[to] - dd[from];
            double std = td[to] - td[from];
            double vt = stt - st * st / cn;
            double vd = sdd - sd * sd / cn;
            double cov = std - st * sd / cn;
            return vt > 0 ? Math.max(0, vd - cov * cov / vt) : Math.max(0, vd);
        }
    }
}
