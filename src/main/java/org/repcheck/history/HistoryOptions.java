package org.repcheck.history;

import java.util.List;
import java.util.OptionalDouble;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.TargetPlan;

/**
 * What a history is built with.
 *
 * @param athlete      the athlete's name, "" when unnamed
 * @param trials       the athlete's TTs (the TT in force for a run without one in its digest)
 * @param hrMaxBpm     HR max from a profile; empty: estimated from the history
 * @param hrRestBpm    resting HR from a profile; given with HR max it selects Banister's TRIMP, else Edwards'
 * @param permutations label permutations for the cross-history test
 * @param seed         their seed
 */
public record HistoryOptions(String athlete, List<TimeTrial> trials, OptionalDouble hrMaxBpm,
                             OptionalDouble hrRestBpm, int permutations, long seed) {
    public HistoryOptions {
        if (athlete == null || hrMaxBpm == null || hrRestBpm == null || permutations < 1) {
            throw new IllegalArgumentException("history options need an athlete, HR anchors and permutations");
        }
        trials = List.copyOf(trials);
    }

    public static HistoryOptions defaults() {
        return new HistoryOptions("", List.of(), OptionalDouble.empty(), OptionalDouble.empty(), 9999, 12L);
    }

    /** The plan's TTs, and its profile's HR anchors where it has them. */
    public HistoryOptions withPlan(TargetPlan plan) {
        boolean given = plan.heartRate().maxBpm().isPresent();
        return new HistoryOptions(athlete, plan.trials(), given ? plan.heartRate().maxBpm() : hrMaxBpm,
                given ? plan.heartRate().restBpm() : hrRestBpm, permutations, seed);
    }

    public HistoryOptions withAthlete(String name) {
        return new HistoryOptions(name, trials, hrMaxBpm, hrRestBpm, permutations, seed);
    }

    public HistoryOptions withHrAnchors(OptionalDouble max, OptionalDouble rest) {
        return new HistoryOptions(athlete, trials, max, rest, permutations, seed);
    }

    public HistoryOptions withSeed(long newSeed) {
        return new HistoryOptions(athlete, trials, hrMaxBpm, hrRestBpm, permutations, newSeed);
    }
}
