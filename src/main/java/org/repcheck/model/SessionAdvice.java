package org.repcheck.model;

import java.util.List;

/**
 * The one thing a runner acts on after a session, as a value; {@code report} words it. Overcooking is what hurts
 * the rest of the week, so it wins over slow reps, which win over on-target ones.
 */
public sealed interface SessionAdvice {
    /** True only when the session was on target (the report colours only this one green). */
    default boolean onTarget() {
        return false;
    }

    /** No reps were found. */
    record NoReps() implements SessionAdvice {
    }

    /** Nothing could be judged for one session-wide reason (no TT, not a run, no model). */
    record NotJudged(VerdictReason why) implements SessionAdvice {
    }

    /**
     * Some reps were overcooked (or, with none overcooked, slow): which, by how much (whole gaps in s/km, unsigned,
     * smallest and largest) and the bands to aim for (with the rule that set each), one per rep distance.
     */
    record Missed(Verdict verdict, List<Integer> reps, double minGapSPerKm, double maxGapSPerKm,
                  List<JudgedBy> aims) implements SessionAdvice {
        public Missed {
            reps = List.copyOf(reps);
            aims = List.copyOf(aims);
        }
    }

    /** Every judged rep was on target ({@code judged} of {@code total} reps were judged). */
    record OnTarget(int judged, int total, List<JudgedBy> aims) implements SessionAdvice {
        public OnTarget {
            aims = List.copyOf(aims);
        }

        @Override
        public boolean onTarget() {
            return true;
        }
    }

    /** Reps were judged but every one straddled an edge of its band. */
    record TooUncertain(int reps) implements SessionAdvice {
    }

    /** No rep could be judged, each for its own reason; the first one's. */
    record NoneJudged(VerdictReason first) implements SessionAdvice {
    }
}
