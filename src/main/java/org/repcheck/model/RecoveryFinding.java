package org.repcheck.model;

import java.util.OptionalInt;

/**
 * A recovery worth a word (docs/science.md §6): cut short (and the next rep then slowed) or longer than the rule for
 * the kind of work before it asks. Values only; {@code report} words them and names the rule's source.
 *
 * @param recoveryS     the recovery's duration
 * @param workS         the rep before it
 * @param work          which kind of work the rep was, from its pace against the runner's race paces
 * @param hrDrop        HR at the rep's end minus at the recovery's end, NaN without HR
 * @param nextRep       the rep after, for a cut-short recovery
 * @param slowedSPerKm  how much slower that next rep was, s/km (NaN when not cut short)
 */
public record RecoveryFinding(int afterRep, double recoveryS, double workS, Kind kind, WorkPace work,
                              double hrDrop, OptionalInt nextRep, double slowedSPerKm) {
    public RecoveryFinding {
        if (kind == null || work == null || nextRep == null) {
            throw new IllegalArgumentException("recovery finding fields must not be null");
        }
    }

    public enum Kind {
        CUT_SHORT, TOO_LONG
    }

    /**
     * The kind of work a rep was, Daniels' classes: R (about mile race pace and faster, recover 2–3× the work),
     * I (about 3–5 km race pace, recover no longer than the work), T (threshold, about 1 min per 5 min of work).
     */
    public enum WorkPace {
        R, I, T
    }
}
