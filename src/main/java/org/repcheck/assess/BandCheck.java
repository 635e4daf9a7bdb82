package org.repcheck.assess;

import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason.Edge;

/**
 * The verdict rule, on paces in s/km (docs/science.md §2). The rep's pace is known only to within ±u, so the rule looks
 * at the whole interval [pace − u, pace + u]: wholly faster than the fast edge is overcooked, wholly slower than
 * the slow edge is slow, wholly inside the band is on target, and an interval that straddles an edge is unjudged.
 * A wider u can therefore only turn a verdict into unjudged, never into another verdict: a rep 20 s/km faster than
 * the band with ±5 s/km is overcooked, whatever the band's width.
 *
 * @param deltaSPerKm negative = faster than the fast edge, positive = slower than the slow edge, 0 inside (the
 *                    measured pace, regardless of u)
 * @param edge        for an unjudged rep, the edge its interval straddles (the nearer one when it straddles both)
 * @param gapSPerKm   for an unjudged rep, pace minus that edge (negative = faster than it)
 */
public record BandCheck(Verdict verdict, double deltaSPerKm, Edge edge, double gapSPerKm) {

    public static BandCheck of(double paceSPerKm, double fastSPerKm, double slowSPerKm, double uncertaintySPerKm) {
        double delta = paceSPerKm < fastSPerKm ? paceSPerKm - fastSPerKm
                : paceSPerKm > slowSPerKm ? paceSPerKm - slowSPerKm : 0.0;
        double u = Double.isFinite(uncertaintySPerKm) ? uncertaintySPerKm : Double.POSITIVE_INFINITY;
        if (paceSPerKm + u < fastSPerKm) {
            return new BandCheck(Verdict.OVERCOOKED, delta, Edge.FAST, paceSPerKm - fastSPerKm);
        }
        if (paceSPerKm - u > slowSPerKm) {
            return new BandCheck(Verdict.SLOW, delta, Edge.SLOW, paceSPerKm - slowSPerKm);
        }
        if (paceSPerKm - u >= fastSPerKm && paceSPerKm + u <= slowSPerKm) {
            return new BandCheck(Verdict.ON_TARGET, delta, Edge.FAST, paceSPerKm - fastSPerKm);
        }
        boolean fastNearer = Math.abs(paceSPerKm - fastSPerKm) <= Math.abs(paceSPerKm - slowSPerKm);
        Edge edge = fastNearer ? Edge.FAST : Edge.SLOW;
        return new BandCheck(Verdict.UNJUDGED, delta, edge, paceSPerKm - (fastNearer ? fastSPerKm : slowSPerKm));
    }
}
