package org.repcheck.model;

import java.util.Optional;

/**
 * A rep with its target and verdict. Delta and uncertainty are in seconds per kilometre of pace — the one place
 * the model speaks pace, because the science (docs/science.md) defines the bands and the verdict margin that way.
 *
 * @param deltaSPerKm       negative = faster than the band's fast edge, positive = slower than its slow edge, 0
 *                          inside; NaN with no target
 * @param uncertaintySPerKm the pace uncertainty from the rep's distance basis and timing
 * @param reason            why this verdict, with its numbers ({@code report} words it)
 */
public record JudgedRep(Rep rep, Optional<TargetBand> target, Verdict verdict, VerdictReason reason, double deltaSPerKm,
                        double uncertaintySPerKm) {
    public JudgedRep {
        if (rep == null || target == null || verdict == null || reason == null) {
            throw new IllegalArgumentException("judged rep fields must not be null");
        }
    }
}
