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

    /** {@code reps} with the reps found in the laps between them and before them; {@code reps} when there are none. */
    static List<RepSpan> added(Track track, List<Lap> laps, List<RepSpan> reps, List<String> notes) {
        if (reps.size() < 2) {
            return reps;
        }
        double slowest = reps.stream().mapToDouble(r -> speed(track, r)).min().orElseThrow();
        double shortest = reps.stream().mapToDouble(r -> r.endS() - r.startS()).min().orElseThrow();
        double longest = reps.stream().mapToDouble(r -> r.endS() - r.startS()).max().orElseThrow();
        List<RepSpan> out = new ArrayList<>(reps);
        for (int k = -1; k + 1 < reps.size(); k++) {
            double from = k < 0 ? track.t0 : reps.get(k).endS();
            double to = reps.get(k + 1).startS();
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
                    .filter(r -> speed(track, r) >= SET_PACE * slowest)
                    .filter(r -> r.endS() - r.startS() >= shortest / SIZE_RANGE
                            && r.endS() - r.startS() <= longest * SIZE_RANGE);
            rep.ifPresent(r -> {
                out.add(r);
                notes.add(String.format(Locale.ROOT, "laps: a rep from %s, run at the set's pace inside a lap that "
                        + "also holds its recovery: a lap press forgotten", SignalSegmenter.clock(r.startS())));
            });
        }
        out.sort(Comparator.comparingDouble(RepSpan::startS));
        return out;
    }

    /** A lap boundary lies this close to the rep's boundary the laps gave (a rep span may be trimmed a little). */
    static final double EDGE_S = 5;

    private static double speed(Track track, RepSpan r) {
        return track.distance(r.startS(), r.endS()) / Math.max(1, track.movingTime(r.startS(), r.endS()));
    }
}
