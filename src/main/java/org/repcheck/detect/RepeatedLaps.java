package org.repcheck.detect;

import java.util.List;

import org.repcheck.model.Lap;

/**
 * A repeat the laps show by their shape alone: work and recovery laps in turn, the work laps of one size, the
 * recovery laps of one size, and every work lap run faster than the recoveries beside it. A workout run from the
 * watch writes one lap per step, so a file that lost its steps (a TCX export, a watch that keeps only laps) still
 * shows its plan this way: the real 4 × 30 s hills (30 s and 90 s laps in turn), whose uphill reps are no faster on
 * the ground than the 32-minute warm-up lap, and the real 3 × 15 min on hills, whose cool-down runs as fast as its
 * reps, both read as "a run, not reps" by pace alone. Where work and recovery laps are of one size (2 min on, 2 min
 * off), only a clear pace gap tells them apart: the real 5 × 2 min speed play, whose floats run near rep pace, was
 * four reps, two of them three laps long.
 *
 * @param clearGap the work laps' pace over the recoveries' that sets laps of one size apart
 * @param maxRepS  the longest a work lap may last (longer is a run, not a rep)
 */
record RepeatedLaps(double clearGap, double maxRepS) {

    /** A work lap that grows a repeat runs at least this much faster than the repeat's median recovery. */
    static final double WORK_OVER_RECOVERY = 1.06;

    /** At least this many work laps make a repeat. */
    static final int MIN_REPS = 3;
    /** A lap outside the repeats is a rep too when run as fast, and this share of a rep's duration or distance. */
    static final double OUTSIDE_SHARE = 0.5;

    /**
     * The work laps of the longest repeats, each at least {@link #MIN_REPS} work laps long (a second repeat later in
     * the session counts too), and a lap one recovery away from either end run at least as fast as their slowest
     * work lap and at least {@link #OUTSIDE_SHARE} of its size (the real 3 × 1700 m's closing 1 km; not the last
     * 50 s the watch wrote after a cool-down): none when the laps hold no repeat.
     *
     * @param laps    the laps in the running part, in order
     * @param speed   each lap's speed, m/s
     * @param running whether each lap was run (not walked, stood or paused through)
     */
    boolean[] work(List<Lap> laps, double[] speed, boolean[] running) {
        boolean[] work = new boolean[laps.size()];
        boolean[] inRepeat = new boolean[laps.size()];
        int from = 0;
        while (from < laps.size()) {
            int bestEnd = -1;
            int bestStart = -1;
            for (int s = from; s < laps.size(); s++) {
                // Only repeats that overlap the best so far compete with it: one after it is the next repeat.
                if (bestEnd >= 0 && s > bestEnd) {
                    break;
                }
                int e = end(laps, speed, running, s);
                if (e >= 0 && (bestEnd < 0 || e - s > bestEnd - bestStart)) {
                    bestStart = s;
                    bestEnd = e;
                }
            }
            if (bestEnd < 0) {
                break;
            }
            for (int i = bestStart; i <= bestEnd; i++) {
                inRepeat[i] = true;
                work[i] = (i - bestStart) % 2 == 0;
            }
            from = bestEnd + 1;
        }
        withNeighbours(laps, speed, running, work, inRepeat);
        return work;
    }

    /** Marks as work the laps one recovery away from a repeat's ends that were run like its reps. */
    private void withNeighbours(List<Lap> laps, double[] speed, boolean[] running, boolean[] work,
                                       boolean[] inRepeat) {
        double slowest = Double.POSITIVE_INFINITY;
        double shortestS = Double.POSITIVE_INFINITY;
        double shortestM = Double.POSITIVE_INFINITY;
        for (int i = 0; i < work.length; i++) {
            if (work[i]) {
                slowest = Math.min(slowest, speed[i]);
                shortestS = Math.min(shortestS, laps.get(i).elapsedS());
                if (Double.isFinite(laps.get(i).distanceM())) {
                    shortestM = Math.min(shortestM, laps.get(i).distanceM());
                }
            }
        }
        boolean[] reps = work.clone();
        for (int i = 0; i < laps.size(); i++) {
            Lap lap = laps.get(i);
            boolean repSized = lap.elapsedS() >= OUTSIDE_SHARE * shortestS
                    || lap.distanceM() >= OUTSIDE_SHARE * shortestM;
            // One recovery away: a lap that is no rep between it and a rep (the repeat's own last recovery may be it).
            boolean nextToRepeat = i >= 2 && reps[i - 2] && !reps[i - 1]
                    || i + 2 < laps.size() && reps[i + 2] && !reps[i + 1];
            if (!inRepeat[i] && nextToRepeat && running[i] && speed[i] >= slowest && repSized
                    && lap.elapsedS() <= maxRepS) {
                work[i] = true;
            }
        }
    }

    /**
     * The last lap of the repeat whose first work lap is {@code s}, or -1 when none starts there: work laps at
     * {@code s}, {@code s + 2}, ..., recoveries between, grown while each new pair keeps the sizes and the contrast,
     * and each new work lap runs {@link #WORK_OVER_RECOVERY} × the repeat's typical recovery so far: a cool-down's
     * first kilometre, auto-lapped, is of a 1 km rep's size and faster than the walk before it, but no faster than
     * the jogs between the reps (the real 5 × 4 min with auto-lap on as well). A speed play's floats run near its
     * reps, and its reps slow by a third from the first to the fourth (the real 5 × 2 min): no rep is held to the
     * others' pace.
     */
    private int end(List<Lap> laps, double[] speed, boolean[] running, int s) {
        int last = s;
        int reps = 1;
        while (last + 2 < laps.size() && running[last + 2]
                && fits(laps, s, last + 2) && fits(laps, s + 1, last + 1)
                && slower(speed, running, last + 1, last) && slower(speed, running, last + 1, last + 2)
                && speed[last + 2] >= WORK_OVER_RECOVERY * typicalRecovery(speed, running, s, last + 1)) {
            last += 2;
            reps++;
        }
        if (!running[s] || reps < MIN_REPS || laps.get(s).elapsedS() > maxRepS) {
            return -1;
        }
        // Work and recovery laps of one duration or distance: only their pace, and the laps around, set them apart.
        if (fits(laps, s, s + 1)
                && (!(contrast(speed, running, s, last) >= clearGap) || !setApart(laps, s, last))) {
            return -1;
        }
        // The recovery after the last rep is the repeat's when it is one of its recoveries.
        int after = last + 1;
        return after < laps.size() && fits(laps, s + 1, after) && slower(speed, running, after, last) ? after : last;
    }

    /** The median speed of the recovery laps from {@code s + 1} to {@code lastRecovery} (one not run counts as 0). */
    private static double typicalRecovery(double[] speed, boolean[] running, int s, int lastRecovery) {
        List<Double> rest = new java.util.ArrayList<>();
        for (int i = s + 1; i <= lastRecovery; i += 2) {
            rest.add(running[i] ? speed[i] : 0.0);
        }
        return org.repcheck.model.Median.of(rest.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Recovery lap {@code r} was slower than work lap {@code w}: a lap stood, walked or paused through always is,
     * whatever its speed says (a paused lap's GPS drift over its few timer seconds reads 20 m/s).
     */
    private static boolean slower(double[] speed, boolean[] running, int r, int w) {
        return !running[r] || speed[r] < speed[w];
    }

    /**
     * A repeat of laps of one size is set apart from the rest of the run: a warm-up or cool-down lap outside it lasts
     * twice a rep or more, and most laps outside it are of another size. Laps of one size through the run (a lap
     * every 3 min) set nothing apart, and on hills, or with a phone's GPS, their paces alternate by chance; a
     * warm-up lap pressed in two may leave one piece of a rep's length.
     */
    private static boolean setApart(List<Lap> laps, int s, int last) {
        int outside = 0;
        int sized = 0;
        boolean warmUp = false;
        for (int i = 0; i < laps.size(); i++) {
            if (i < s || i > last + 1) {
                outside++;
                sized += fits(laps, s, i) ? 1 : 0;
                warmUp |= laps.get(i).elapsedS() >= 2 * laps.get(s).elapsedS();
            }
        }
        return warmUp && sized * 2 <= outside;
    }

    /** Lap {@code j} is of lap {@code i}'s size: its duration or its distance within the set's spread. */
    private static boolean fits(List<Lap> laps, int i, int j) {
        Lap a = laps.get(i);
        Lap b = laps.get(j);
        return near(a.elapsedS(), b.elapsedS()) || near(a.distanceM(), b.distanceM());
    }

    private static boolean near(double x, double y) {
        return x > 0 && y > 0 && Math.abs(x - y) <= SignalEvidence.SIZE_SPREAD * Math.max(x, y);
    }

    /** The work laps' mean speed over the recoveries' between them (a recovery not run counts as standing). */
    private static double contrast(double[] speed, boolean[] running, int s, int last) {
        double work = 0;
        double rest = 0;
        int nWork = 0;
        int nRest = 0;
        for (int i = s; i <= last; i++) {
            double v = running[i] ? speed[i] : 0.0;
            if ((i - s) % 2 == 0) {
                work += v;
                nWork++;
            } else {
                rest += v;
                nRest++;
            }
        }
        return (work / nWork) / (rest / nRest);
    }
}
