package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.repcheck.model.Lap;
import org.repcheck.model.Median;

/**
 * Reps from laps pressed only as each rep starts, a habit of many runners: each lap holds a rep and its recovery,
 * the first lap is the warm-up and the last runs on into the cool-down. Lap paces then mislead: over stood
 * recoveries every rep's lap is slow, and {@link LapClassifier} took the warm-up and the last lap for the fast ones
 * (200 sessions of the realistic generated mix recorded this way: F1 0.913, against 0.996 now), so these laps are
 * read first. Each lap
 * opens fast and closes slower, and its press is the rep's start to the second; the rep ends where the two-line fit
 * over the lap's distance puts the change of pace ({@link LapSplit}).
 *
 * <p>The laps are such a set when none is an auto-lap and every lap after the first, {@link #MIN_LAPS} or more,
 * opens with {@link LapSplit#MIN_PART_S} or more at {@link #MIN_RATIO} × the pace of the rest of the lap, with
 * the heart rate climbing over the opening. A steady run with laps pressed at random moments opens them at its own
 * pace, a hill now and then, never lap after lap; laps pressed at starts and ends have recovery laps that open slow; a
 * fartlek whose soft surge opens one lap no faster is left to the signal.
 */
final class RepStartLaps {
    private RepStartLaps() {
    }

    /** A set holds at least this many laps that open fast... */
    static final int MIN_LAPS = 3;
    /** ...each opening ({@link LapSplit#opening}) this much faster than the rest (a jog runs 0.5-0.8 × a rep). */
    static final double MIN_RATIO = 1.2;
    /**
     * The last lap runs from the last rep's start to the end of the run, cool-down and all: it is read over at most
     * this many times the set's median lap, so a long cool-down's changes of pace do not move the rep's end.
     */
    static final double LAST_LAP_SPAN = 1.5;

    /** The reps the laps open with, or empty (the signal's turn) when the laps are not pressed at rep starts. */
    static Optional<List<RepSpan>> find(Track track, List<Lap> laps, List<String> notes) {
        List<Lap> pressed = laps.stream().filter(l -> !l.trigger().isAuto()).toList();
        if (pressed.size() != laps.size() || laps.size() < MIN_LAPS + 1) {
            return Optional.empty();
        }
        double medianLap = Median.of(laps.subList(1, laps.size() - 1).stream().mapToDouble(Lap::elapsedS).toArray());
        List<Optional<RepSpan>> openings = new ArrayList<>();
        for (int i = 0; i < laps.size(); i++) {
            Lap lap = laps.get(i);
            double span = i == laps.size() - 1 ? Math.min(lap.elapsedS(), LAST_LAP_SPAN * medianLap) : lap.elapsedS();
            openings.add(LapSplit.of(track, lap.startS(), lap.startS() + span)
                    .flatMap(p -> p.opening(track, MIN_RATIO)));
        }
        int[] run = longestRun(openings);
        if (run[1] - run[0] < MIN_LAPS || run[0] > 1 || run[1] < laps.size()) {
            return Optional.empty();
        }
        List<RepSpan> reps = openings.subList(run[0], run[1]).stream().map(Optional::orElseThrow).toList();
        if (run[0] == 0 && !repPaced(track, reps.get(0), reps.subList(1, reps.size()))) {
            reps = reps.subList(1, reps.size());
        }
        if (reps.size() < MIN_LAPS) {
            return Optional.empty();
        }
        notes.add(String.format(Locale.ROOT, "laps: %d laps in a row each open with a fast stretch and close slower: "
                + "laps pressed as each rep starts, the reps' ends taken from the pace", reps.size()));
        return Optional.of(reps);
    }

    /** Where the longest run of consecutive present openings lies, as {first, one past the last}. */
    private static int[] longestRun(List<Optional<RepSpan>> openings) {
        int[] best = {0, 0};
        int start = 0;
        for (int i = 0; i <= openings.size(); i++) {
            if (i == openings.size() || openings.get(i).isEmpty()) {
                if (i - start > best[1] - best[0]) {
                    best = new int[] {start, i};
                }
                start = i + 1;
            }
        }
        return best;
    }

    /**
     * The first lap opens at the recording's start: its opening is a rep only when it runs at the reps' pace (a
     * recording begun on the start line), not when it is a warm-up that ends in a stand before the first rep.
     */
    static final double FIRST_LAP_PACE = 0.9;

    private static boolean repPaced(Track track, RepSpan first, List<RepSpan> others) {
        double median = Median.of(others.stream().mapToDouble(r -> speed(track, r)).toArray());
        return speed(track, first) >= FIRST_LAP_PACE * median;
    }

    private static double speed(Track track, RepSpan r) {
        return track.distance(r.startS(), r.endS()) / Math.max(1, track.movingTime(r.startS(), r.endS()));
    }
}
