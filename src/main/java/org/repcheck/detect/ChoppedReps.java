package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;

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
        return out.size() == bouts.size() ? bouts : List.copyOf(out);
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
