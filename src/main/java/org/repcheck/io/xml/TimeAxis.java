package org.repcheck.io.xml;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.model.TimeRange;

/**
 * Turns the absolute times of a file's points (epoch seconds, NaN where a point has none) into the activity's
 * time axis, and says what was odd about them. The decisions, shared by GPX and TCX:
 * <ul>
 *   <li>No point timed: no time axis (a route drawn on a map).</li>
 *   <li>Fewer than half the points timed: no time axis either — a handful of stamps on a drawn route (GPSBabel
 *       conversions do this) would give paces over made-up spans; the warning says how many were dropped.</li>
 *   <li>Otherwise the untimed points keep NaN times, with a warning.</li>
 *   <li>A few points whose clock is off by more than a month from the rest (a year-2099 stamp, a clock that
 *       reset to 1970 for one point) have their times bridged from their neighbours ({@link ClockOutliers}).</li>
 *   <li>Backwards steps and jumps forward of more than an hour are kept as written, in file order, with a
 *       warning: re-ordering would invent a route the runner did not run.</li>
 * </ul>
 * The start is the first timed point's time.
 */
public final class TimeAxis {
    static final double JUMP_S = 3600;

    private final Optional<Instant> start;
    private final double[] offsetsS;
    private final double elapsedS;
    private final double firstS;
    private final double lastS;
    private final List<String> warnings;

    private TimeAxis(Optional<Instant> start, double[] offsetsS, double elapsedS, double firstS, double lastS,
                     List<String> warnings) {
        this.start = start;
        this.offsetsS = offsetsS;
        this.elapsedS = elapsedS;
        this.firstS = firstS;
        this.lastS = lastS;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * @param epochS    seconds since the epoch per point (NaN: untimed); only the first {@code n} are used
     * @param pointWord "points" or "trackpoints", for the warnings
     */
    public static TimeAxis of(double[] epochS, int n, String pointWord) {
        return of(epochS, n, pointWord, Double.NaN);
    }

    /**
     * As {@link #of(double[], int, String)}, with the time the file says the activity started (a TCX lap's
     * StartTime, which is often a second before its first trackpoint): the axis starts there when it is no later
     * than the first timed point and no more than an hour before it.
     */
    public static TimeAxis of(double[] epochS, int n, String pointWord, double originEpochS) {
        List<String> warnings = new ArrayList<>();
        epochS = ClockOutliers.bridge(epochS, n, pointWord, warnings);
        int timed = 0;
        int firstTimed = -1;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(epochS[i])) {
                timed++;
                if (firstTimed < 0) {
                    firstTimed = i;
                }
            }
        }
        double[] none = new double[n];
        Arrays.fill(none, Double.NaN);
        if (timed == 0) {
            if (n > 0) {
                warnings.add("no timestamps: none of the " + n + " " + pointWord
                        + " has a time, so there is no time axis (no pace, no reps)");
            }
            return new TimeAxis(Optional.empty(), none, Double.NaN, Double.NaN, Double.NaN, warnings);
        }
        if (timed * 2 < n) {
            warnings.add("no timestamps: only " + timed + " of " + n + " " + pointWord
                    + " have a time, too few for a time axis; their times were left out");
            return new TimeAxis(Optional.empty(), none, Double.NaN, Double.NaN, Double.NaN, warnings);
        }
        if (timed < n) {
            warnings.add((n - timed) + " of " + n + " " + pointWord + " have no time (kept, without a time)");
        }
        double t0 = epochS[firstTimed];
        if (originEpochS <= t0 && t0 - originEpochS <= JUMP_S) {
            t0 = originEpochS;
        }
        double[] off = new double[n];
        double prev = Double.NaN;
        int backwards = 0;
        double worstBack = 0;
        int worstBackAt = -1;
        int jumps = 0;
        double worstJump = 0;
        int worstJumpAt = -1;
        double min = 0;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double t = epochS[i];
            if (Double.isNaN(t)) {
                off[i] = Double.NaN;
                continue;
            }
            off[i] = t - t0;
            min = Math.min(min, off[i]);
            max = Math.max(max, off[i]);
            if (!Double.isNaN(prev)) {
                double step = t - prev;
                if (step < 0) {
                    backwards++;
                    if (step < worstBack) {
                        worstBack = step;
                        worstBackAt = i;
                    }
                } else if (step > JUMP_S) {
                    jumps++;
                    if (step > worstJump) {
                        worstJump = step;
                        worstJumpAt = i;
                    }
                }
            }
            prev = t;
        }
        if (backwards > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "timestamps go backwards %d time%s (largest step %s at %s %d); kept in file order",
                    backwards, backwards == 1 ? "" : "s", span(worstBack), singular(pointWord), worstBackAt + 1));
        }
        if (jumps > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "timestamps jump forward by more than an hour %d time%s (largest %s at %s %d); kept as written",
                    jumps, jumps == 1 ? "" : "s", span(worstJump), singular(pointWord), worstJumpAt + 1));
        }
        Instant start = Instant.ofEpochSecond((long) Math.floor(t0), Math.round((t0 - Math.floor(t0)) * 1e9));
        return new TimeAxis(Optional.of(start), off, max - min, min, max, warnings);
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static String span(double s) {
        double a = Math.abs(s);
        String sign = s < 0 ? "-" : "+";
        if (a < 120) {
            return String.format(Locale.ROOT, "%s%.0f s", sign, a);
        }
        if (a < 7200) {
            return String.format(Locale.ROOT, "%s%.1f min", sign, a / 60);
        }
        if (a < 3 * 86400) {
            return String.format(Locale.ROOT, "%s%.1f h", sign, a / 3600);
        }
        return String.format(Locale.ROOT, "%s%d days", sign, Duration.ofSeconds((long) a).toDays());
    }

    /** Seconds since the epoch of an instant, as the readers collect them. */
    public static double epochS(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }

    /** An absolute time as seconds from this axis's start (NaN without an axis). */
    public double offsetOf(Instant t) {
        return start.map(s -> epochS(t) - epochS(s)).orElse(Double.NaN);
    }

    /**
     * The pauses a file marks by its structure: between the last point before {@code boundaries[k]} and the point
     * at it (a new GPX track segment, a new TCX Track), when time moved on in between.
     */
    public List<TimeRange> gapsAt(int[] boundaries, int count) {
        List<TimeRange> out = new ArrayList<>();
        if (start.isEmpty()) {
            return out;
        }
        for (int k = 0; k < count; k++) {
            int b = boundaries[k];
            if (b <= 0 || b >= offsetsS.length) {
                continue;
            }
            double before = lastTimedBefore(b);
            double after = firstTimedFrom(b);
            if (after > before) {
                out.add(new TimeRange(before, after));
            }
        }
        return out;
    }

    private double lastTimedBefore(int b) {
        for (int i = b - 1; i >= 0; i--) {
            if (!Double.isNaN(offsetsS[i])) {
                return offsetsS[i];
            }
        }
        return Double.NaN;
    }

    private double firstTimedFrom(int b) {
        for (int i = b; i < offsetsS.length; i++) {
            if (!Double.isNaN(offsetsS[i])) {
                return offsetsS[i];
            }
        }
        return Double.NaN;
    }

    public boolean present() {
        return start.isPresent();
    }

    public Optional<Instant> start() {
        return start;
    }

    /** Seconds since the start per point; NaN for untimed points or without an axis. Owned by this axis. */
    public double offsetS(int i) {
        return offsetsS[i];
    }

    /** Span from the earliest to the latest time, NaN without an axis. */
    public double elapsedS() {
        return elapsedS;
    }

    /** The earliest offset (0 unless timestamps went back before the first point). */
    public double firstS() {
        return firstS;
    }

    public double lastS() {
        return lastS;
    }

    public List<String> warnings() {
        return warnings;
    }
}
