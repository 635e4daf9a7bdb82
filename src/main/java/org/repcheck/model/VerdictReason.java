package org.repcheck.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why a rep got its verdict, as a value with the numbers the reason names. Only {@code report} turns it into
 * words, in the runner's units; JSON gives {@link #code()} and the numbers. Paces and gaps are s/km (the science's
 * unit, docs/science.md), gaps signed: negative = faster than the band, positive = slower.
 */
public sealed interface VerdictReason {
    /** The stable code of docs/json.md ("outside_band", "straddles_edge", …). */
    String code();

    /** The rule and band the rep was held to, for reasons that judged it against one. */
    default java.util.Optional<JudgedBy> judgedBy() {
        if (this instanceof InsideBand i) {
            return java.util.Optional.of(i.by());
        }
        if (this instanceof OutsideBand o) {
            return java.util.Optional.of(o.by());
        }
        if (this instanceof StraddlesEdge s) {
            return java.util.Optional.of(s.by());
        }
        return this instanceof FasterThanRacePace f ? java.util.Optional.of(f.by()) : java.util.Optional.empty();
    }

    /** Which edge of a band. */
    enum Edge {
        FAST, SLOW
    }

    /** Under 20 s or 100 m: a second of timing is then several s/km. */
    record TooShort(double durationS, double distanceM, double minDurationS, double minDistanceM)
            implements VerdictReason {
        public String code() {
            return "too_short";
        }
    }

    /** The activity, or this part of a multisport one, is not a run; the bands are for running. */
    record NotARun(String sport) implements VerdictReason {
        public String code() {
            return "not_a_run";
        }
    }

    /**
     * No time trial is in force: none at all, or (with {@code workoutDate}) all dated after the workout.
     */
    record NoTimeTrial(Optional<LocalDate> workoutDate) implements VerdictReason {
        public String code() {
            return "no_time_trial";
        }
    }

    /** The target model could not be built from the TTs given (critical speed with one TT); the problem in words. */
    record NoModel(String problem) implements VerdictReason {
        public String code() {
            return "no_model";
        }
    }

    /** The whole interval [pace − u, pace + u] lies inside the band. */
    record InsideBand(JudgedBy by, double uncertaintySPerKm) implements VerdictReason {
        public String code() {
            return "inside_band";
        }
    }

    /** The whole interval lies beyond one edge; {@code gapSPerKm} from that edge to the pace, signed. */
    record OutsideBand(JudgedBy by, double gapSPerKm, double uncertaintySPerKm) implements VerdictReason {
        public String code() {
            return "outside_band";
        }
    }

    /**
     * The interval straddles {@code edge}: the pace is {@code gapSPerKm} from it (signed: negative = faster than
     * the edge), less than the uncertainty {@code uncertaintySPerKm}.
     */
    record StraddlesEdge(JudgedBy by, Edge edge, double gapSPerKm, double uncertaintySPerKm) implements VerdictReason {
        public String code() {
            return "straddles_edge";
        }
    }

    /**
     * Faster than the runner's predicted race pace over the rep's distance (Riegel from the TT in force), even
     * allowing for the uncertainty: overcooked under any model.
     */
    record FasterThanRacePace(JudgedBy by, double racePaceSPerKm, double gapSPerKm, double uncertaintySPerKm,
                              TimeTrial timeTrial) implements VerdictReason {
        public String code() {
            return "faster_than_race_pace";
        }
    }
}
