package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;

/**
 * Laps the watch closed at fixed points, by distance or by time: they split the run where the counter rolled over,
 * not where the effort changed, so they carry no evidence of reps and the signal decides.
 */
final class AutoLaps {
    private AutoLaps() {
    }

    /** A file whose runner pressed the key at least this often has the runner's laps, whatever else it holds. */
    static final int MIN_PRESSED = 2;
    /**
     * The pace runs on across a lap boundary when the half minute either side differs by less than this: a rep's
     * edge is a clear gap ({@link LapClassifier#CLEAR_GAP}); a rep on hills runs on across an auto-lap within it
     * (at 1.10 the generated realistic mix with auto-lap on lost reps split on a climb: F1 0.9953, against 0.9984
     * at 1.15 and with the presses alone).
     */
    static final double RUNS_ON = 1.15;
    /** How much running either side of a boundary shows whether the pace changed there. */
    static final double AROUND_S = 30;

    /**
     * The laps with the watch's auto-laps taken out where the runner also pressed the key: with auto-lap on (a
     * Garmin's default, every kilometre after each press), a long warm-up or rep is written as laps of 1 km and a
     * rest, and those laps of a rep's size read as reps. An auto-lap whose boundary the pace runs on across
     * ({@link #RUNS_ON}) is joined to the lap after it; one where the pace changed (a workout step's end, which the
     * device writes as a distance or time trigger) stays. Laps as written when the runner pressed fewer than
     * {@link #MIN_PRESSED} times.
     */
    static List<Lap> joinedWhereThePaceRunsOn(Track track, List<Lap> laps, List<String> notes) {
        long pressed = laps.stream().filter(l -> l.trigger() == LapTrigger.MANUAL).count();
        if (pressed < MIN_PRESSED || laps.stream().noneMatch(l -> l.trigger().isAuto())) {
            return laps;
        }
        List<Lap> out = new ArrayList<>();
        int joined = 0;
        Lap open = null;
        for (Lap lap : laps) {
            if (open != null) {
                lap = join(open, lap);
                joined++;
            }
            open = lap.trigger().isAuto() && runsOn(track, lap.endS()) ? lap : null;
            if (open == null) {
                out.add(lap);
            }
        }
        if (open != null) {
            out.add(open);
        }
        if (joined > 0) {
            notes.add(String.format(Locale.ROOT, "laps: %d auto-lap(s) joined to the lap after them: the pace runs on "
                    + "across them, and the runner pressed the key %d times", joined, pressed));
        }
        return out;
    }

    private static boolean runsOn(Track track, double t) {
        if (t - AROUND_S < track.t0 || t + AROUND_S > track.endTime()) {
            return true;
        }
        double before = track.speed(t - AROUND_S, t);
        double after = track.speed(t, t + AROUND_S);
        return before > 0 && after > 0 && Math.max(before, after) < RUNS_ON * Math.min(before, after);
    }

    /** Two laps as the one lap they were before the watch cut it. */
    private static Lap join(Lap a, Lap b) {
        double timer = (Double.isFinite(a.timerS()) ? a.timerS() : a.elapsedS())
                + (Double.isFinite(b.timerS()) ? b.timerS() : b.elapsedS());
        double hr = Double.isFinite(a.avgHr()) && Double.isFinite(b.avgHr())
                ? (a.avgHr() * a.elapsedS() + b.avgHr() * b.elapsedS()) / (a.elapsedS() + b.elapsedS()) : Double.NaN;
        return new Lap(a.startS(), b.endS() - a.startS(), timer, a.distanceM() + b.distanceM(), a.intensity(),
                b.trigger(), a.wktStepIndex(), hr, Math.max(a.maxHr(), b.maxHr()));
    }

    /** Why the laps are auto-laps by distance, for the notes; empty when they may hold reps. */
    static Optional<String> byDistance(List<Lap> laps) {
        long fixed = Math.max(laps.stream().filter(l -> l.trigger() == LapTrigger.DISTANCE
                || l.trigger() == LapTrigger.POSITION).count(), sameDistance(laps));
        if (fixed * 2 > laps.size()) {
            return Optional.of("laps: " + fixed + " of " + laps.size() + " laps are distance auto-laps, which split "
                    + "the run at fixed points, not where the effort changed");
        }
        return Optional.empty();
    }

    /**
     * Why laps of one time are auto-laps by time, for the notes; empty when they are not. Every lap but the first
     * and the last lasts one time (a first lap pressed by hand, then a lap every 2 min, then the rest): pace gaps
     * between such laps are the terrain's (on hills they alternate by chance). A workout of one time on and one
     * time off is read by its repeat ({@link RepeatedLaps}) before this is asked; a warm-up, a tempo and a cool-down
     * of 10, 20 and 10 minutes are not laps of one time.
     *
     * @param laps the laps long enough to count, in order
     */
    static Optional<String> byTime(List<Lap> laps) {
        if (laps.size() < 4) {
            return Optional.empty();
        }
        List<Lap> inner = laps.subList(1, laps.size() - 1);
        long timed = sameDuration(laps);
        if (sameDuration(inner) == inner.size()) {
            return Optional.of("laps: " + timed + " of " + laps.size() + " laps last the same time (auto-laps by "
                    + "time), which split the run at fixed points, not where the effort changed");
        }
        return Optional.empty();
    }

    /**
     * How many laps share one distance to the metre: auto-laps, whatever trigger the device wrote (COROS writes
     * none). Legs never close a lap by hand at the same metre twice.
     */
    static long sameDistance(List<Lap> laps) {
        return most(laps, Lap::distanceM, 0.5);
    }

    /**
     * How many laps last one time to the second. On hills the paces of such laps alternate by chance: the real
     * steady and trail runs of ../shared/corpus/reps cut every 1-5 min gave "reps" in 10 of 68 cuts, and 5 of 68
     * more when their first lap was pressed by hand.
     */
    static long sameDuration(List<Lap> laps) {
        return most(laps, Lap::elapsedS, 1);
    }

    /** The most laps whose {@code value} lies within {@code tolerance} of one lap's. */
    private static long most(List<Lap> laps, ToDoubleFunction<Lap> value, double tolerance) {
        long best = 0;
        for (Lap a : laps) {
            double x = value.applyAsDouble(a);
            if (!(x > 0)) {
                continue;
            }
            long n = laps.stream().filter(b -> Math.abs(value.applyAsDouble(b) - x) <= tolerance).count();
            best = Math.max(best, n);
        }
        return best;
    }
}
