package org.repcheck.targets;

import java.util.OptionalDouble;

/**
 * The runner's own HR max and resting HR, from the profile ({@code hr_max}, {@code hr_rest}): the anchors of the
 * history's heart-rate load (TRIMP, docs/history.md). HR max alone gives Edwards' zones, with resting HR too
 * Banister's TRIMP; without them the history estimates HR max from its own hardest minute.
 */
public record HeartRateAnchors(OptionalDouble maxBpm, OptionalDouble restBpm) {
    public static final HeartRateAnchors NONE = new HeartRateAnchors(OptionalDouble.empty(), OptionalDouble.empty());

    public HeartRateAnchors {
        if (maxBpm == null || restBpm == null) {
            throw new IllegalArgumentException("HR anchors must not be null");
        }
    }
}
