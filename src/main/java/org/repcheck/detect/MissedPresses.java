package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.repcheck.model.Lap;

/**
 * The reps whose lap press the runner forgot, inside the set the laps gave: a forgotten press at a rep's end leaves
 * one lap of the rep and its recovery, which opens fast; one at a rep's start, one of a recovery and the rep, which
 * closes fast. Either way two laps, where one is the rule, lie between the reps either side, and the rep is the
 * first lap's fast close or the second's fast opening; before the first rep they are the last two laps (a warm-up
 * may be pressed in two), after the last the first two (the recovery, and the cool-down that holds the last rep).
 * A fartlek's unmarked surge lies in a recovery of one lap, or of several pressed by accident; a warm-up pressed in
 * two has no rep on its far side, and a cool-down of its own does not open with a rep at the set's pace and size.
 *
 * <p>Such a lap is read as two paces ({@link LapSplit}), and its fast part is a rep when it runs at the set's pace
 * ({@link #SET_PACE} × its slowest rep), {@link #MIN_RATIO} × the lap's other part ({@link #SIZED_RATIO} × when the
 * set shares a size and the part has it), raises the heart rate, and lasts as long as the set's reps do
 * ({@link #SIZE_RANGE}). The press that was kept gives one boundary to the second, the pace change the other.
 *
 * <p>Before that, the set is mended where the merged lap misled the laps' reading: a merged lap taken for a rep
 * (over a walked or stood recovery its moving pace is a rep's) is cut to its fast part ({@link #unjoined}), and
 * reps the merged lap cut off from the set's rhythm are taken back ({@link #wholeLaps}). On 200 generated sessions
 * with one inner press forgotten: F1 0.858 before, 0.974 with all three; with any rep's press forgotten, 0.962
 * when only inner laps were read and at {@link #MIN_RATIO} only, 0.980 now. The real sessions with one press
 * forgotten (RecordingVariantsTest): F1 0.915 and 0.928 (end, start) before, 0.936 and 0.949 now, no extra rep.
 */
final class MissedPresses {
    private MissedPresses() {
    }

    /** The fast part runs at least this share of the set's slowest rep speed... */
    static final double SET_PACE = 0.95;
    /**
     * ...this much faster than the lap's other part (a rep and its jog differ by 1.3-1.8; a fartlek's surge at the
     * end of a long jog, which its runner did not count, by 1.25: the real epix 2 Pro fartlek)...
     */
    static final double MIN_RATIO = 1.3;
    /**
     * ...or this much, when it has the size of the set's reps (a 600 m rep at 1.24 × its jog, the real fēnix 6X
     * 3 × 600 m): a set that shares a size is no fartlek...
     */
    static final double SIZED_RATIO = 1.15;
    /** ...and lasts within this factor of the set's shortest and longest rep. */
    static final double SIZE_RANGE = 1.5;

    /** {@code reps} mended and with the reps found in the laps between and before them; {@code reps} when none. */
    static List<RepSpan> added(Track track, List<Lap> laps, List<RepSpan> reps, List<String> notes) {
        if (reps.size() < 2) {
            return reps;
        }
        List<RepSpan> pressed = unjoined(track, laps, reps, notes);
        List<RepSpan> mended = new ArrayList<>(pressed);
        mended.addAll(wholeLaps(track, laps, pressed, notes));
        mended.sort(Comparator.comparingDouble(RepSpan::startS));
        List<RepSpan> out = new ArrayList<>(mended);
        out.addAll(insideMergedLaps(track, laps, mended, pressed, notes));
        out.sort(Comparator.comparingDouble(RepSpan::startS));
        return out;
    }

    /**
     * The reps inside the merged laps: two laps between reps of {@code set}, or before its first, with a rep in one
     * of them at the pace and of the size of the reps the laps were pressed for ({@code pressed}).
     */
    private static List<RepSpan> insideMergedLaps(Track track, List<Lap> laps, List<RepSpan> set,
                                                  List<RepSpan> pressed, List<String> notes) {
        double slowest = pressed.stream().mapToDouble(r -> track.speed(r.startS(), r.endS())).min().orElseThrow();
        double shortest = pressed.stream().mapToDouble(r -> r.endS() - r.startS()).min().orElseThrow();
        double longest = pressed.stream().mapToDouble(r -> r.endS() - r.startS()).max().orElseThrow();
        List<RepSpan> repLaps = lapsOf(laps, pressed);
        List<RepSpan> out = new ArrayList<>();
        for (int k = -1; k < set.size(); k++) {
            double from = k < 0 ? track.t0 : set.get(k).endS();
            double to = k + 1 < set.size() ? set.get(k + 1).startS() : track.endTime();
            List<Lap> between = laps.stream()
                    .filter(l -> l.elapsedS() >= LapClassifier.MIN_LAP_S && l.startS() >= from - EDGE_S
                            && l.endS() <= to + EDGE_S)
                    .toList();
            Optional<List<Lap>> pair = mergedPair(between, k < 0, k + 1 == set.size());
            if (pair.isEmpty()) {
                continue;
            }
            List<Lap> gap = pair.get();
            Optional<RepSpan> rep = fastPart(track, gap.get(0), false, true, repLaps)
                    .or(() -> fastPart(track, gap.get(1), true, true, repLaps))
                    .filter(r -> track.speed(r.startS(), r.endS()) >= SET_PACE * slowest)
                    .filter(r -> r.endS() - r.startS() >= shortest / SIZE_RANGE
                            && r.endS() - r.startS() <= longest * SIZE_RANGE);
            rep.ifPresent(r -> {
                out.add(r);
                notes.add(String.format(Locale.ROOT, "laps: a rep from %s, run at the set's pace inside a lap that "
                        + "also holds its recovery: a lap press forgotten", SignalSegmenter.clock(r.startS())));
            });
        }
        return out;
    }

    /**
     * The two laps that would hold a rep and its recovery if a press was forgotten there: between two reps, the two
     * laps there are (one is the rule); before the first rep, the last two (a warm-up may be pressed in two or
     * three); after the last, the first two (the recovery, then the cool-down, which holds the last rep when its end
     * press was forgotten; a cool-down of its own does not open with a rep at the set's pace and size).
     */
    private static Optional<List<Lap>> mergedPair(List<Lap> between, boolean beforeFirst, boolean afterLast) {
        if (beforeFirst && afterLast || between.size() < 2) {
            return Optional.empty();
        }
        if (beforeFirst) {
            return Optional.of(between.subList(between.size() - 2, between.size()));
        }
        if (afterLast) {
            return Optional.of(between.subList(0, 2));
        }
        return between.size() == 2 ? Optional.of(between) : Optional.empty();
    }

    /**
     * A rep whose first lap opens fast and closes {@link #MIN_RATIO} × slower: the merged lap of a rep and its
     * recovery, which the laps took for a rep (over a walked or stood recovery its moving pace is a rep's) and may
     * have joined to the next rep as one. The rep is the lap's fast opening, and the laps after it are a rep of
     * their own. Or a rep of two laps or more whose last lap closes fast: a recovery and the next rep in one lap,
     * which the laps joined to the rep before it; that rep is the laps before, the next its fast close. A rep's own
     * lap runs at one pace to its press.
     */
    private static List<RepSpan> unjoined(Track track, List<Lap> laps, List<RepSpan> reps, List<String> notes) {
        List<RepSpan> repLaps = lapsOf(laps, reps);
        List<RepSpan> out = new ArrayList<>();
        for (RepSpan r : reps) {
            List<Lap> inside = laps.stream()
                    .filter(l -> l.startS() >= r.startS() - EDGE_S && l.endS() <= r.endS() + EDGE_S)
                    .toList();
            Optional<Lap> first = inside.stream().findFirst()
                    .filter(l -> Math.abs(l.startS() - r.startS()) <= EDGE_S);
            Optional<Lap> last = inside.size() < 2 ? Optional.empty() : Optional.of(inside.get(inside.size() - 1))
                    .filter(l -> Math.abs(l.endS() - r.endS()) <= EDGE_S
                            && l.startS() - r.startS() >= LapSplit.MIN_PART_S);
            Optional<RepSpan> opening = first.flatMap(l -> fastPart(track, l, true, false, repLaps));
            Optional<RepSpan> closing = opening.isPresent() ? Optional.empty()
                    : last.flatMap(l -> fastPart(track, l, false, false, repLaps));
            if (opening.isPresent()) {
                out.add(opening.get());
                double rest = first.get().endS();
                if (r.endS() - rest >= LapSplit.MIN_PART_S) {
                    out.add(RepSpan.of(rest, r.endS()));
                }
                notes.add(String.format(Locale.ROOT, "laps: the rep from %s ran on into its recovery: the rep is its "
                        + "fast part, a lap press forgotten", SignalSegmenter.clock(r.startS())));
            } else if (closing.isPresent()) {
                out.add(RepSpan.of(r.startS(), last.get().startS()));
                out.add(closing.get());
                notes.add(String.format(Locale.ROOT, "laps: the lap from %s holds a recovery and the rep after it: "
                        + "the rep is its fast part, a lap press forgotten",
                        SignalSegmenter.clock(last.get().startS())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A lap's fast opening (or close) as a rep: {@link #MIN_RATIO} × the rest of the lap, or {@link #SIZED_RATIO} ×
     * when the set's other reps' laps ({@code repLaps}) share a distance or a duration and it has it too. A lap that
     * also holds a warm-up (or a cool-down) runs at three paces or more, and its one split may fall inside the
     * warm-up (the 3 × 3 min cruise intervals' warm-up sped up minutes before the first rep): with {@code splitAgain}
     * the part on the rep's side is split again. Only laps between or outside the reps are split twice, where the
     * part must also have the reps' size: a rep's own lap that slows on a hill would be cut at its crest.
     */
    private static Optional<RepSpan> fastPart(Track track, Lap lap, boolean opening, boolean splitAgain,
                                              List<RepSpan> repLaps) {
        List<LapSplit> splits = new ArrayList<>();
        LapSplit.of(track, lap.startS(), lap.endS()).ifPresent(whole -> {
            splits.add(whole);
            if (splitAgain) {
                (opening ? LapSplit.of(track, whole.fromS(), whole.cutS())
                        : LapSplit.of(track, whole.cutS(), whole.toS())).ifPresent(splits::add);
            }
        });
        RepSpan whole = RepSpan.of(lap.startS(), lap.endS());
        List<RepSpan> others = repLaps.stream().filter(o -> o.overlapS(whole) <= 1).toList();
        return splits.stream().flatMap(p -> p.fastPart(track, opening, MIN_RATIO).stream()).findFirst()
                .or(() -> splits.stream().flatMap(p -> p.fastPart(track, opening, SIZED_RATIO).stream())
                        .filter(part -> ofTheirSize(track, part, others)).findFirst());
    }

    /**
     * Whether {@code others} (two or more) share a distance, or a duration ({@link SignalEvidence#mostNearMedian}),
     * and {@code part} has it too.
     */
    private static boolean ofTheirSize(Track track, RepSpan part, List<RepSpan> others) {
        if (others.size() < 2) {
            return false;
        }
        double[] distances = others.stream().mapToDouble(o -> track.distance(o.startS(), o.endS())).toArray();
        double[] durations = others.stream().mapToDouble(o -> track.movingTime(o.startS(), o.endS())).toArray();
        return SignalEvidence.sharedAndNear(distances, track.distance(part.startS(), part.endS()))
                || SignalEvidence.sharedAndNear(durations, track.movingTime(part.startS(), part.endS()));
    }

    /** The laps (of {@link LapClassifier#MIN_LAP_S} or more) the reps were pressed over. */
    private static List<RepSpan> lapsOf(List<Lap> laps, List<RepSpan> reps) {
        return laps.stream()
                .filter(l -> l.elapsedS() >= LapClassifier.MIN_LAP_S && reps.stream()
                        .anyMatch(r -> l.startS() >= r.startS() - EDGE_S && l.endS() <= r.endS() + EDGE_S))
                .map(l -> RepSpan.of(l.startS(), l.endS()))
                .toList();
    }

    /**
     * Laps run as the set's reps that the set left out because a merged lap broke its rhythm (a repeat read from
     * the laps' shape ends at the merged lap): a lap of a rep's duration or distance, at least as fast as the set's
     * slowest rep, and {@link #MIN_RATIO} × the running {@link #AROUND_S} either side of it (the lap before may be a
     * merged one, fast at its start).
     */
    private static List<RepSpan> wholeLaps(Track track, List<Lap> laps, List<RepSpan> reps, List<String> notes) {
        double slowest = reps.stream().mapToDouble(r -> track.speed(r.startS(), r.endS())).min().orElseThrow();
        List<Lap> kept = laps.stream().filter(l -> l.elapsedS() >= LapClassifier.MIN_LAP_S).toList();
        List<RepSpan> out = new ArrayList<>();
        for (int i = 1; i + 1 < kept.size(); i++) {
            RepSpan lap = RepSpan.of(kept.get(i).startS(), kept.get(i).endS());
            double v = track.speed(lap.startS(), lap.endS());
            boolean sized = reps.stream().anyMatch(r -> SignalEvidence.nearSize(lap.endS() - lap.startS(),
                    r.endS() - r.startS()) || SignalEvidence.nearSize(track.distance(lap.startS(), lap.endS()),
                    track.distance(r.startS(), r.endS())));
            boolean apart = v >= MIN_RATIO * track.speed(lap.startS() - AROUND_S, lap.startS())
                    && v >= MIN_RATIO * track.speed(lap.endS(), lap.endS() + AROUND_S);
            // A lap across a pause or a dropout measures the jump in position as distance run.
            boolean measured = track.movingTime(lap.startS(), lap.endS()) >= lap.endS() - lap.startS() - 1
                    && track.dropouts.stream().noneMatch(d -> d.startS() < lap.endS() && d.endS() > lap.startS());
            if (reps.stream().noneMatch(r -> r.overlapS(lap) > 1) && sized && apart && measured && v >= slowest) {
                out.add(lap);
                notes.add(String.format(Locale.ROOT, "laps: the lap from %s, run as the set's reps, is one too",
                        SignalSegmenter.clock(lap.startS())));
            }
        }
        return out;
    }

    /** How much running either side of a lap shows it was a rep's: a recovery's first or last half minute. */
    static final double AROUND_S = 30;

    /** A lap boundary lies this close to the rep's boundary the laps gave (a rep span may be trimmed a little). */
    static final double EDGE_S = 5;

}
