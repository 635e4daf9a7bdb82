package org.repcheck.history;

import java.util.List;
import org.repcheck.model.Channel;
import org.repcheck.model.GeoDistance;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeRange;

/**
 * Finds a run's steady 60 s windows (SCIENCE §7 step 2) in one pass over its samples: windows laid end to end from
 * 10 min of moving time on; a window is kept when it has no pause and no recording gap, HR on every sample, a
 * running speed (≥ 1.5 m/s) with a coefficient of variation of its 10 s speeds ≤ 8 %, a grade within
 * ±{@link GradeAdjust#MAX_GRADE} (speed then grade-adjusted), no GPS jump, and an HR that is not locked to the step
 * rate (HR ≈ 1 or 2 × the recorded cadence, a wrist-sensor artefact).
 */
final class WindowFinder {
    static final double SKIP_S = 600;
    static final double MAX_CV = 0.08;
    static final double MIN_SPEED_MPS = 1.5;
    /** Positions further apart than this speed implies are a GPS jump. */
    static final double JUMP_MPS = 10;
    /** A gap in recording longer than this inside a window breaks it (smart recording writes every 1-8 s). */
    static final double MAX_GAP_S = 10;
    /**
     * Mean |HR − k·cadence| at or under this, bpm, is HR locked to cadence. Tight on purpose: a locked sensor
     * reports the step rate itself (within the 1 bpm rounding), while a runner whose true HR happens to sit near
     * their step rate (168 bpm at 84 strides/min) shows the two apart by a few bpm second to second.
     */
    static final double LOCK_BPM = 1.5;
    private static final double METRES_PER_DEGREE = Math.toRadians(GeoDistance.EARTH_RADIUS_M);

    private final Columns s;
    private final boolean[] paused;
    private final double cosLat;

    /** @param paused per sample, whether the timer was stopped ({@link #pausedMask}) */
    WindowFinder(Samples s, boolean[] paused) {
        this.s = new Columns(s);
        this.paused = paused;
        double lat0 = Double.NaN;
        for (int i = 0; i < s.size() && Double.isNaN(lat0); i++) {
            lat0 = s.lat(i);
        }
        this.cosLat = Double.isNaN(lat0) ? 1 : Math.cos(Math.toRadians(lat0));
    }

    /** The columns as plain arrays: the scan reads each sample several times. */
    private record Columns(double[] t, double[] d, double[] v, double[] la, double[] lo, double[] alt, double[] h,
                           double[] cad) {
        Columns(Samples s) {
            this(s.column(Channel.TIME), s.column(Channel.DISTANCE), s.column(Channel.SPEED), s.column(Channel.LAT),
                    s.column(Channel.LON), s.column(Channel.ALTITUDE), s.column(Channel.HR),
                    s.column(Channel.CADENCE));
        }

        int size() {
            return t.length;
        }

        double time(int i) {
            return t[i];
        }

        double distance(int i) {
            return d[i];
        }

        double speed(int i) {
            return v[i];
        }

        double altitude(int i) {
            return alt[i];
        }

        double hr(int i) {
            return h[i];
        }

        double cadence(int i) {
            return cad[i];
        }
    }

    /** Per sample, whether it lies in a pause: one sweep over the samples and the (sorted) pauses. */
    static boolean[] pausedMask(Samples s, List<TimeRange> pauses) {
        boolean[] out = new boolean[s.size()];
        List<TimeRange> sorted = pauses.stream().sorted(java.util.Comparator.comparingDouble(TimeRange::startS))
                .toList();
        int p = 0;
        for (int i = 0; i < out.length && !sorted.isEmpty(); i++) {
            double t = s.time(i);
            while (p < sorted.size() && sorted.get(p).endS() < t) {
                p++;
            }
            out[i] = p < sorted.size() && t >= sorted.get(p).startS() && t <= sorted.get(p).endS();
        }
        return out;
    }

    SteadyWindows find() {
        int n = s.size();
        int cap = SteadyWindows.MAX;
        double[] start = new double[cap];
        double[] hr = new double[cap];
        double[] v = new double[cap];
        double[] g = new double[cap];
        int k = 0;
        double moving = 0;
        int i = 1;
        // Skip the first 10 min of moving time.
        while (i < n && moving < SKIP_S) {
            double dt = s.time(i) - s.time(i - 1);
            if (dt > 0 && dt <= MAX_GAP_S && !paused[i]) {
                moving += dt;
            }
            i++;
        }
        while (i < n && k < cap) {
            int j = windowEnd(i - 1);
            if (j < 0) {
                break;
            }
            double[] w = judge(i - 1, j);
            if (w.length > 0) {
                start[k] = s.time(i - 1);
                hr[k] = w[0];
                v[k] = w[1];
                g[k] = w[2];
                k++;
            }
            i = j + 1;
        }
        return new SteadyWindows(java.util.Arrays.copyOf(start, k), java.util.Arrays.copyOf(hr, k),
                java.util.Arrays.copyOf(v, k), java.util.Arrays.copyOf(g, k));
    }

    /** The first sample at or after 60 s from {@code from}, or -1 at the end. */
    private int windowEnd(int from) {
        double t0 = s.time(from);
        for (int j = from + 1; j < s.size(); j++) {
            if (s.time(j) - t0 >= SteadyWindows.WINDOW_S) {
                return j;
            }
        }
        return -1;
    }

    /** Returned by {@link #judge} for a window that is not steady. */
    private static final double[] NOT_STEADY = new double[0];

    /** {mean HR, grade-adjusted speed, grade} of samples a..b, or {@link #NOT_STEADY}. */
    private double[] judge(int a, int b) {
        double span = s.time(b) - s.time(a);
        double hrSum = 0;
        double lockDev1 = 0;
        double lockDev2 = 0;
        int cadN = 0;
        for (int i = a; i <= b; i++) {
            double h = s.hr(i);
            if (Double.isNaN(h) || Double.isNaN(s.time(i)) || paused[i]
                    || (i > a && s.time(i) - s.time(i - 1) > MAX_GAP_S)) {
                return NOT_STEADY;
            }
            hrSum += h;
            double c = s.cadence(i);
            if (c > 0) {
                lockDev1 += Math.abs(h - c);
                lockDev2 += Math.abs(h - 2 * c);
                cadN++;
            }
            if (i > a && jump(i)) {
                return NOT_STEADY;
            }
        }
        int count = b - a + 1;
        if (cadN == count && (lockDev1 / cadN <= LOCK_BPM || lockDev2 / cadN <= LOCK_BPM)) {
            return NOT_STEADY;
        }
        double dist = s.distance(b) - s.distance(a);
        double speed = Double.isNaN(dist) ? meanSpeed(a, b) : dist / span;
        if (!(speed >= MIN_SPEED_MPS) || !(cv(a, b, speed) <= MAX_CV)) {
            return NOT_STEADY;
        }
        double grade = grade(a, b, speed * span);
        if (Math.abs(grade) > GradeAdjust.MAX_GRADE) {
            return NOT_STEADY;
        }
        return new double[] {hrSum / count, GradeAdjust.flatSpeedMps(speed, grade), grade};
    }

    private boolean jump(int i) {
        double dt = s.time(i) - s.time(i - 1);
        if (!(dt > 0)) {
            return false;
        }
        // Planar metres: over one sample's step the Earth is flat, and a jump is tens of metres.
        double dy = (s.la()[i] - s.la()[i - 1]) * METRES_PER_DEGREE;
        double dx = (s.lo()[i] - s.lo()[i - 1]) * METRES_PER_DEGREE * cosLat;
        double d = Math.sqrt(dx * dx + dy * dy);
        double dd = s.distance(i) - s.distance(i - 1);
        return d / dt > JUMP_MPS || dd / dt > JUMP_MPS;
    }

    private double meanSpeed(int a, int b) {
        double sum = 0;
        int n = 0;
        for (int i = a; i <= b; i++) {
            if (!Double.isNaN(s.speed(i))) {
                sum += s.speed(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Coefficient of variation of the speed over 10 s blocks (1 s speeds are mostly GPS noise). */
    private double cv(int a, int b, double mean) {
        double sumSq = 0;
        int blocks = 0;
        int i = a;
        while (i < b) {
            int j = i;
            while (j < b && s.time(j) - s.time(i) < 10) {
                j++;
            }
            double dt = s.time(j) - s.time(i);
            if (dt <= 0) {
                break;
            }
            double dd = s.distance(j) - s.distance(i);
            double vb = Double.isNaN(dd) ? meanSpeed(i, j) : dd / dt;
            if (Double.isNaN(vb)) {
                return Double.NaN;
            }
            sumSq += (vb - mean) * (vb - mean);
            blocks++;
            i = j;
        }
        return blocks < 3 ? Double.NaN : Math.sqrt(sumSq / (blocks - 1)) / mean;
    }

    /** Rise over run from the altitude averaged over ~5 s at each end (barometric steps are 0.2 m). */
    private double grade(int a, int b, double runM) {
        double up = altitudeNear(a, 1, b);
        double down = altitudeNear(b, -1, a);
        return Double.isNaN(up) || Double.isNaN(down) || !(runM > 0) ? Double.NaN : (down - up) / runM;
    }

    private double altitudeNear(int from, int step, int limit) {
        double t0 = s.time(from);
        double sum = 0;
        int n = 0;
        for (int i = from; step > 0 ? i <= limit : i >= limit; i += step) {
            if (Math.abs(s.time(i) - t0) > 5) {
                break;
            }
            if (!Double.isNaN(s.altitude(i))) {
                sum += s.altitude(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
