package org.repcheck.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The finished judgement of one workout: what the report shows and analysis.json holds.
 *
 * @param timeTrial the TT in force for this workout (empty: no TT known, every rep unjudged)
 * @param model     the target model's name
 * @param reps      one per {@code session.reps()}, in order
 * @param notes     what the runner should know, already words (from detection); judgements are values elsewhere
 * @param clock     the runner's local clock for this activity (empty without a start time)
 * @param trialFindings what the runner should know about the TT in force (stale, beaten by an effort in the input)
 */
public record Analysis(Session session, Optional<TimeTrial> timeTrial, String model, List<JudgedRep> reps,
                       SessionSummary summary, Optional<DPrimeBalance> dPrimeBalance, List<String> notes,
                       Optional<LocalClock> clock, List<TrialFinding> trialFindings) {
    public Analysis {
        if (session == null || timeTrial == null || model == null || summary == null || dPrimeBalance == null
                || clock == null) {
            throw new IllegalArgumentException("analysis fields must not be null");
        }
        reps = List.copyOf(reps);
        notes = List.copyOf(notes);
        trialFindings = List.copyOf(trialFindings);
    }

    /** An analysis on the machine's clock with nothing to say about the TT (for callers that predate local time). */
    public Analysis(Session session, Optional<TimeTrial> timeTrial, String model, List<JudgedRep> reps,
                    SessionSummary summary, Optional<DPrimeBalance> dPrimeBalance, List<String> notes) {
        this(session, timeTrial, model, reps, summary, dPrimeBalance, notes,
                LocalClock.of(session.activity(), Optional.empty(), ZoneId.systemDefault()), List.of());
    }
}
