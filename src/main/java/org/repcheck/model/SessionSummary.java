package org.repcheck.model;

import java.util.List;

/**
 * The session at a glance.
 *
 * @param fadeSPerKmPerRep slope of rep pace against rep number, s/km per rep (positive = slowing); NaN under 3 reps
 * @param advice           what the runner acts on ({@code report} words it)
 * @param recoveryNotes    recoveries cut short or too long, per docs/science.md §6
 */
public record SessionSummary(int overcooked, int onTarget, int slow, int unjudged, double fadeSPerKmPerRep,
                             SessionAdvice advice, List<RecoveryFinding> recoveryNotes) {
    public SessionSummary {
        if (advice == null) {
            throw new IllegalArgumentException("advice must not be null");
        }
        recoveryNotes = List.copyOf(recoveryNotes);
    }
}
