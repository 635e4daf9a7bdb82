package org.repcheck.detect;

import java.util.Arrays;
import java.util.List;

/**
 * Whether the fast bouts the signal found are reps, from the session as a whole. Running between walks on a trail,
 * a steady run broken by stops, a race's surges and a hilly run's descents all give fast bouts; reps differ in that
 * they share a size (the same rep repeated, a ladder at one pace), or stand clearly above the rest of the session's
 * running at one effort.
 */
final class SignalEvidence {
    private SignalEvidence() {
    }

    /** Irregular reps (fartlek, speed play) must be this much faster than the session's typical running speed... */
    static final double OVER_TYPICAL = 1.15;
    /** ...at one effort: their speeds this close to the median (mean absolute deviation, relative)... */
    static final double IRREGULAR_PACE_SPREAD = 0.11;
    /** ...and short: a surge longer than this with no shared size is a race's or a long run's, not a fartlek's. */
    static final double IRREGULAR_MAX_S = 300;

    /**
     * Reps that do not share a size (a fartlek, speed play, hill reps of one effort) are still reps when they stand
     * out from the session: clearly faster than its typical running speed (a steady, hilly or trail run's "fast
     * bouts" are its ordinary running between climbs and stops), at one effort, and short (a race's long surges
     * are not fartlek). Heart rate was tried as a witness here and rejected: 45 s after a rep it is often still
     * rising (lag), on real files as much as on steady runs.
     */
    static boolean standsOut(Track track, List<RepSpan> spans) {
        int k = spans.size();
        double[] speed = new double[k];
        for (int i = 0; i < k; i++) {
            RepSpan r = spans.get(i);
            if (r.endS() - r.startS() > IRREGULAR_MAX_S) {
                return false;
            }
            speed[i] = track.speed(r.startS(), r.endS());
        }
        double[] sorted = speed.clone();
        Arrays.sort(sorted);
        return sorted[k / 2] >= OVER_TYPICAL * typicalOutside(track, spans)
                && RepAssembler.relativeSpread(speed) <= IRREGULAR_PACE_SPREAD;
    }

    /** Over a rep the heart rate climbs: the bouts' median rise (3 s in to the end) must reach this. */
    static final double MIN_HR_RISE_BPM = 2;

    /**
     * The second witness, heart rate: a rep run from a recovery raises it (on the real lapless sessions the
     * median rise over a session's reps is 3-51 bpm, even over 20 s strides). The fast stretches of a long hilly run
     * are descents, at the heart rate the climbs set, and it does not climb over them (a median +1 bpm on the
     * real 3 × 15 min hilly run, whose 23 such stretches are not its reps). Without heart rate, no verdict here.
     */
    static boolean heartRises(Track track, List<RepSpan> spans) {
        double[] rise = new double[spans.size()];
        int k = 0;
        for (RepSpan r : spans) {
            double d = track.hrAt(r.endS()) - track.hrAt(Math.min(r.endS(), r.startS() + 3));
            if (Double.isFinite(d)) {
                rise[k++] = d;
            }
        }
        if (k < 2) {
            return true;
        }
        return org.repcheck.model.Median.of(Arrays.copyOf(rise, k)) >= MIN_HR_RISE_BPM;
    }

    /**
     * The typical recovery of a set lasts at most this long, or twice its typical rep: on the real sessions the
     * median gap is 1-5 minutes (a fartlek's 4, with one of 12), the generated ones' at most 5. Surges that lie
     * eight or ten minutes apart in an easy run (the real Strava 5 km without its altitude, the Suunto uphill trail
     * run read without its laps) are not one session's reps.
     */
    static final double MAX_TYPICAL_RECOVERY_S = 6 * 60;

    /** The bouts lie close enough together to be one set: see {@link #MAX_TYPICAL_RECOVERY_S}. */
    static boolean closeTogether(List<RepSpan> spans) {
        if (spans.size() < 2) {
            return true;
        }
        double[] gap = new double[spans.size() - 1];
        double[] dur = new double[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            dur[i] = spans.get(i).endS() - spans.get(i).startS();
            if (i > 0) {
                gap[i - 1] = spans.get(i).startS() - spans.get(i - 1).endS();
            }
        }
        return org.repcheck.model.Median.of(gap)
                <= Math.max(MAX_TYPICAL_RECOVERY_S, 2 * org.repcheck.model.Median.of(dur));
    }

    /**
     * Bursts the ground speed alone shows this clearly (the median against the minute either side), and as short as
     * strides ({@link Strides#MAX_S}), are the runner's, whatever a wandering altitude made of the grade: the real
     * FR245 20 s strides, sampled every 1-8 s, run 1.4-1.6 × the jog around them, where the wander's "reps" in a
     * steady run stay within 1.15 of it. Longer bouts need the grade: a hilly run's descents are fast on the ground
     * for minutes (the real 3 × 15 min hilly long run, read without its heart rate, gave 23 of them).
     */
    static final double CLEAR_ON_THE_GROUND = 1.3;

    /** Whether the bouts are strides that stand out on the ground, grade aside: see {@link #CLEAR_ON_THE_GROUND}. */
    static boolean clearOnTheGround(Track track, List<RepSpan> spans) {
        double[] ratio = new double[spans.size()];
        double[] dur = new double[spans.size()];
        for (int i = 0; i < ratio.length; i++) {
            double s = spans.get(i).startS();
            double e = spans.get(i).endS();
            dur[i] = e - s;
            double lo = Math.max(track.t0, s - 60);
            double hi = Math.min(track.endTime(), e + 60);
            double around = (track.distance(lo, s) + track.distance(e, hi)) / Math.max(1.0, (s - lo) + (hi - e));
            ratio[i] = track.distance(s, e) / Math.max(1e-3, track.movingTime(s, e)) / Math.max(0.1, around);
        }
        return ratio.length > 0 && org.repcheck.model.Median.of(dur) <= Strides.MAX_S
                && org.repcheck.model.Median.of(ratio) >= CLEAR_ON_THE_GROUND;
    }

    /** Between irregular reps the runner recovers: the typical gap is run this much slower than the reps beside it. */
    static final double RECOVERY_SHARE = 0.85;

    /**
     * The stretches between the bouts are recoveries (a jog, a float, a walk), not the same running broken by a
     * climb: pieces of one long effort chopped by hills have "recoveries" nearly as fast as themselves.
     */
    static boolean recoveriesSlower(Track track, List<RepSpan> spans) {
        double[] speed = new double[spans.size()];
        for (int i = 0; i < speed.length; i++) {
            RepSpan r = spans.get(i);
            speed[i] = track.speed(r.startS(), r.endS());
        }
        double[] share = new double[spans.size() - 1];
        for (int i = 0; i + 1 < spans.size(); i++) {
            double a = spans.get(i).endS();
            double b = spans.get(i + 1).startS();
            double v = b > a ? track.distance(a, b) / Math.max(1.0, b - a) : 0;
            share[i] = v / (0.5 * (speed[i] + speed[i + 1]));
        }
        Arrays.sort(share);
        return share.length == 0 || share[share.length / 2] <= RECOVERY_SHARE;
    }

    /**
     * The session's typical running speed away from the bouts (the median of 10 s windows run outside them): the
     * warm-up, jogs and cool-down. When the runner walked or stood between reps and ran nothing else, there is
     * none, and a walk is the yardstick.
     */
    static double typicalOutside(Track track, List<RepSpan> spans) {
        return typicalRunning(track, (a, b) -> spans.stream().noneMatch(r -> r.startS() < b && r.endS() > a));
    }

    /** The median speed of the 10 s windows {@code from} to {@code to} where the runner ran; a walk when too few. */
    static double typicalRunning(Track track, double from, double to) {
        return typicalRunning(track, (a, b) -> a >= from && b <= to);
    }

    /** Which 10 s windows, from {@code a} to {@code b} s, count. */
    private interface Windows {
        boolean keep(double a, double b);
    }

    private static double typicalRunning(Track track, Windows windows) {
        int w = Math.max(1, (int) Math.round(10 / track.dt));
        double[] out = new double[track.n / w + 1];
        int k = 0;
        for (int i = 0; i + w < track.n; i += w) {
            double v = (track.dist[i + w] - track.dist[i]) / (w * track.dt);
            if (v >= SignalSegmenter.MOVING_MPS && windows.keep(track.time(i), track.time(i + w))) {
                out[k++] = v;
            }
        }
        if (k * 10 < 120) {
            return SignalSegmenter.MOVING_MPS;
        }
        double[] s = Arrays.copyOf(out, k);
        Arrays.sort(s);
        return s[k / 2];
    }

    /** Most reps of a session lie this close to their median distance or duration... */
    static final double SIZE_SPREAD = 0.10;
    /** ...or, in a ladder, their pace this closely. */
    static final double PACE_SPREAD = 0.06;

    /**
     * A session of reps has structure: the reps share a distance or a duration (the same rep repeated, even when
     * the runner fades badly), or they share a pace and their sizes are ones a coach sets (a ladder). Running
     * between walks on a trail, or a steady run broken by stops, has none of this: its bouts run as long as the
     * terrain or the traffic allow.
     */
    static boolean structured(Track track, List<RepSpan> spans) {
        if (sharesSize(track, spans)) {
            return true;
        }
        int k = spans.size();
        double[] speed = new double[k];
        double[] dist = new double[k];
        double[] dur = new double[k];
        for (int i = 0; i < k; i++) {
            RepSpan r = spans.get(i);
            dur[i] = Math.max(1e-3, track.movingTime(r.startS(), r.endS()));
            dist[i] = track.distance(r.startS(), r.endS());
            speed[i] = dist[i] / dur[i];
        }
        // A ladder (200-400-800-400-200 m, 1-2-3-2-1 min): one pace, and sizes a coach would set.
        if (RepAssembler.relativeSpread(speed) > PACE_SPREAD) {
            return false;
        }
        int nominal = 0;
        int wholeTime = 0;
        for (int i = 0; i < k; i++) {
            if (DistanceSnapper.snap(dist[i]).nominalM().isPresent()) {
                nominal++;
            }
            double half = Math.round(dur[i] / 30) * 30;
            if (half > 0 && Math.abs(dur[i] - half) <= DurationRounder.toleranceS(half)) {
                wholeTime++;
            }
        }
        return nominal * 4 >= k * 3 || wholeTime * 4 >= k * 3;
    }

    /** Whether a rep's distance or duration {@code x} is the set's {@code typical} one, within {@link #SIZE_SPREAD}. */
    static boolean nearSize(double x, double typical) {
        return Math.abs(x - typical) <= SIZE_SPREAD * typical;
    }

    /** Most of the reps share a distance or a duration: the same rep repeated (no ladder). */
    static boolean sharesSize(Track track, List<RepSpan> spans) {
        double[] dist = new double[spans.size()];
        double[] dur = new double[spans.size()];
        for (int i = 0; i < dist.length; i++) {
            RepSpan r = spans.get(i);
            dur[i] = Math.max(1e-3, track.movingTime(r.startS(), r.endS()));
            dist[i] = track.distance(r.startS(), r.endS());
        }
        return mostNearMedian(dist) || mostNearMedian(dur);
    }

    /** At least two thirds of the values lie within {@link #SIZE_SPREAD} of their median (one odd bout is allowed). */
    static boolean mostNearMedian(double[] xs) {
        double med = upperMedian(xs);
        int near = 0;
        for (double x : xs) {
            if (nearSize(x, med)) {
                near++;
            }
        }
        return near * 3 >= xs.length * 2;
    }

    /** Most of {@code sizes} share one ({@link #mostNearMedian}), and {@code size} has it too. */
    static boolean sharedAndNear(double[] sizes, double size) {
        return mostNearMedian(sizes) && nearSize(size, upperMedian(sizes));
    }

    private static double upperMedian(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
