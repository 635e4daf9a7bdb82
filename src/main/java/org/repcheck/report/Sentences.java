package org.repcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.RecoveryFinding;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TrialFinding;
import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason;

/**
 * Reasons, advice, recovery findings and TT findings in words, in the runner's units (built only from
 * {@link Words}). The judgement values come from {@code assess}; this is the only place that says them.
 */
public final class Sentences {
    static final String ADD_TT = "add --tt 5k=20:00 or an athlete.yaml";

    private final Words w;

    public Sentences(Units units) {
        this.w = new Words(units);
    }

    /** Why a rep got its verdict: "13.0 s/km faster than the coach band 3:48.0–3:52.0/km for 400 m (±0.3 s/km)". */
    public String reason(VerdictReason r) {
        // Java 17: no pattern switch yet; the interface is sealed, so this chain is complete and the last line unreachable.
        if (r instanceof VerdictReason.TooShort t) {
            return String.format(Locale.ROOT, "too short to time (%.0f s, %.0f m): reps under %.0f s or %.0f m are not judged",
                    t.durationS(), t.distanceM(), t.minDurationS(), t.minDistanceM());
        }
        if (r instanceof VerdictReason.NotARun n) {
            String what = n.sport().equals("unknown") ? "the file does not say it is a run (no sport given)"
                    : "not a run (sport: " + n.sport() + ")";
            return what + ", and the pace bands are for running";
        }
        if (r instanceof VerdictReason.NoTimeTrial n) {
            return n.workoutDate().map(d -> "no time trial on or before " + d + ": add --tt 5k=20:00 or an earlier dated one")
                    .orElse("no time trial: " + ADD_TT);
        }
        if (r instanceof VerdictReason.NoModel m) {
            return m.problem();
        }
        if (r instanceof VerdictReason.InsideBand i) {
            return "inside " + rule(i.by()) + ", " + w.plusMinus(i.uncertaintySPerKm());
        }
        if (r instanceof VerdictReason.OutsideBand o) {
            return w.gap(o.gapSPerKm()) + (o.gapSPerKm() < 0 ? " faster" : " slower") + " than " + rule(o.by())
                    + ", " + w.plusMinus(o.uncertaintySPerKm());
        }
        if (r instanceof VerdictReason.StraddlesEdge s) {
            return straddle(s);
        }
        if (r instanceof VerdictReason.FasterThanRacePace f) {
            return "faster than your predicted " + Words.repDistance(f.by().band().distanceM()) + " race pace "
                    + w.pace(f.racePaceSPerKm()) + " (Riegel from your " + Words.raceDistance(f.timeTrial().distanceM())
                    + " in " + Words.clock(f.timeTrial().timeS(), 0) + "): overcooked under any model";
        }
        throw new IllegalStateException("unworded reason " + r);
    }

    /** "the coach band 3:48.0–3:52.0/km for 400 m", "the threshold band 4:10.9–4:22.3/km (Daniels T pace ± 2 %)". */
    public String rule(JudgedBy by) {
        TargetBand b = by.band();
        String held = by.heldToRacePace() ? "held back to your Riegel race pace" : "";
        if (by.rule() == JudgedBy.Rule.THRESHOLD) {
            return "the threshold band " + w.band(b) + " (Daniels T pace ± 2 %" + (held.isEmpty() ? "" : "; " + held) + ")";
        }
        String q = b.extrapolated() && !held.isEmpty() ? " (extrapolated; " + held + ")"
                : b.extrapolated() ? " (extrapolated)" : held.isEmpty() ? "" : " (" + held + ")";
        return "the " + b.model() + " band " + w.band(b) + " for " + Words.repDistance(b.distanceM()) + q;
    }

    private String straddle(VerdictReason.StraddlesEdge s) {
        boolean fasterThanEdge = s.gapSPerKm() < 0;
        String where = s.edge() == VerdictReason.Edge.FAST
                ? (fasterThanEdge ? " faster than the fast edge of " : " inside the fast edge of ")
                : (fasterThanEdge ? " inside the slow edge of " : " slower than the slow edge of ");
        return w.gap(s.gapSPerKm()) + where + rule(s.by()) + ", " + w.plusMinus(s.uncertaintySPerKm())
                + ": too close to call";
    }

    /** The one sentence a runner acts on. */
    public String advice(SessionAdvice a) {
        if (a instanceof SessionAdvice.NoReps) {
            return "No reps found, so there is nothing to judge in this session.";
        }
        if (a instanceof SessionAdvice.NotJudged n) {
            return n.why() instanceof VerdictReason.NoTimeTrial t && t.workoutDate().isEmpty()
                    ? "Add a time trial (--tt 5k=20:00 or an athlete.yaml) to have these reps judged."
                    : "These reps were not judged: " + reason(n.why()) + ".";
        }
        if (a instanceof SessionAdvice.Missed m) {
            return Words.reps(m.reps()) + (m.reps().size() == 1 ? " was " : " were ")
                    + w.wholeGapRange(m.minGapSPerKm(), m.maxGapSPerKm())
                    + (m.verdict() == Verdict.OVERCOOKED ? " too fast" : " slower than the band")
                    + (m.aims().isEmpty() ? "." : "; aim for " + aims(m.aims()) + " next time.");
        }
        if (a instanceof SessionAdvice.OnTarget o) {
            return (o.judged() == o.total() ? "All " + o.judged() + " reps were" : o.judged() + " judged reps were all")
                    + " on target" + (o.aims().isEmpty() ? "." : "; keep to " + aims(o.aims()) + ".");
        }
        if (a instanceof SessionAdvice.TooUncertain) {
            return "No rep could be judged: each one's pace is within the watch's distance uncertainty of an edge of "
                    + "its band; a track, or reps set by time, will tell.";
        }
        if (a instanceof SessionAdvice.NoneJudged n) {
            return "No rep could be judged: " + reason(n.first()) + ".";
        }
        throw new IllegalStateException("unworded advice " + a);
    }

    /** "1:31–1:33 per 400 m" for interval bands, "4:10.9–4:22.4/km at threshold" for sustained efforts. */
    private String aims(List<JudgedBy> bands) {
        List<String> parts = new ArrayList<>();
        for (JudgedBy by : bands) {
            TargetBand b = by.band();
            String aim = by.rule() == JudgedBy.Rule.THRESHOLD ? w.band(b) + " at threshold"
                    : Words.clock(b.distanceM() / b.fastSpeedMps(), 0) + "–" + Words.clock(b.distanceM() / b.slowSpeedMps(), 0)
                    + " per " + Words.repDistance(b.distanceM());
            if (!parts.contains(aim)) {
                parts.add(aim);
            }
        }
        return parts.size() > 3 ? Words.and(parts.subList(0, 3)) + " (and others)" : Words.and(parts);
    }

    /** A recovery note with the rule it follows and where the rule comes from (docs/science.md §6). */
    public String recovery(RecoveryFinding f) {
        String hr = Double.isFinite(f.hrDrop()) ? String.format(Locale.ROOT, " (HR fell %.0f bpm)", f.hrDrop()) : "";
        String head = "recovery after rep " + f.afterRep() + " was " + Words.duration(f.recoveryS());
        String work = Words.duration(f.workS()) + " rep";
        if (f.kind() == RecoveryFinding.Kind.CUT_SHORT) {
            String than = f.work() == RecoveryFinding.WorkPace.R ? ", under twice the " + work : ", shorter than the " + work;
            return head + than + hr + ", and rep " + f.nextRep().orElse(f.afterRep() + 1) + " slowed by "
                    + w.wholeGapRange(f.slowedSPerKm(), f.slowedSPerKm()) + " — " + ruleSource(f.work());
        }
        return head + ", longer than the " + work + " needs" + hr + " — " + ruleSource(f.work());
    }

    private static String ruleSource(RecoveryFinding.WorkPace p) {
        return switch (p) {
            case R -> "Daniels: after R-pace work (about mile race pace and faster), recover 2–3× the work";
            case I -> "Daniels: after I-pace work (about 3–5 km race pace), recover about as long as the work bout, no longer";
            case T -> "Daniels: cruise intervals at threshold pace take about 1 min of rest per 5 min of work";
        };
    }

    /** A line about the TT in force: old, or beaten by an effort in this input. */
    public String trialFinding(TrialFinding f) {
        if (f instanceof TrialFinding.Stale s) {
            return "the time trial in force, " + Words.timeTrial(s.timeTrial()) + ", is " + (s.ageDays() / 7)
                    + " weeks old on " + s.workoutDate() + " (more than " + (s.limitDays() / 7)
                    + "): run a new one, or give a recent race, so the bands match your fitness now";
        }
        TrialFinding.FasterEffort e = (TrialFinding.FasterEffort) f;
        return "this run holds a " + Words.raceDistance(e.effort().distanceM()) + " in " + Words.clock(e.effort().timeS(), 0)
                + ", faster than the " + Words.clock(e.predictedS(), 0) + " your time trial "
                + Words.timeTrial(e.inForce()) + " predicts (Riegel): it implies a "
                + Words.raceDistance(e.implied().distanceM()) + " time trial of " + Words.clock(e.implied().timeS(), 0)
                + " (--tt " + Words.ttOption(e.implied()) + ")";
    }
}
