package org.repcheck.history;

import java.util.OptionalDouble;

/**
 * How the weekly load was worked out: the method and the HR anchors used, and where they came from.
 *
 * @param method     Edwards or Banister
 * @param hrMaxBpm   HR max used, bpm
 * @param hrRestBpm  resting HR used, bpm (Banister only)
 * @param hrMaxFrom  from the options (a profile) or estimated from the history
 * @param hrMaxRunId the run whose peak 60 s HR set the estimate, when estimated
 */
public record LoadBasis(TrimpMethod method, double hrMaxBpm, OptionalDouble hrRestBpm, AnchorSource hrMaxFrom,
                        java.util.Optional<String> hrMaxRunId) {
    /** Where an HR anchor came from. */
    public enum AnchorSource {
        /** Given (profile, option). */
        GIVEN,
        /**
         * The highest 60 s mean HR in the history: a lower bound of the true max (a runner seldom reaches it in
         * training), so the zones it sets are if anything a little high.
         */
        HISTORY_PEAK,
        /** No HR in the history: no load. */
        NONE
    }
}
