package org.repcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.RecoveryFinding;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.TrialFinding;
import org.repcheck.model.VerdictReason;

/**
 * The judgement values in JSON, for scripts: each with a stable snake_case {@code code} and the numbers it names
 * (s/km, seconds, metres), beside the rendered sentence the contract already has. Scripts branch on the codes,
 * never on the sentences.
 */
final class JsonJudgements {
    private JsonJudgements() {
    }

    /** The numbers of a verdict reason; its code goes in the rep's {@code reason} key. */
    static ObjectNode reasonNumbers(VerdictReason r) {
        ObjectNode o = Json.NODES.objectNode();
        if (r instanceof VerdictReason.TooShort t) {
            Json.putTenths(o, "duration_s", t.durationS());
            Json.putTenths(o, "distance_m", t.distanceM());
            Json.putNumber(o, "min_duration_s", t.minDurationS());
            Json.putNumber(o, "min_distance_m", t.minDistanceM());
        } else if (r instanceof VerdictReason.NotARun n) {
            o.put("sport", n.sport());
        } else if (r instanceof VerdictReason.NoTimeTrial n) {
            n.workoutDate().ifPresentOrElse(d -> o.put("workout_date", d.toString()), () -> o.putNull("workout_date"));
        } else if (r instanceof VerdictReason.NoModel m) {
            o.put("problem", m.problem());
        } else if (r instanceof VerdictReason.InsideBand i) {
            judgedBy(o, i.by());
            Json.putTenths(o, "uncertainty_s_per_km", i.uncertaintySPerKm());
        } else if (r instanceof VerdictReason.OutsideBand b) {
            judgedBy(o, b.by());
            Json.putTenths(o, "gap_s_per_km", b.gapSPerKm());
            Json.putTenths(o, "uncertainty_s_per_km", b.uncertaintySPerKm());
        } else if (r instanceof VerdictReason.StraddlesEdge s) {
            judgedBy(o, s.by());
            o.put("edge", s.edge().name().toLowerCase(Locale.ROOT));
            Json.putTenths(o, "gap_s_per_km", s.gapSPerKm());
            Json.putTenths(o, "uncertainty_s_per_km", s.uncertaintySPerKm());
        } else if (r instanceof VerdictReason.FasterThanRacePace f) {
            judgedBy(o, f.by());
            Json.putTenths(o, "race_pace_s_per_km", f.racePaceSPerKm());
            Json.putTenths(o, "gap_s_per_km", f.gapSPerKm());
            Json.putTenths(o, "uncertainty_s_per_km", f.uncertaintySPerKm());
        }
        return o;
    }

    /** "rule": interval | threshold, the band's model, and whether the band was held back to race pace. */
    private static void judgedBy(ObjectNode o, JudgedBy by) {
        o.put("rule", by.rule().label());
        o.put("rule_model", by.band().model());
        o.put("held_to_race_pace", by.heldToRacePace());
    }

    /** "no_reps", "not_judged", "overcooked", "slow", "on_target", "too_uncertain", "none_judged". */
    static String adviceCode(SessionAdvice a) {
        if (a instanceof SessionAdvice.Missed m) {
            return m.verdict().label();
        }
        if (a instanceof SessionAdvice.NoReps) {
            return "no_reps";
        }
        if (a instanceof SessionAdvice.NotJudged) {
            return "not_judged";
        }
        if (a instanceof SessionAdvice.OnTarget) {
            return "on_target";
        }
        return a instanceof SessionAdvice.TooUncertain ? "too_uncertain" : "none_judged";
    }

    static ArrayNode recoveries(List<RecoveryFinding> findings, Sentences words) {
        ArrayNode arr = Json.NODES.arrayNode();
        for (RecoveryFinding f : findings) {
            ObjectNode o = arr.addObject();
            o.put("code", f.kind() == RecoveryFinding.Kind.CUT_SHORT ? "cut_short" : "too_long");
            o.put("after_rep", f.afterRep());
            o.put("work_pace", f.work().name());
            Json.putTenths(o, "recovery_s", f.recoveryS());
            Json.putTenths(o, "work_s", f.workS());
            Json.putWhole(o, "hr_drop", f.hrDrop());
            Json.putTenths(o, "next_rep_slowed_s_per_km", f.slowedSPerKm());
            o.put("text", words.recovery(f));
        }
        return arr;
    }

    static ArrayNode trialFindings(List<TrialFinding> findings, Sentences words) {
        ArrayNode arr = Json.NODES.arrayNode();
        for (TrialFinding f : findings) {
            ObjectNode o = arr.addObject();
            if (f instanceof TrialFinding.Stale s) {
                o.put("code", "stale_time_trial");
                o.put("age_days", s.ageDays());
                o.put("limit_days", s.limitDays());
            } else if (f instanceof TrialFinding.FasterEffort e) {
                o.put("code", "faster_effort");
                Json.putNumber(o, "effort_distance_m", e.effort().distanceM());
                Json.putTenths(o, "effort_time_s", e.effort().timeS());
                Json.putTenths(o, "predicted_time_s", e.predictedS());
                Json.putNumber(o, "implied_distance_m", e.implied().distanceM());
                Json.putTenths(o, "implied_time_s", e.implied().timeS());
            }
            o.put("text", words.trialFinding(f));
        }
        return arr;
    }
}
