package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Two pieces of one rep, joined. A runner held up for twenty seconds inside a rep (a crossing, a gate, a slower
 * runner on the track), or a GPS altitude that makes a flat stretch look like a climb, splits the rep into two bouts
 * that are each shorter than the session's rep and together, with the dip between them, as long as it: the real
 * fenix 5X 4 × 1 km gave its third kilometre as 448 m and 466 m, 34 s apart, against recoveries of 50-57 s. Two
 * neighbours are joined only when the other bouts are one rep repeated ({@link SignalEvidence#sharesSize}), so a
 * ladder's short rungs beside each other stay apart, and when the dip between them is shorter than the set's
 * recoveries.
 */
final class ChoppedReps {
    private ChoppedReps() {
    }

    /**
     * The dip inside a chopped rep is shorter than this share of the set's typical recovery (the real fenix 5X's was
     * 0.6-0.7 of its recoveries; the generated mix scores the same from 0.5 to 1).
     */
    static final double MAX_DIP_SHARE = 0.75;
    /** Each piece is clearly shorter than a rep: under this share of the set's typical duration. */
    static final double MAX_PIECE_SHARE = 0.9;

    /** The bouts with each chopped rep made whole again. */
    static List<RepSpan> joined(Track track, List<RepSpan> bouts) {
        List<RepSpan> out = new ArrayList<>(bouts);
        boolean changed = true;
        while (changed && out.size() >= 4) {
            changed = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                if (isChopped(track, out, i)) {
                    RepSpan whole = RepSpan.of(out.get(i).startS(), out.get(i + 1).endS());
                    out.remove(i + 1);
                    out.set(i, whole);
                    changed = true;
                    break;
                }
            }
        }
        if (out.size() >= 4 && !SignalEvidence.structured(track, out)) {
            Optional<List<RepSpan>> all = everyDipJoined(track, out);
            if (all.isPresent()) {
                return all.get();
            }
        }
        return out.size() == bouts.size() ? bouts : List.copyOf(out);
    }

    /**
     * The bouts with every dip joined at once, when so many reps are chopped that no pair's neighbours share a size
     * (hills on a GPS altitude, standing recoveries: a generated 6 × 1000 m came out as ten bouts, four reps in two
     * pieces each). A dip is a gap shorter than {@link #MAX_DIP_SHARE} of the longer half's median gap, the
     * recoveries. Taken only when the joined bouts are one rep repeated, no joined rep has a piece near a whole rep
     * ({@link #MAX_PIECE_SHARE}), and two reps at least came out whole without a join: a ladder's rungs, or a run's
     * surges, joined by chance have none to match. On the dev seeds, 30000 and 50000 on, two sessions came out whole
     * and none of 1,400 was lost; without the whole reps, 12 ladders were.
     */
    private static Optional<List<RepSpan>> everyDipJoined(Track track, List<RepSpan> bouts) {
        double[] gaps = new double[bouts.size() - 1];
        for (int i = 0; i + 1 < bouts.size(); i++) {
            gaps[i] = bouts.get(i + 1).startS() - bouts.get(i).endS();
        }
        double med = org.repcheck.model.Median.of(gaps);
        double recovery = org.repcheck.model.Median.of(Arrays.stream(gaps).filter(g -> g >= med).toArray());
        List<RepSpan> out = new ArrayList<>();
        List<List<RepSpan>> parts = new ArrayList<>();
        for (int i = 0; i < bouts.size(); i++) {
            if (i > 0 && gaps[i - 1] < MAX_DIP_SHARE * recovery) {
                RepSpan last = out.get(out.size() - 1);
                out.set(out.size() - 1, RepSpan.of(last.startS(), bouts.get(i).endS()));
                parts.get(parts.size() - 1).add(bouts.get(i));
            } else {
                out.add(bouts.get(i));
                parts.add(new ArrayList<>(List.of(bouts.get(i))));
            }
        }
        if (out.size() == bouts.size() || out.size() < 3 || !SignalEvidence.sharesSize(track, out)) {
            return Optional.empty();
        }
        double typicalS = org.repcheck.model.Median.of(out.stream().mapToDouble(r -> r.endS() - r.startS()).toArray());
        int whole = 0;
        for (List<RepSpan> ps : parts) {
            if (ps.size() > 1 && ps.stream().anyMatch(r -> r.endS() - r.startS() >= MAX_PIECE_SHARE * typicalS)) {
                return Optional.empty();
            }
            if (ps.size() == 1 && SignalEvidence.nearSize(ps.get(0).endS() - ps.get(0).startS(), typicalS)) {
                whole++;
            }
        }
        return whole >= 2 ? Optional.of(List.copyOf(out)) : Optional.empty();
    }

    /** Whether bouts {@code i} and {@code i + 1} are the two pieces of one rep of the others' size. */
    private static boolean isChopped(Track track, List<RepSpan> bouts, int i) {
        List<RepSpan> others = new ArrayList<>(bouts);
        others.remove(i + 1);
        others.remove(i);
        if (others.size() < 2 || !SignalEvidence.sharesSize(track, others)) {
            return false;
        }
        double[] dur = new double[others.size()];
        double[] dist = new double[others.size()];
        for (int k = 0; k < dur.length; k++) {
            dur[k] = others.get(k).endS() - others.get(k).startS();
            dist[k] = track.distance(others.get(k).startS(), others.get(k).endS());
        }
        double typicalS = org.repcheck.model.Median.of(dur);
        double typicalM = org.repcheck.model.Median.of(dist);
        RepSpan a = bouts.get(i);
        RepSpan b = bouts.get(i + 1);
        double dip = b.startS() - a.endS();
        if (dip >= MAX_DIP_SHARE * typicalRecovery(bouts, i)
                || a.endS() - a.startS() >= MAX_PIECE_SHARE * typicalS
                || b.endS() - b.startS() >= MAX_PIECE_SHARE * typicalS) {
            return false;
        }
        double wholeS = b.endS() - a.startS();
        double wholeM = track.distance(a.startS(), b.endS());
        return SignalEvidence.nearSize(wholeS, typicalS) || SignalEvidence.nearSize(wholeM, typicalM);
    }

    /** The median gap between the bouts, leaving out the one between {@code i} and {@code i + 1}. */
    private static double typicalRecovery(List<RepSpan> bouts, int i) {
        double[] gaps = new double[bouts.size() - 2];
        int k = 0;
        for (int j = 0; j + 1 < bouts.size(); j++) {
            if (j != i) {
                gaps[k++] = bouts.get(j + 1).startS() - bouts.get(j).endS();
            }
        }
        return org.repcheck.model.Median.of(gaps);
    }
}
