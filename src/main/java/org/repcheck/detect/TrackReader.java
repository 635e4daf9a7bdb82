package org.repcheck.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.GeoDistance;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeRange;

/**
 * Reads an activity's samples into a {@link Track}: which channel the distance comes from, GPS catch-ups spread
 * over their stall, the speed channel's lag taken out, stops and dropouts found, all put on the regular grid.
 */
final class TrackReader {
    /** Above this many grid points the step grows, so a stitched 27 h file still costs a bounded amount. */
    private static final int MAX_POINTS = 200_000;
    /** A gap between samples this long with hardly any distance covered is a stop, not a dropout. */
    private static final double STOP_GAP_S = 20.0;
    private static final double STOP_SPEED_MPS = 0.5;
    /** A gap is a dropout when it is this many sample intervals long, and at least {@link #DROPOUT_MIN_S}. */
    private static final double DROPOUT_INTERVALS = 5;
    private static final double DROPOUT_MIN_S = 20;

    private TrackReader() {
    }

    /** See {@link Track#of}. */
    static Optional<Track> read(Activity activity, Consumer<String> why) {
        if (!activity.hasTimeAxis()) {
            why.accept("no time axis: reps need times");
            return Optional.empty();
        }
        Samples s = activity.samples();
        int m = s.size();
        // Keep samples with a finite time that moves forward: backwards timestamps are dropped, not sorted.
        int[] keep = new int[m];
        int k = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double t = s.time(i);
            if (Double.isFinite(t) && t > last) {
                keep[k++] = i;
                last = t;
            }
        }
        if (k < 2) {
            why.accept("fewer than two timed samples: reps need a time series");
            return Optional.empty();
        }
        double[] time = new double[k];
        for (int j = 0; j < k; j++) {
            time[j] = s.time(keep[j]);
        }
        double[] cum = cumulativeDistance(s, keep, k, time);
        if (cum == null) {
            why.accept("no distance, speed or position recorded: reps need distance");
            return Optional.empty();
        }
        double span = time[k - 1] - time[0];
        double dt = Math.max(1.0, Math.ceil(span / MAX_POINTS));
        int n = (int) Math.floor(span / dt) + 1;
        double t0 = time[0];
        double[] dist = new double[n];
        double[] hr = new double[n];
        boolean[] paused = new boolean[n];
        double[] hrIn = new double[k];
        for (int j = 0; j < k; j++) {
            hrIn[j] = plausibleHr(s.get(Channel.HR, keep[j]));
        }
        int j = 0;
        for (int i = 0; i < n; i++) {
            double t = t0 + i * dt;
            while (j < k - 2 && time[j + 1] <= t) {
                j++;
            }
            double ta = time[j];
            double tb = time[j + 1];
            double f = tb > ta ? Math.min(1.0, Math.max(0.0, (t - ta) / (tb - ta))) : 0.0;
            dist[i] = cum[j] + f * (cum[j + 1] - cum[j]);
            double gap = tb - ta;
            if (gap > STOP_GAP_S && (cum[j + 1] - cum[j]) / gap < STOP_SPEED_MPS) {
                paused[i] = t > ta && t < tb;
            }
            // HR: nearest recorded value within 10 s; devices drop HR for a few samples, never invent it.
            double h = f < 0.5 ? hrIn[j] : hrIn[j + 1];
            if (Double.isNaN(h)) {
                h = f < 0.5 ? hrIn[j + 1] : hrIn[j];
            }
            hr[i] = Math.min(t - ta, tb - t) <= 10.0 ? h : Double.NaN;
        }
        for (TimeRange p : activity.pauses()) {
            int a = Math.max(0, (int) Math.ceil((p.startS() - t0) / dt));
            int b = Math.min(n - 1, (int) Math.floor((p.endS() - t0) / dt));
            for (int i = a; i <= b; i++) {
                paused[i] = true;
            }
        }
        double[] gaps = new double[k - 1];
        for (int i = 1; i < k; i++) {
            gaps[i - 1] = time[i] - time[i - 1];
        }
        Arrays.sort(gaps);
        if (!hasChannel(s, Channel.DISTANCE, k) && hasChannel(s, Channel.SPEED, k)
                && s.count(Channel.LAT) >= k / 2 && s.count(Channel.LON) >= k / 2) {
            // The distance is the speed channel's, which runs late: line it up with the positions' path, the
            // only on-time witness (a GPX with speed but no distance; 9 s late made every 16 s stride miss).
            dist = SpeedLag.alignedToPath(dist, onGrid(pathDistance(s, keep, k), time, t0, dt, n), dt);
        }
        double[] motion = null;
        if (hasChannel(s, Channel.SPEED, k)) {
            motion = SpeedLag.aligned(onGrid(integratedSpeed(s, keep, k, time), time, t0, dt, n), dist, dt);
        }
        double interval = gaps[gaps.length / 2];
        return Optional.of(new Track(t0, dt, dist, motion, altitude(s, keep, k, time, t0, dt, n), hr, paused,
                interval, dropouts(time, cum, interval, activity.pauses()),
                positionGaps(s, keep, time, cum, activity.pauses())));
    }

    /** Gaps between samples, while moving, long against the file's own sampling. */
    private static List<TimeRange> dropouts(double[] time, double[] cum, double interval, List<TimeRange> pauses) {
        double min = Math.max(DROPOUT_MIN_S, DROPOUT_INTERVALS * interval);
        List<TimeRange> out = new java.util.ArrayList<>();
        for (int j = 0; j + 1 < time.length; j++) {
            double gap = time[j + 1] - time[j];
            // Nothing recorded while the timer was stopped is a pause, not a dropout, however far the runner walked.
            if (gap >= min && (cum[j + 1] - cum[j]) / gap >= STOP_SPEED_MPS
                    && !Track.overlapsAny(time[j] + 1, time[j + 1] - 1, pauses)) {
                out.add(new TimeRange(time[j], time[j + 1]));
            }
        }
        return out;
    }

    /**
     * Stretches a file that records positions wrote without one while the runner moved (at least
     * {@link #DROPOUT_MIN_S}): the GPS lost its fix and the watch went on writing, with its distance held or
     * estimated from the wrist. Three real epix 2 runs have one of 55-61 s. Not a gap in time, so not a
     * {@link Track#dropouts dropout}, but a rep across one is measured on the watch's estimate.
     */
    private static List<TimeRange> positionGaps(Samples s, int[] keep, double[] time, double[] cum,
                                                List<TimeRange> pauses) {
        int k = time.length;
        if (s.count(Channel.LAT) < k / 2 || s.count(Channel.LON) < k / 2) {
            return List.of();
        }
        List<TimeRange> out = new java.util.ArrayList<>();
        int lastFix = -1;
        for (int j = 0; j < k; j++) {
            if (!Double.isFinite(s.lat(keep[j])) || !Double.isFinite(s.lon(keep[j]))) {
                continue;
            }
            if (lastFix >= 0 && j - lastFix > 1) {
                double gap = time[j] - time[lastFix];
                if (gap >= DROPOUT_MIN_S && (cum[j] - cum[lastFix]) / gap >= STOP_SPEED_MPS
                        && !Track.overlapsAny(time[lastFix] + 1, time[j] - 1, pauses)) {
                    out.add(new TimeRange(time[lastFix], time[j]));
                }
            }
            lastFix = j;
        }
        return out;
    }

    /** Altitude on the grid, linear between the samples that have one; null without altitude. */
    private static double[] altitude(Samples s, int[] keep, int k, double[] time, double t0, double dt, int n) {
        int m = 0;
        double[] at = new double[k];
        double[] av = new double[k];
        for (int j = 0; j < k; j++) {
            double a = s.altitude(keep[j]);
            if (Double.isFinite(a)) {
                at[m] = time[j];
                av[m] = a;
                m++;
            }
        }
        if (m < 2) {
            return null;
        }
        return onGrid(Arrays.copyOf(av, m), Arrays.copyOf(at, m), t0, dt, n);
    }

    private static double plausibleHr(double h) {
        // 255 is a sentinel some devices leak for "no HR"; below 25 is a strap that lost contact.
        return h >= 25 && h < 250 ? h : Double.NaN;
    }

    /**
     * Cumulative distance at each kept sample from the best channel the file has: the device's own distance
     * (what the runner saw), else speed integrated over time, else GPS positions. Negative steps (a distance
     * that resets per sport segment, or jitter) add nothing, so the result never decreases.
     */
    private static double[] cumulativeDistance(Samples s, int[] keep, int k, double[] time) {
        double[] cum = rawCumulativeDistance(s, keep, k, time);
        if (cum != null) {
            spreadCatchUps(cum, time);
        }
        return cum;
    }

    /** No runner covers more than this in one second for long; a bigger step is a GPS catch-up. */
    private static final double CATCH_UP_MPS = 7.0;

    /**
     * When GPS drops out, a device's distance stalls and then jumps to catch up. Left alone the jump is a 100 m
     * "sprint" in one sample; spread it back over the stall it belongs to when that gives a running speed.
     */
    private static void spreadCatchUps(double[] cum, double[] time) {
        int lastMove = 0;
        for (int j = 1; j < cum.length; j++) {
            double step = cum[j] - cum[j - 1];
            if (step <= 0) {
                continue;
            }
            double dtLast = time[j] - time[j - 1];
            if (step / dtLast > CATCH_UP_MPS && lastMove < j - 1) {
                double span = time[j] - time[lastMove];
                if (step / span <= CATCH_UP_MPS) {
                    for (int i = lastMove + 1; i < j; i++) {
                        cum[i] = cum[lastMove] + step * (time[i] - time[lastMove]) / span;
                    }
                }
            }
            lastMove = j;
        }
    }

    private static double[] rawCumulativeDistance(Samples s, int[] keep, int k, double[] time) {
        double[] cum = new double[k];
        if (hasChannel(s, Channel.DISTANCE, k)) {
            double prev = Double.NaN;
            double acc = 0;
            for (int j = 0; j < k; j++) {
                double d = s.distance(keep[j]);
                if (Double.isFinite(d)) {
                    if (Double.isFinite(prev) && d > prev) {
                        acc += d - prev;
                    }
                    prev = d;
                }
                cum[j] = acc;
            }
            return cum;
        }
        if (hasChannel(s, Channel.SPEED, k)) {
            return integratedSpeed(s, keep, k, time);
        }
        if (s.count(Channel.LAT) >= 2 && s.count(Channel.LON) >= 2) {
            return pathDistance(s, keep, k);
        }
        return null;
    }

    /** Whether the file writes this channel on at least half of its samples (and two). */
    private static boolean hasChannel(Samples s, Channel c, int k) {
        return s.count(c) >= k / 2 && s.count(c) >= 2;
    }

    /** The path through the positions, metres at each kept sample; a sample without a position adds nothing. */
    private static double[] pathDistance(Samples s, int[] keep, int k) {
        double[] cum = new double[k];
        double acc = 0;
        double plat = Double.NaN;
        double plon = Double.NaN;
        for (int j = 0; j < k; j++) {
            double la = s.lat(keep[j]);
            double lo = s.lon(keep[j]);
            if (Double.isFinite(la) && Double.isFinite(lo)) {
                if (Double.isFinite(plat)) {
                    acc += GeoDistance.haversineM(plat, plon, la, lo);
                }
                plat = la;
                plon = lo;
            }
            cum[j] = acc;
        }
        return cum;
    }

    /** A series at the kept samples, linear between them, on the grid of {@code n} points from {@code t0}. */
    private static double[] onGrid(double[] series, double[] time, double t0, double dt, int n) {
        double[] out = new double[n];
        int j = 0;
        int k = time.length;
        for (int i = 0; i < n; i++) {
            double t = t0 + i * dt;
            while (j < k - 2 && time[j + 1] <= t) {
                j++;
            }
            double f = Math.min(1.0, Math.max(0.0, (t - time[j]) / (time[j + 1] - time[j])));
            out[i] = series[j] + f * (series[j + 1] - series[j]);
        }
        return out;
    }

    /** Speed integrated over time (trapezoids); a missing speed holds the last one seen. */
    private static double[] integratedSpeed(Samples s, int[] keep, int k, double[] time) {
        double[] cum = new double[k];
        double acc = 0;
        double prevV = Double.NaN;
        for (int j = 0; j < k; j++) {
            double v = s.speed(keep[j]);
            if (j > 0) {
                double a = Double.isFinite(prevV) ? prevV : v;
                double b = Double.isFinite(v) ? v : a;
                if (Double.isFinite(a) && Double.isFinite(b)) {
                    acc += 0.5 * (Math.max(0, a) + Math.max(0, b)) * (time[j] - time[j - 1]);
                }
            }
            if (Double.isFinite(v)) {
                prevV = v;
            }
            cum[j] = acc;
        }
        return cum;
    }
}
