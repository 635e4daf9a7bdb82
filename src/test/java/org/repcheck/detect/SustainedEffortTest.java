package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.TrueRep;

/**
 * Generated tempo runs and GPS-altitude negatives: a block a little faster than the running around it is one
 * sustained effort, and a steady run's altitude wander makes no reps.
 */
class SustainedEffortTest {
    /**
     * Blocks 15-30 % faster than the easy running: the split's class means often differ by under 15 % (ramps, the
     * scatter of both paces), so without the two-level gate many would read as one pace. The generator's blocks at
     * +12-14 % sit at the block rule's own edge (1.12 × the running outside) and are only printed.
     */
    @Test
    void aTempoBlockFifteenToThirtyPercentFasterThanItsWarmUpIsFoundAsOneBlock() {
        int clear = 0;
        int found = 0;
        int edge = 0;
        int edgeFound = 0;
        for (long seed = 7000; seed < 7100; seed++) {
            GeneratedSession g = SessionGenerator.tempoRun(seed);
            boolean atEdge = g.description().matches("tempo \\d+ min at \\+1[2-4] %.*");
            Session s = new RepDetector().detect(g.activity(), DetectMode.SIGNAL);
            TrueRep t = g.reps().get(0);
            boolean ok = s.reps().size() == 1 && s.reps().get(0).kind() == RepKind.TEMPO_BLOCK
                    && overlapsMostOf(s.reps(), t);
            if (atEdge) {
                edge++;
                edgeFound += ok ? 1 : 0;
            } else {
                clear++;
                found += ok ? 1 : 0;
            }
        }
        System.out.printf("[tempo blocks] +15-30 %%: %d of %d found; +12-14 %%: %d of %d%n", found, clear, edgeFound, edge);
        assertThat(clear).isGreaterThan(50);
        assertThat(found).as("blocks at +15-30 %% found, of %d", clear).isGreaterThanOrEqualTo((int) (0.9 * clear));
    }

    @Test
    void aSteadyRunsGpsAltitudeWanderMakesNoReps() {
        // Seed 5083: a steady run at 3.5 m/s whose GPS altitude lifts its grade-adjusted speed by a third or more for
        // a minute, twice; its raw speed never leaves 3.3-3.7 m/s. Two such minutes are no set (the pair rule speaks
        // before the two readings are weighed; GradeReadingsTest pins the wander's own rule).
        GeneratedSession g = SessionGenerator.realisticNegative(5083);
        Session s = new RepDetector().detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.reps()).isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.contains("only two short bouts"));
    }

    @Test
    void aTempoTheBoutsOnlyShowInPiecesIsFoundWholeByTheThreeLineFit() {
        // Seed 7030: 22 min at +13 %, which crosses the split's threshold again and again; the bouts bridged gave
        // no block at all before the fit.
        GeneratedSession g = SessionGenerator.tempoRun(7030);
        TrueRep t = g.reps().get(0);
        Session s = new RepDetector().detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.reps()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RepKind.TEMPO_BLOCK);
            assertThat(r.startS()).isCloseTo(t.startS(), within(30.0));
            assertThat(r.endS()).isCloseTo(t.endS(), within(30.0));
        });
    }

    @Test
    void aSetOfLongRepsWithJogsIsNotReadAsOneBlock() {
        // Seed 1094: 3 × 3000 m with 3-minute jogs and GPS altitude; the fit would take the set for a block, but
        // its jogs run below the easy pace, and the second reading's reps of one size beat a first reading's block.
        GeneratedSession g = SessionGenerator.intervals(1094, SessionGenerator.realisticSpec(1094));
        Session s = new RepDetector().detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.reps()).hasSize(3);
    }

    private static boolean overlapsMostOf(List<Rep> found, TrueRep t) {
        Rep r = found.get(0);
        double overlap = Math.min(r.endS(), t.endS()) - Math.max(r.startS(), t.startS());
        return overlap >= 0.8 * t.durationS();
    }
}
