package org.repcheck.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.repcheck.model.Activity;
import org.repcheck.model.TimeRange;

/**
 * An activity resampled onto a regular time grid (1 s unless the activity is very long): cumulative distance,
 * heart rate and a paused mask, as primitive arrays. Every detector level measures reps on this one view, so a
 * rep's distance and time mean the same thing whether the boundaries came from a workout step, a lap or the signal.
 *
 * <p>Built by {@link TrackReader} in one pass over the samples; no per-sample objects (a 45,805-record triathlon
 * costs a few arrays).
 */
final class Track {
    final double t0;
    final double dt;
    final int n;
    /** Cumulative distance, metres, never decreasing. */
    final double[] dist;
    /**
     * Cumulative distance integrated from the device's speed channel, null without one. A GPS chip's Doppler speed
     * is sharper in time than differences of its position-based distance, so boundaries are placed on this, while
     * reps are measured on {@link #dist}. Watches write that speed late; {@link SpeedLag} has taken the lag out.
     */
    final double[] motion;
    /** Altitude, metres, interpolated; null when the file has none. */
    final double[] alt;
    /** Heart rate, NaN where none was recorded nearby. */
    final double[] hr;
    /** True where the timer was stopped (activity pauses) or the device recorded nothing while standing. */
    final boolean[] paused;
    /** Median time between recorded samples: 1 s for every-second recording, 3-8 s for "smart" recording. */
    final double sampleIntervalS;
    /**
     * Recording gaps while moving (GPS dropouts, a tunnel, a watch that stopped writing): nothing is known of the
     * pace inside, so no rep may be measured across one.
     */
    final List<TimeRange> dropouts;
    /**
     * Stretches written without a GPS position while moving, in a file that records positions: the time axis runs
     * on, so reps may cross them, but their distance there is the watch's estimate ({@link TrackReader}).
     */
    final List<TimeRange> positionGaps;

    Track(double t0, double dt, double[] dist, double[] motion, double[] alt, double[] hr, boolean[] paused,
          double sampleIntervalS, List<TimeRange> dropouts, List<TimeRange> positionGaps) {
        this.t0 = t0;
        this.dt = dt;
        this.n = dist.length;
        this.dist = dist;
        this.motion = motion;
        this.alt = alt;
        this.hr = hr;
        this.paused = paused;
        this.sampleIntervalS = sampleIntervalS;
        this.dropouts = List.copyOf(dropouts);
        this.positionGaps = List.copyOf(positionGaps);
    }

    /**
     * The track, or empty with the reason (no time axis, no distance of any kind) given to {@code why}.
     */
    static Optional<Track> of(Activity activity, Consumer<String> why) {
        return TrackReader.read(activity, why);
    }

    /** The series to time pace changes on: Doppler-speed distance when the device wrote speed, else distance. */
    double[] timingSeries() {
        return motion != null ? motion : dist;
    }

    double time(int i) {
        return t0 + i * dt;
    }

    double endTime() {
        return time(n - 1);
    }

    /** The grid index at or before time t, clamped to the track. */
    int index(double t) {
        int i = (int) Math.floor((t - t0) / dt);
        return Math.max(0, Math.min(n - 1, i));
    }

    /** Cumulative distance at time t, linearly interpolated (sub-second boundaries keep their precision). */
    double distanceAt(double t) {
        double x = (t - t0) / dt;
        if (x <= 0) {
            return dist[0];
        }
        if (x >= n - 1) {
            return dist[n - 1];
        }
        int i = (int) Math.floor(x);
        double f = x - i;
        return dist[i] + f * (dist[i + 1] - dist[i]);
    }

    double distance(double fromS, double toS) {
        return distanceAt(toS) - distanceAt(fromS);
    }

    /** Metres per second of timer time between the two times (a pause is no time run). */
    double speed(double fromS, double toS) {
        return distance(fromS, toS) / Math.max(1e-3, movingTime(fromS, toS));
    }

    /** Seconds between the two times with the timer running. */
    double movingTime(double fromS, double toS) {
        double total = toS - fromS;
        int a = index(fromS);
        int b = index(toS);
        int stopped = 0;
        for (int i = a; i < b; i++) {
            if (paused[i]) {
                stopped++;
            }
        }
        return Math.max(0, total - stopped * dt);
    }

    /** Share of the span spent paused or slower than a walk. */
    double standingShare(double fromS, double toS, double slowMps) {
        int a = index(fromS);
        int b = index(toS);
        if (b <= a) {
            return 0;
        }
        int slow = 0;
        for (int i = a; i < b; i++) {
            if (paused[i] || (dist[i + 1] - dist[i]) / dt < slowMps) {
                slow++;
            }
        }
        return slow / (double) (b - a);
    }

    double avgHr(double fromS, double toS) {
        int a = index(fromS);
        int b = Math.max(a, index(toS));
        double sum = 0;
        int c = 0;
        for (int i = a; i <= b; i++) {
            if (!Double.isNaN(hr[i])) {
                sum += hr[i];
                c++;
            }
        }
        return c == 0 ? Double.NaN : sum / c;
    }

    double maxHr(double fromS, double toS) {
        int a = index(fromS);
        int b = Math.max(a, index(toS));
        double mx = Double.NaN;
        for (int i = a; i <= b; i++) {
            if (!Double.isNaN(hr[i]) && !(hr[i] <= mx)) {
                mx = hr[i];
            }
        }
        return mx;
    }

    /** HR around time t: the mean of the last few seconds up to t, which steadies a beat-to-beat wobble. */
    double hrAt(double t) {
        return avgHr(t - 3, t);
    }

    /**
     * Speeds over consecutive windows of about {@code windowS} seconds while moving at {@code minMps} or more (paused
     * windows left out), sorted: the session's distribution of running speeds, with GPS noise averaged out.
     */
    double[] windowSpeeds(double windowS, double minMps) {
        int w = Math.max(1, (int) Math.round(windowS / dt));
        double[] out = new double[n / w + 1];
        int k = 0;
        for (int i = 0; i + w < n; i += w) {
            boolean stopped = false;
            for (int j = i; j <= i + w; j++) {
                stopped |= paused[j];
            }
            double v = (dist[i + w] - dist[i]) / (w * dt);
            if (!stopped && v >= minMps) {
                out[k++] = v;
            }
        }
        double[] s = Arrays.copyOf(out, k);
        Arrays.sort(s);
        return s;
    }

    static boolean overlapsAny(double s, double e, List<TimeRange> ranges) {
        for (TimeRange r : ranges) {
            if (r.startS() < e && r.endS() > s) {
                return true;
            }
        }
        return false;
    }
}
