package org.repcheck.assess;

import org.repcheck.model.Verdict;

/**
 * The verdict rule, on paces in s/km (docs/science.md §1–2). The rep's pace is known only to within ±u, so the rule
 * looks at the whole interval [pace − u, pace + u]: wholly faster than the fast edge is overcooked, wholly slower
 * than the slow edge is slow, wholly inside the band is on target. An interval that straddles an edge, or one wider
 * than the band (u > half-width), is unjudged — never a guess. So widening u can only turn a verdict into
 * unjudged, never into another verdict.
 *
 * @param deltaSPerKm negative = faster than the fast edge, positive = slower than the slow edge, 0 inside (the
 *                    measured pace, regardless of u)
 * @param borderline  true when unjudged because the interval straddles an edge (not because u is too wide)
 */
public record BandCheck(Verdict verdict, double deltaSPerKm, boolean borderline) {

    public static BandCheck of(double paceSPerKm, double fastSPerKm, double slowSPerKm, double uncertaintySPerKm) {
        double delta = paceSPerKm < fastSPerKm ? paceSPerKm - fastSPerKm
                : paceSPerKm > slowSPerKm ? paceSPerKm - slowSPerKm : 0.0;
        double halfWidth = (slowSPerKm - fastSPerKm) / 2;
        if (!(uncertaintySPerKm <= halfWidth)) {
            return new BandCheck(Verdict.UNJUDGED, delta, false);
        }
        if (paceSPerKm + uncertaintySPerKm < fastSPerKm) {
            return new BandCheck(Verdict.OVERCOOKED, delta, false);
        }
        if (paceSPerKm - uncertaintySPerKm > slowSPerKm) {
            return new BandCheck(Verdict.SLOW, delta, false);
        }
        if (paceSPerKm - uncertaintySPerKm >= fastSPerKm && paceSPerKm + uncertaintySPerKm <= slowSPerKm) {
            return new BandCheck(Verdict.ON_TARGET, delta, false);
        }
        return new BandCheck(Verdict.UNJUDGED, delta, true);
    }
}
