package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One sustained effort inside a run (a tempo, a fast finish), when the signal shows no set of reps: the rules that
 * tell a block from a steady, progressive or hilly run. The evidence for a set of reps is {@link SignalEvidence}'s.
 */
final class SustainedBlock {
    private SustainedBlock() {
    }

    /** A sustained block (a tempo, a fast finish) is at least this long... */
    static final double MIN_BLOCK_S = 8 * 60;
    /** ...clearly faster than the running around it (warm-up, cool-down)... */
    static final double BLOCK_OVER_TYPICAL = 1.12;
    /**
     * ...and faster than the running before it, which is the warm-up: a trail run's flat first hour is faster than
     * the climb after it, but no faster than its own start (the real fenix 5X Plus mountain run, read without its
     * heart rate, gave its flat part as a tempo). A steady stretch before a tempo may run close to it (the
     * generated tempo runs: the block at least 1.07 × such a stretch).
     */
    static final double BLOCK_OVER_BEFORE = 1.06;
    /** ...with at least this much running before it (the yardstick; a run that is all one pace is no block)... */
    static final double BLOCK_RUNNING_AROUND_S = 180;
    /** ...and only a part of the run. */
    static final double BLOCK_MAX_SHARE = 0.75;
    /** Fast stretches this close together are one block: a tempo broken by a crossing or a sharp turn. */
    static final double BLOCK_BRIDGE_S = 90;

    /**
     * One sustained effort inside a run, when the signal shows no reps: the longest stretch of fast bouts (close
     * ones bridged) that lasts at least {@link #MIN_BLOCK_S}, is clearly faster than the session's other running,
     * and has running before and after it; or, when the bouts are only pieces of it (a tempo 12-15 % over the easy
     * pace crosses the split's threshold again and again), the block the three-line fit finds ({@link BlockFit}),
     * held throughout ({@link #BLOCK_MAX_EASY_SHARE}); and that fitted block in place of the stretch when it is the
     * stretch's whole ({@link #holds}). A steady, progressive or hilly run has no such stretch: its fast parts are
     * short, or its pace is the session's own.
     */
    static Optional<RepSpan> find(Track track, List<RepSpan> bouts) {
        // Every stretch of consecutive bouts with no gap over the bridge is a candidate, and the longest that is a
        // block wins: a warm-up glued from near-tempo bouts, or a jog bridged onto a fast finish, must not hide
        // the real block inside it.
        List<RepSpan> candidates = new ArrayList<>();
        for (int i = 0; i < bouts.size(); i++) {
            for (int j = i; j < bouts.size(); j++) {
                if (j > i && bouts.get(j).startS() - bouts.get(j - 1).endS() > BLOCK_BRIDGE_S) {
                    break;
                }
                RepSpan c = RepSpan.of(bouts.get(i).startS(), bouts.get(j).endS());
                if (c.endS() - c.startS() >= MIN_BLOCK_S) {
                    candidates.add(c);
                }
            }
        }
        Optional<RepSpan> fromBouts = candidates.stream()
                .sorted(Comparator.comparingDouble((RepSpan m) -> m.endS() - m.startS()).reversed())
                .filter(m -> isBlock(track, m))
                .findFirst();
        if (fromBouts.isPresent()) {
            RepSpan part = fromBouts.get();
            return Optional.of(fitted(track).filter(whole -> holds(whole, part)).orElse(part));
        }
        return bouts.isEmpty() ? Optional.empty() : fitted(track);
    }

    /** The block the three-line fit finds ({@link BlockFit}), when it is a block held throughout. */
    private static Optional<RepSpan> fitted(Track track) {
        return BlockFit.fit(track, MIN_BLOCK_S, BLOCK_RUNNING_AROUND_S)
                .filter(m -> isBlock(track, m) && sustained(track, m));
    }

    /** The fitted block replaces one built from bouts when it is longer and holds this much of it... */
    static final double WHOLE_HOLDS_PART = 0.9;

    /**
     * ...because the bouts of a tempo on hills, or one 12-13 % over the easy pace, break at every climb or dip below
     * the split's threshold, and the longest bridged stretch is then a third or a half of the block (generated tempo
     * runs, dev seeds 30000 and 50000 on: 3 blocks whole, none lost; the real 12-minute tempo's edges move from
     * 5-6 s early to 0-4 s late).
     */
    private static boolean holds(RepSpan whole, RepSpan part) {
        double partS = part.endS() - part.startS();
        return whole.endS() - whole.startS() > partS && whole.overlapS(part) >= WHOLE_HOLDS_PART * partS;
    }

    /** A fitted block's 10 s windows run this rarely at or below the running around it... */
    static final double BLOCK_MAX_EASY_SHARE = 0.10;

    /**
     * ...because a tempo is held: a set of reps with jogged recoveries averages faster than its warm-up too, and
     * the three-line fit ({@link BlockFit}) would take it for a block, but its jogs fill 14 % of it (3 × 3 km with
     * 3-minute jogs) to half. The generated tempo runs score the same from 0.05 to 0.25.
     */
    private static boolean sustained(Track track, RepSpan block) {
        double easy = SignalEvidence.typicalOutside(track, List.of(block));
        int w = Math.max(1, (int) Math.round(10 / track.dt));
        int windows = 0;
        int slow = 0;
        for (int i = 0; i + w < track.n; i += w) {
            if (track.time(i) < block.startS() || track.time(i + w) > block.endS()) {
                continue;
            }
            windows++;
            if ((track.dist[i + w] - track.dist[i]) / (w * track.dt) <= easy) {
                slow++;
            }
        }
        return windows > 0 && slow <= BLOCK_MAX_EASY_SHARE * windows;
    }

    private static boolean isBlock(Track track, RepSpan block) {
        double s = block.startS();
        double e = block.endS();
        double moving = track.movingTime(s, e);
        double speed = moving > 0 ? track.distance(s, e) / moving : 0;
        boolean fast = speed >= BLOCK_OVER_TYPICAL * SignalEvidence.typicalOutside(track, List.of(block))
                && speed >= BLOCK_OVER_BEFORE * SignalEvidence.typicalRunning(track, track.t0, s);
        // A fast finish ends the run: the running before it is the yardstick, and there may be none after.
        boolean inside = track.movingTime(track.t0, s) >= BLOCK_RUNNING_AROUND_S;
        boolean part = e - s <= BLOCK_MAX_SHARE * track.movingTime(track.t0, track.endTime());
        return fast && inside && part && even(track, s, e) && heartHigher(track, s, e);
    }

    /** A block's heart rate stands this far above the rest of the run's (mean over moving samples)... */
    static final double BLOCK_HR_ABOVE_BPM = 3;

    /**
     * ...because a tempo or a fast finish is an effort: on the real twins' blocks the heart rate runs 7-31 bpm above
     * the rest of the run. A long run's last stretch, faster downhill at a lower heart rate (the real FR935 Portland
     * run: 111 bpm against 119), is not one. Without heart rate, no verdict here.
     */
    private static boolean heartHigher(Track track, double s, double e) {
        if (track.hr == null) {
            return true;
        }
        double in = 0;
        double out = 0;
        int ni = 0;
        int no = 0;
        for (int i = 0; i < track.n; i++) {
            double h = track.hr[i];
            if (!Double.isFinite(h) || track.paused[i]) {
                continue;
            }
            double t = track.time(i);
            if (t >= s && t <= e) {
                in += h;
                ni++;
            } else {
                out += h;
                no++;
            }
        }
        if (ni * track.dt < 60 || no * track.dt < 60) {
            return true;
        }
        return in / ni >= out / no + BLOCK_HR_ABOVE_BPM;
    }

    /** A block's thirds run within this ratio of each other: a tempo is one pace, a progression run is not. */
    static final double BLOCK_EVEN = 1.06;

    private static boolean even(Track track, double s, double e) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double third = (e - s) / 3;
        for (int i = 0; i < 3; i++) {
            double a = s + i * third;
            double v = track.speed(a, a + third);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi <= BLOCK_EVEN * lo;
    }
}
