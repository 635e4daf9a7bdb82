package org.repcheck.model;

import java.util.List;

/**
 * The session at a glance.
 *
 * @param fadeSPerKmPerRep slope of rep pace against rep number, s/km per rep (positive = slowing); NaN under 3 reps
 * @param advice           one plain sentence a runner acts on
 * @param recoveryNotes    recoveries cut short or too long, per docs/science.md §6
 */
public record SessionSummary(int overcooked, int onTarget, int slow, int unjudged, double fadeSPerKmPerRep,
                             String advice, List<String> recoveryNotes) {
    public SessionSummary {
        recoveryNotes = List.copyOf(recoveryNotes);
    }
}
