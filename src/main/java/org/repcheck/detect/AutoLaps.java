package org.repcheck.detect;

import java.util.List;
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
