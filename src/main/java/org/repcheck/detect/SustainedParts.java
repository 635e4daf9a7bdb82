package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Undoes a trim that cut a rep down to its opening surge. A bout's slower side is cut off as the warm-up or cool-down
 * glued to it; but a runner who goes out too fast and settles (what repcheck exists to catch) runs a long slower side
 * that is the rep itself. On the real 3 × 1700 m with standing rests, the first rep opened with a 60 s surge at
 * 3:45/km and settled for 7 minutes at 4:50/km, the pace of the other reps; the trim had left only the surge. A cut
 * side is given back when it is run at the pace of the session's bouts and either lasts at least
 * {@link #SUSTAINED_S} or brings the rep nearer the size of the other bouts; a glued warm-up jog is far slower than
 * the reps and stays cut.
 */
final class SustainedParts {
    private SustainedParts() {
    }

    /**
     * A cut side at least this long may be part of the rep. Measured both ways: on the generated surging first reps
     * (1000 m and longer) a shorter floor finds more of them (F1 0.84 at 300 s, 0.88 at 240 s, 0.92 at 120 s), but
     * at 150 s and under a real steady run (the Strava 5 km) grows a rep from its brisk stretches. Four minutes
     * keeps a margin from that.
     */
    static final double SUSTAINED_S = 240;
    /** A shorter cut side is given back only when it brings the rep nearer the set's size, and lasts this long. */
    static final double MIN_SIZED_S = 60;
    /** ...when run at this share, or more, of the session's typical bout speed. */
    static final double SET_PACE_SHARE = 0.9;

    /** The trimmed bouts with each rep-paced sustained side given back (grid indices, as the segmenter holds them). */
    static List<int[]> restore(Track track, List<int[]> trimmed, List<int[]> untrimmed) {
        if (trimmed.size() < 2) {
            return trimmed;
        }
        double[] speed = new double[trimmed.size()];
        for (int i = 0; i < speed.length; i++) {
            speed[i] = speed(track, trimmed.get(i)[0], trimmed.get(i)[1]);
        }
        double[] sorted = speed.clone();
        Arrays.sort(sorted);
        int k = sorted.length;
        double typical = k % 2 == 1 ? sorted[k / 2] : 0.5 * (sorted[k / 2 - 1] + sorted[k / 2]);
        double[] dur = new double[trimmed.size()];
        for (int i = 0; i < dur.length; i++) {
            dur[i] = (trimmed.get(i)[1] - trimmed.get(i)[0]) * track.dt;
        }
        double[] ds = dur.clone();
        Arrays.sort(ds);
        double typicalS = k % 2 == 1 ? ds[k / 2] : 0.5 * (ds[k / 2 - 1] + ds[k / 2]);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < trimmed.size(); i++) {
            int[] t = trimmed.get(i);
            int[] u = untrimmed.get(i);
            double keptS = dur[i];
            int a = partOfRep(track, u[0], t[0], typical, keptS, typicalS) ? u[0] : t[0];
            int b = partOfRep(track, t[1], u[1], typical, keptS, typicalS) ? u[1] : t[1];
            out.add(new int[] {a, b});
        }
        return out;
    }

    /**
     * A cut side run at rep pace is part of the rep when it is sustained, or when it brings the rep nearer the size
     * of the session's other bouts (a 1000 m rep that surged for 40 s and settled for 160 s, beside 200 s reps).
     */
    private static boolean partOfRep(Track track, int from, int to, double typicalSpeed, double keptS,
                                     double typicalS) {
        double s = (to - from) * track.dt;
        boolean sized = s >= MIN_SIZED_S && Math.abs(keptS + s - typicalS) < Math.abs(keptS - typicalS);
        return (s >= SUSTAINED_S || sized) && speed(track, from, to) >= SET_PACE_SHARE * typicalSpeed;
    }

    private static double speed(Track track, int from, int to) {
        double a = track.time(from);
        double b = track.time(to);
        return track.speed(a, b);
    }
}
