package org.repcheck.model;

import java.util.List;
import java.util.Optional;

/**
 * The finished judgement of one workout: what the report shows and analysis.json holds.
 *
 * @param timeTrial the TT in force for this workout (empty: no TT known, every rep unjudged)
 * @param model     the target model's name
 * @param reps      one per {@code session.reps()}, in order
 * @param notes     what the runner should know (how to add a TT, why nothing was judged)
 */
public record Analysis(Session session, Optional<TimeTrial> timeTrial, String model, List<JudgedRep> reps,
                       SessionSummary summary, Optional<DPrimeBalance> dPrimeBalance, List<String> notes) {
    public Analysis {
        if (session == null || timeTrial == null || model == null || summary == null || dPrimeBalance == null) {
            throw new IllegalArgumentException("analysis fields must not be null");
        }
        reps = List.copyOf(reps);
        notes = List.copyOf(notes);
    }
}
