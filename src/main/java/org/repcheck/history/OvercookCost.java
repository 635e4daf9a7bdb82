package org.repcheck.history;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Across the history: the week-after cost (mean residual, s/km at the reference HR) after overcooked sessions
 * against on-target ones, tested by permuting the session labels (one-sided: overcooked costs more).
 *
 * @param overcookedIds     sessions labelled overcooked that have a week-after number
 * @param onTargetIds       sessions labelled on target that have one
 * @param meanOvercookedSPerKm mean cost after overcooked sessions, s/km
 * @param meanOnTargetSPerKm   mean cost after on-target sessions, s/km
 * @param differenceSPerKm  overcooked minus on target, s/km
 * @param pValue            share of label permutations with a difference at least as large (add-one corrected)
 * @param permutations      permutations drawn
 * @param seed              their seed (the same input gives the same p-value)
 */
public record OvercookCost(List<String> overcookedIds, List<String> onTargetIds, OptionalDouble meanOvercookedSPerKm,
                           OptionalDouble meanOnTargetSPerKm, OptionalDouble differenceSPerKm, OptionalDouble pValue,
                           int permutations, long seed, CostFinding finding) {
    /** The least number of sessions of each label before anything is said. */
    public static final int MIN_EACH = 3;
    /** The p-value at or under which a difference is claimed. */
    public static final double ALPHA = 0.05;

    public OvercookCost {
        overcookedIds = List.copyOf(overcookedIds);
        onTargetIds = List.copyOf(onTargetIds);
        if (meanOvercookedSPerKm == null || meanOnTargetSPerKm == null || differenceSPerKm == null || pValue == null
                || finding == null) {
            throw new IllegalArgumentException("overcook cost fields must not be null");
        }
    }
}
