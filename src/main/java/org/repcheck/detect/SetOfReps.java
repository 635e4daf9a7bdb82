package org.repcheck.detect;

import java.util.List;
import java.util.Optional;

/**
 * Whether the bouts the signal found are a set of reps: the checks every set must pass, in the order that gives the
 * clearest note, and the run's one sustained block ({@link SustainedBlock}) when they are not.
 */
final class SetOfReps {
    private SetOfReps() {
    }

    /**
     * Two bouts alone are a set only when both are long (2 × 2 km, 2 × 10 min): no coach sets two short reps, and
     * two 40 s surges after crossings in an easy run are what a phone's recording of one shows (the real Strava
     * 5 km with its samples thinned to 1-8 s, or without its altitude). None of the real sessions holds two reps.
     */
    static final double MIN_PAIR_REP_S = 180;
    /** Reps are a part of a run, never most of it. */
    static final double MAX_WORK_SHARE = 0.75;

    /**
     * The bouts that stand out as a set of reps, or the run's one sustained block, or none. The odd bouts go, and
     * the pieces of a chopped rep are joined ({@link ChoppedReps}), before the checks, but only the strict check (a shared size) may rest on what is left: the loose one (standing out
     * from the run) must hold for every bout, or dropping the odd ones would let a run broken by stops (the real
     * FR110 2013 run) through. A set that passes loses the bouts far off its ends
     * ({@link OddBouts#withoutIsolatedEnds}).
     *
     * @param fast     every bout long enough, the block's material
     * @param found    the bouts that stand out from the minute around them
     * @param runningS the run's running time
     */
    static List<RepSpan> check(Track track, List<RepSpan> fast, List<RepSpan> found, double runningS,
                               List<String> notes) {
        double workTime = found.stream().mapToDouble(r -> r.endS() - r.startS()).sum();
        List<RepSpan> spans = ChoppedReps.joined(track, OddBouts.drop(track, found));
        if (spans.size() < 2) {
            return orSustainedBlock(track, fast, notes,
                    "signal: " + (spans.isEmpty() ? "no" : "only one") + " bout clearly faster than its surroundings");
        }
        if (spans.size() == 2 && spans.stream().anyMatch(r -> r.endS() - r.startS() < MIN_PAIR_REP_S)) {
            return orSustainedBlock(track, fast, notes, "signal: only two short bouts clearly faster than their "
                    + "surroundings: surges (a crossing, a hill), not a set of reps");
        }
        if (!SignalEvidence.closeTogether(spans)) {
            return orSustainedBlock(track, fast, notes, "signal: the fast bouts lie many minutes apart: surges in a "
                    + "run, not a set of reps");
        }
        if (workTime > MAX_WORK_SHARE * runningS) {
            notes.add("signal: the fast bouts are most of the run: its pace, not reps");
            return List.of();
        }
        if (!SignalEvidence.heartRises(track, spans)) {
            return orSustainedBlock(track, fast, notes, "signal: the heart rate does not climb over the fast "
                    + "stretches: the terrain's, not reps");
        }
        boolean reps = SignalEvidence.structured(track, spans) || SignalEvidence.standsOut(track, found);
        if (!reps || !SignalEvidence.recoveriesSlower(track, spans)) {
            return orSustainedBlock(track, fast, notes, "signal: the fast bouts share no distance or duration and "
                    + "are not clearly faster than the run's own running: unstructured running, not reps");
        }
        return OddBouts.withoutEasyPacedEnds(track, OddBouts.withoutIsolatedEnds(track, spans));
    }

    /** One sustained block when the run holds one (see {@link SustainedBlock#find}), else no reps. */
    private static List<RepSpan> orSustainedBlock(Track track, List<RepSpan> bouts, List<String> notes, String why) {
        Optional<RepSpan> block = SustainedBlock.find(track, bouts);
        if (block.isPresent() && track.dropouts.stream()
                .noneMatch(d -> d.startS() < block.get().endS() && d.endS() > block.get().startS())) {
            notes.add("signal: one sustained effort clearly faster than the running around it: a block, not reps");
            return List.of(block.get());
        }
        notes.add(why);
        return List.of();
    }
}
