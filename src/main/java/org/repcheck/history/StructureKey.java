package org.repcheck.history;

import java.util.List;

/**
 * What makes two interval sessions "the same workout": the number of reps and their nominal length. A value, not
 * words ({@code report} says "6 × 400 m"). Reps of mixed lengths (a pyramid) keep every length in order.
 *
 * @param reps    how many reps
 * @param unit    whether the reps are set by distance or by time
 * @param lengths the nominal length of each distinct rep in order of first appearance: metres for
 *                {@link Unit#DISTANCE}, seconds for {@link Unit#DURATION}; one element when every rep is the same
 */
public record StructureKey(int reps, Unit unit, List<Double> lengths) {
    public enum Unit { DISTANCE, DURATION }

    public StructureKey {
        if (reps < 1 || unit == null || lengths.isEmpty()) {
            throw new IllegalArgumentException("a structure key needs reps, a unit and a length");
        }
        lengths = List.copyOf(lengths);
    }

    /** True when every rep has the same nominal length. */
    public boolean uniform() {
        return lengths.size() == 1;
    }
}
