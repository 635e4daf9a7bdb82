package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.repcheck.model.Lap;
import org.repcheck.model.Median;

/**
 * Reps from laps pressed at one edge of each rep only, a habit of many runners. Pressed as each rep starts, each lap
 * holds a rep and its recovery, the first lap is the warm-up and the last runs on into the cool-down; pressed as
 * each rep ends, each lap holds a recovery and its rep, the first the warm-up and the first rep, the last the
 * cool-down. Lap paces then mislead: over stood recoveries every rep's lap is slow, and {@link LapClassifier} took
 * the warm-up and the last lap for the fast ones (200 sessions of the realistic generated mix recorded with presses
 * at rep starts: F1 0.913, against 0.996 now), so these laps are read first. Each lap opens (or closes) fast, and its
 * press is the rep's start (or end) to the second; the rep's other edge is where the two-line fit over the lap's
 * distance puts the change of pace ({@link LapSplit}).
 *
 * <p>The laps are such a set when none is an auto-lap and every lap after the first (or before the last),
 * {@link #MIN_LAPS} or more, opens (or closes) with {@link LapSplit#MIN_PART_S} or more at {@link #MIN_RATIO} × the
 * pace of the rest of the lap, with the heart rate climbing over the fast part. A steady run with laps pressed at
 * random moments opens them at its own pace, a hill now and then, never lap after lap; laps pressed at starts and
 * ends have recovery laps that open and close slow; a fartlek whose soft surge opens one lap no faster is left to
 * the signal.
 */
final class RepEdgeLaps {
    private RepEdgeLaps() {
    }

    /** A set holds at least this many laps that open (or close) fast... */
    static final int MIN_LAPS = 3;
    /** ...each fast part ({@link LapSplit#opening}, {@link LapSplit#closing}) this much faster than the rest of the lap
     * (a jog runs 0.5-0.8 × a rep). */
    static final double MIN_RATIO = 1.2;
    /**
     * The lap at the run's edge holds the warm-up or the cool-down as well as a rep (the last, for presses at rep
     * starts; the first, for presses at rep ends): it is read over at most this many times the set's median lap next
     * to its press, so a long warm-up's or cool-down's changes of pace do not move the rep's other edge.
     */
    static final double LAST_LAP_SPAN = 1.5;

    /**
     * The reps the laps open with (pressed at each rep's start), or close with (pressed at each rep's end), or empty
     * (the next reading's turn) when the laps are pressed at both edges or at neither.
     */
    static Optional<List<RepSpan>> find(Track track, List<Lap> laps, List<String> notes) {
        List<Lap> pressed = laps.stream().filter(l -> !l.trigger().isAuto()).toList();
        if (pressed.size() != laps.size() || laps.size() < MIN_LAPS + 1) {
            return Optional.empty();
        }
        double medianLap = Median.of(laps.subList(1, laps.size() - 1).stream().mapToDouble(Lap::elapsedS).toArray());
        Optional<List<RepSpan>> atStarts = atStarts(track, laps, medianLap);
        if (atStarts.isPresent()) {
            notes.add(String.format(Locale.ROOT, "laps: %d laps in a row each open with a fast stretch and close "
                    + "slower: laps pressed as each rep starts, the reps' ends taken from the pace",
                    atStarts.get().size()));
            return atStarts;
        }
        Optional<List<RepSpan>> atEnds = atEnds(track, laps, medianLap);
        atEnds.ifPresent(r -> notes.add(String.format(Locale.ROOT, "laps: %d laps in a row each open slower and "
                + "close with a fast stretch: laps pressed as each rep ends, the reps' starts taken from the pace",
                r.size())));
        return atEnds;
    }

    /** Every lap after the first opens fast: the first is the warm-up, the last runs on into the cool-down. */
    private static Optional<List<RepSpan>> atStarts(Track track, List<Lap> laps, double medianLap) {
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
        return reps.size() < MIN_LAPS ? Optional.empty() : Optional.of(reps);
    }

    /** Every lap before the last closes fast: the first holds the warm-up, the last is the cool-down. */
    private static Optional<List<RepSpan>> atEnds(Track track, List<Lap> laps, double medianLap) {
        List<Optional<RepSpan>> closings = new ArrayList<>();
        for (int i = 0; i < laps.size(); i++) {
            Lap lap = laps.get(i);
            double span = i == 0 ? Math.min(lap.elapsedS(), LAST_LAP_SPAN * medianLap) : lap.elapsedS();
            closings.add(LapSplit.of(track, lap.endS() - span, lap.endS()).flatMap(p -> p.closing(track, MIN_RATIO)));
        }
        int[] run = longestRun(closings);
        int last = laps.size() - 1;
        if (run[1] - run[0] < MIN_LAPS || run[0] > 0 || run[1] < last) {
            return Optional.empty();
        }
        List<RepSpan> reps = closings.subList(run[0], run[1]).stream().map(Optional::orElseThrow).toList();
        if (run[1] == laps.size()
                && !repPaced(track, reps.get(reps.size() - 1), reps.subList(0, reps.size() - 1))) {
            reps = reps.subList(0, reps.size() - 1);
        }
        return reps.size() < MIN_LAPS ? Optional.empty() : Optional.of(reps);
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
     * The lap at the recording's edge (the first, for presses at rep starts; the last, for presses at rep ends)
     * holds a rep only when its fast part runs at the reps' pace (a recording begun on the start line), not when it
     * is a warm-up that ends in a stand before the first rep.
     */
    static final double FIRST_LAP_PACE = 0.9;

    private static boolean repPaced(Track track, RepSpan first, List<RepSpan> others) {
        double median = Median.of(others.stream().mapToDouble(r -> track.speed(r.startS(), r.endS())).toArray());
        return track.speed(first.startS(), first.endS()) >= FIRST_LAP_PACE * median;
    }

}
