package org.repcheck.assess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.TargetBand;
import org.repcheck.model.Verdict;
import org.repcheck.report.Units;

/**
 * The one sentence a runner acts on: which reps missed, by how much, and the rep time to aim for next time, e.g.
 * "Reps 1–3 were 9–15 s/km too fast; aim for 1:31–1:33 per 400 m next time." Overcooking is what hurts the rest
 * of the week, so it is named first; slow reps only when nothing was overcooked.
 */
public final class Advice {
    private Advice() {
    }

    /** @param allUnjudgedReason why no rep could be judged at all (no TT, not a run, bad model), if so */
    public static String sentence(List<JudgedRep> reps, Optional<String> allUnjudgedReason, Units units) {
        if (reps.isEmpty()) {
            return "No reps found, so there is nothing to judge in this session.";
        }
        if (allUnjudgedReason.isPresent()) {
            String why = allUnjudgedReason.get();
            if (why.startsWith("no time trial")) {
                return "Add a time trial (--tt 5k=20:00 or an athlete.yaml) to have these reps judged.";
            }
            return "These reps were not judged: " + why + ".";
        }
        List<JudgedRep> over = of(reps, Verdict.OVERCOOKED);
        List<JudgedRep> slow = of(reps, Verdict.SLOW);
        List<JudgedRep> on = of(reps, Verdict.ON_TARGET);
        if (!over.isEmpty()) {
            return missed(over, "too fast", units) + "; aim for " + aims(over) + " next time.";
        }
        if (!slow.isEmpty()) {
            return missed(slow, "slower than the band", units) + "; aim for " + aims(slow) + " next time.";
        }
        if (!on.isEmpty()) {
            String count = on.size() == reps.size() ? "All " + on.size() + " reps were" : on.size() + " judged reps were all";
            return count + " on target; keep to " + aims(on) + ".";
        }
        if (reps.stream().allMatch(j -> j.reason().startsWith("pace uncertain"))) {
            return "No rep could be judged because the measured distances are too uncertain for the band; run the reps "
                    + "as a structured workout or on a track next time.";
        }
        return "No rep could be judged: " + firstReason(reps) + ".";
    }

    private static String missed(List<JudgedRep> reps, String how, Units units) {
        long lo = Long.MAX_VALUE;
        long hi = 0;
        List<Integer> idx = new ArrayList<>();
        for (JudgedRep j : reps) {
            long gap = Wording.wholeGap(units, j.deltaSPerKm());
            lo = Math.min(lo, gap);
            hi = Math.max(hi, gap);
            idx.add(j.rep().index());
        }
        String verb = reps.size() == 1 ? " was " : " were ";
        return Wording.reps(idx) + verb + Wording.range(lo, hi) + " s" + units.paceSuffix() + " " + how;
    }

    /** "1:31–1:33 per 400 m", one per distinct rep distance among {@code reps}. */
    private static String aims(List<JudgedRep> reps) {
        Map<Long, TargetBand> byDistance = new LinkedHashMap<>();
        for (JudgedRep j : reps) {
            j.target().ifPresent(b -> byDistance.putIfAbsent(Math.round(b.distanceM()), b));
        }
        List<String> parts = new ArrayList<>();
        for (TargetBand b : byDistance.values()) {
            parts.add(Units.clock(b.distanceM() / b.fastSpeedMps(), 0) + "–" + Units.clock(b.distanceM() / b.slowSpeedMps(), 0)
                    + " per " + Wording.distance(b.distanceM()));
        }
        return Wording.and(parts);
    }

    private static List<JudgedRep> of(List<JudgedRep> reps, Verdict v) {
        return reps.stream().filter(j -> j.verdict() == v).toList();
    }

    private static String firstReason(List<JudgedRep> reps) {
        String r = reps.get(0).reason();
        return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
    }
}
