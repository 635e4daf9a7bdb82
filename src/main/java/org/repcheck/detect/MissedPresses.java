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
 * closes fast. Either way two laps, where one is the rule, lie between the reps either side (or before the first
 * rep), and the rep is the first lap's fast close or the second's fast opening. A fartlek's unmarked surge lies in
 * a recovery of one lap, or of several pressed by accident; a warm-up pressed in two has no rep on its far side.
 *
 * <p>Such a lap is read as two paces ({@link LapSplit}), and its fast part is a rep when it runs at the set's pace
 * ({@link #SET_PACE} × its slowest rep), {@link #MIN_RATIO} × the lap's other part, raises the heart rate, and lasts
 * as long as the set's reps do ({@link #SIZE_RANGE}). The press that was kept gives one boundary to the second, the
 * pace change the other. After the last rep the laps are too varied to tell (a recovery and a cool-down, or a
 * cool-down alone), and a rep lost there stays lost.
 *
 * <p>Before that, the set is mended where the merged lap misled the laps' reading: a merged lap taken for a rep
 * (over a walked or stood recovery its moving pace is a rep's) is cut to its fast part ({@link #unjoined}), and
 * reps the merged lap cut off from the set's rhythm are taken back ({@link #wholeLaps}). On 200 generated sessions
 * with one inner press forgotten: F1 0.858 before, 0.974 with all three.
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
        List<RepSpan> out = new ArrayList<>();
        for (int k = -1; k + 1 < set.size(); k++) {
            double from = k < 0 ? track.t0 : set.get(k).endS();
            double to = set.get(k + 1).startS();
            List<Lap> gap = laps.stream()
                    .filter(l -> l.elapsedS() >= LapClassifier.MIN_LAP_S && l.startS() >= from - EDGE_S
                            && l.endS() <= to + EDGE_S)
                    .toList();
            if (gap.size() != 2) {
                continue;
            }
            Optional<RepSpan> rep = LapSplit.of(track, gap.get(0).startS(), gap.get(0).endS())
                    .flatMap(p -> p.closing(track, MIN_RATIO))
                    .or(() -> LapSplit.of(track, gap.get(1).startS(), gap.get(1).endS())
                            .flatMap(p -> p.opening(track, MIN_RATIO)))
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
     * A rep whose first lap opens fast and closes {@link #MIN_RATIO} × slower: the merged lap of a rep and its
     * recovery, which the laps took for a rep (over a walked or stood recovery its moving pace is a rep's) and may
     * have joined to the next rep as one. The rep is the lap's fast opening, and the laps after it are a rep of
     * their own. A rep's own lap runs at one pace to its press.
     */
    private static List<RepSpan> unjoined(Track track, List<Lap> laps, List<RepSpan> reps, List<String> notes) {
        List<RepSpan> out = new ArrayList<>();
        for (RepSpan r : reps) {
            Optional<Lap> first = laps.stream()
                    .filter(l -> Math.abs(l.startS() - r.startS()) <= EDGE_S && l.endS() <= r.endS() + EDGE_S)
                    .findFirst();
            Optional<RepSpan> opening = first.flatMap(l -> LapSplit.of(track, l.startS(), l.endS()))
                    .flatMap(p -> p.opening(track, MIN_RATIO));
            if (opening.isEmpty()) {
                out.add(r);
                continue;
            }
            out.add(opening.get());
            double rest = first.get().endS();
            if (r.endS() - rest >= LapSplit.MIN_PART_S) {
                out.add(RepSpan.of(rest, r.endS()));
            }
            notes.add(String.format(Locale.ROOT, "laps: the rep from %s ran on into its recovery: the rep is its fast "
                    + "part, a lap press forgotten", SignalSegmenter.clock(r.startS())));
        }
        return out;
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
