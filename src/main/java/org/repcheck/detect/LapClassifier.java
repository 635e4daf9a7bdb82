package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.repcheck.model.Lap;

/**
 * Reps from device laps, judged on the laps' own evidence because their flags lie: some watches mark every lap
 * INTERVAL, TCX marks recoveries ACTIVE, and auto-laps split a steady run at every kilometre.
 *
 * <p>Among the laps that were run (standing, walking and timer-stopped laps are recoveries), the lap speeds must
 * show a clear gap: the slowest work lap at least {@link #MIN_GAP_RATIO} times the fastest slower lap. Gaps are
 * tried from the fastest down (jog < warm-up < reps has two), and a split gives reps only when its fast laps come
 * as at least two bouts, none longer than {@link #MAX_REP_S}, and not nearly the whole run. A steady or progressive
 * run has no such gap; a long run with laps pressed at random fails the rest. Auto-laps (distance, time,
 * position) never mark reps: they fall where the kilometre ends, not where the effort changes, so a run split by
 * them is left to the signal. Lap intensity flags are not used at all.
 */
final class LapClassifier {
    /** The pace gap between work and everything else: 4:00/km work over a 4:36/km slow lap is the least we accept. */
    static final double MIN_GAP_RATIO = 1.15;
    /** Laps shorter than this are button bounces, neither work nor recovery. */
    static final double MIN_LAP_S = 10;
    /** A work lap longer than this is a run, not a rep. */
    static final double MAX_REP_S = 25 * 60;

    /** Below this a lap was walked or stood through. */
    static final double RUNNING_MPS = 1.5;

    private LapClassifier() {
    }

    /** A lap that was run: at a running speed, with the timer going for most of it. */
    private static boolean running(Lap lap, double speed) {
        boolean timerMostlyRunning = !(lap.timerS() < 0.5 * lap.elapsedS());
        return speed >= RUNNING_MPS && timerMostlyRunning;
    }

    static List<RepSpan> find(Track track, List<Lap> laps, RunningRanges running, List<String> notes) {
        List<Lap> usable = new ArrayList<>();
        int auto = 0;
        for (Lap lap : laps) {
            if (lap.trigger().isAuto()) {
                auto++;
            }
            if (lap.elapsedS() >= MIN_LAP_S && running.containsMid(lap.startS(), lap.endS())) {
                usable.add(lap);
            }
        }
        if (laps.size() < 3) {
            notes.add("laps: " + laps.size() + " lap(s), too few to hold reps and recoveries");
            return List.of();
        }
        if (auto * 2 > laps.size()) {
            notes.add("laps: " + auto + " of " + laps.size()
                    + " laps are auto-laps, which split the run at fixed points, not where the effort changed");
            return List.of();
        }
        if (usable.size() < 3) {
            notes.add("laps: fewer than three laps in the running part");
            return List.of();
        }
        int m = usable.size();
        double[] speed = new double[m];
        for (int i = 0; i < m; i++) {
            Lap lap = usable.get(i);
            double time = Double.isFinite(lap.timerS()) && lap.timerS() > 0 ? lap.timerS()
                    : track == null ? lap.elapsedS() : track.movingTime(lap.startS(), lap.endS());
            double dist = Double.isFinite(lap.distanceM()) ? lap.distanceM()
                    : track == null ? Double.NaN : track.distance(lap.startS(), lap.endS());
            speed[i] = time > 0 ? dist / time : Double.NaN;
            if (!Double.isFinite(speed[i])) {
                notes.add("laps: a lap has no distance, so lap paces cannot be compared");
                return List.of();
            }
        }
        // Laps spent standing, walking or with the timer mostly stopped are recoveries whatever else happens; the
        // work/recovery gap is looked for among the laps that were run.
        double[] moving = new double[m];
        int mm = 0;
        for (int i = 0; i < m; i++) {
            if (running(usable.get(i), speed[i])) {
                moving[mm++] = speed[i];
            }
        }
        double[] sorted = Arrays.copyOf(moving, mm);
        Arrays.sort(sorted);
        // Candidate splits: a gap of at least MIN_GAP_RATIO between neighbouring lap speeds, keeping at least two
        // work laps. A session often has three paces (jog recoveries < warm-up < reps) and the widest gap can be
        // the lower one, so the splits are tried from the fastest down and the first that gives reps wins.
        double bestRatio = 0;
        String why = null;
        for (int k = mm - 2; k >= 1; k--) {
            double ratio = sorted[k] / sorted[k - 1];
            bestRatio = Math.max(bestRatio, ratio);
            if (ratio < MIN_GAP_RATIO) {
                continue;
            }
            List<String> rejected = new ArrayList<>(1);
            List<RepSpan> spans = split(usable, speed, 0.5 * (sorted[k] + sorted[k - 1]), rejected);
            if (!spans.isEmpty()) {
                return spans;
            }
            if (why == null) {
                why = rejected.get(0);
            }
        }
        notes.add(why != null ? why : String.format(java.util.Locale.ROOT,
                "laps: lap paces show no clear gap between work and recovery (best gap %.0f %%)", (bestRatio - 1) * 100));
        return List.of();
    }

    /** The laps faster than {@code threshold} as reps, or empty with the reason they are not reps. */
    private static List<RepSpan> split(List<Lap> usable, double[] speed, double threshold, List<String> why) {
        List<RepSpan> spans = new ArrayList<>();
        int bouts = 0;
        boolean prevWork = false;
        double workTime = 0;
        double allTime = 0;
        for (int i = 0; i < usable.size(); i++) {
            Lap lap = usable.get(i);
            boolean work = running(lap, speed[i]) && speed[i] > threshold;
            allTime += lap.elapsedS();
            // A pause between two fast laps (timer stopped for a standing recovery) separates two bouts.
            boolean gapBefore = i > 0 && lap.startS() > usable.get(i - 1).endS() + 5;
            if (work) {
                if (lap.elapsedS() > MAX_REP_S) {
                    why.add("laps: a fast lap lasts over 25 min: a run, not a rep");
                    return List.of();
                }
                if (!prevWork || gapBefore) {
                    bouts++;
                }
                workTime += lap.elapsedS();
                spans.add(new RepSpan(lap.startS(), lap.endS(), java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.empty(), lap.distanceM(), lap.timerS()));
            }
            prevWork = work;
        }
        if (bouts < 2) {
            why.add("laps: the fast laps form a single block, not reps with recoveries between");
            return List.of();
        }
        // A steady run with one stop (a lap at a traffic light) splits into "fast" and one slow lap: reps are a
        // part of a session, never nearly all of it.
        if (workTime > 0.8 * allTime) {
            why.add("laps: the fast laps are nearly the whole run, so they are its pace, not reps");
            return List.of();
        }
        return spans;
    }
}
