package org.repcheck.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason;

/**
 * The session's advice as a value: which reps missed, by how much, and the bands to aim for. Overcooking is what
 * hurts the rest of the week, so it is named first; slow reps only when nothing was overcooked. Decided on the
 * verdicts and the reasons' types, never on words.
 */
public final class Advice {
    private Advice() {
    }

    /** @param allUnjudged why no rep could be judged at all (no TT, not a run, no model), if so */
    public static SessionAdvice of(List<JudgedRep> reps, Optional<VerdictReason> allUnjudged) {
        if (reps.isEmpty()) {
            return new SessionAdvice.NoReps();
        }
        if (allUnjudged.isPresent()) {
            return new SessionAdvice.NotJudged(allUnjudged.get());
        }
        List<JudgedRep> over = of(reps, Verdict.OVERCOOKED);
        List<JudgedRep> slow = of(reps, Verdict.SLOW);
        List<JudgedRep> on = of(reps, Verdict.ON_TARGET);
        if (!over.isEmpty()) {
            return missed(Verdict.OVERCOOKED, over);
        }
        if (!slow.isEmpty()) {
            return missed(Verdict.SLOW, slow);
        }
        if (!on.isEmpty()) {
            return new SessionAdvice.OnTarget(on.size(), reps.size(), aims(on));
        }
        if (reps.stream().allMatch(j -> j.reason() instanceof VerdictReason.StraddlesEdge)) {
            return new SessionAdvice.TooUncertain(reps.size());
        }
        return new SessionAdvice.NoneJudged(reps.get(0).reason());
    }

    private static SessionAdvice missed(Verdict verdict, List<JudgedRep> reps) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        List<Integer> idx = new ArrayList<>();
        for (JudgedRep j : reps) {
            double gap = Math.abs(j.deltaSPerKm());
            lo = Math.min(lo, gap);
            hi = Math.max(hi, gap);
            idx.add(j.rep().index());
        }
        return new SessionAdvice.Missed(verdict, idx, lo, hi, aims(reps));
    }

    /** One band per distinct rep distance (to the metre) among {@code reps}, in order of first appearance. */
    private static List<JudgedBy> aims(List<JudgedRep> reps) {
        Map<Long, JudgedBy> byDistance = new LinkedHashMap<>();
        for (JudgedRep j : reps) {
            j.reason().judgedBy().ifPresent(b -> byDistance.putIfAbsent(Math.round(b.band().distanceM()), b));
        }
        return List.copyOf(byDistance.values());
    }

    private static List<JudgedRep> of(List<JudgedRep> reps, Verdict v) {
        return reps.stream().filter(j -> j.verdict() == v).toList();
    }
}
