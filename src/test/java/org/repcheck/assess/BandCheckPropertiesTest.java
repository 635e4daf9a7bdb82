package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Verdict;

/** Seeded properties of the verdict rule. */
class BandCheckPropertiesTest {

    @Test
    void wideningTheUncertaintyOnlyEverTurnsAVerdictIntoUnjudged() {
        Random rnd = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double fast = 180 + rnd.nextDouble() * 150;
            double slow = fast + rnd.nextDouble() * 6;
            double pace = fast - 15 + rnd.nextDouble() * (slow - fast + 30);
            double u1 = rnd.nextDouble() * 4;
            double u2 = u1 + rnd.nextDouble() * 4;
            Verdict narrow = BandCheck.of(pace, fast, slow, u1).verdict();
            Verdict wide = BandCheck.of(pace, fast, slow, u2).verdict();
            assertThat(wide).as("pace %s band %s–%s u %s→%s", pace, fast, slow, u1, u2).isIn(narrow, Verdict.UNJUDGED);
        }
    }

    @Test
    void wideningTheUncertaintyNeverFlipsAVerdictEndToEnd() {
        // The same rep measured by GPS (1 % + 3 m), then by a footpod (3 % + 3 m): the wider one can only be unjudged.
        Random rnd = new Random(8);
        var plan = new org.repcheck.targets.TargetPlan(
                List.of(new org.repcheck.model.TimeTrial(5000, 1200, Optional.empty())), "coach");
        for (int i = 0; i < 2000; i++) {
            double time = 80 + rnd.nextDouble() * 20;
            var basis = org.repcheck.model.DistanceBasis.values()[rnd.nextInt(3)];
            Verdict gps = Assessor.assess(Sessions.gpsReps(400, basis, 90, time), plan).reps().get(0).verdict();
            Verdict footpod = Assessor.assess(Sessions.reps(400, basis, 90, time), plan).reps().get(0).verdict();
            assertThat(footpod).as("%s s on %s", time, basis).isIn(gps, Verdict.UNJUDGED);
        }
    }

    @Test
    void deltaSign() {
        assertThat(BandCheck.of(220, 228, 232, 0.2).deltaSPerKm()).isEqualTo(-8.0);
        assertThat(BandCheck.of(230, 228, 232, 0.2).deltaSPerKm()).isEqualTo(0.0);
        assertThat(BandCheck.of(233, 228, 232, 0.2).deltaSPerKm()).isEqualTo(1.0);
    }

    @Test
    void straddlingSaysWhichEdgeAndHowFar() {
        BandCheck c = BandCheck.of(228.1, 228, 232, 0.5);
        assertThat(c.verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(c.edge()).isEqualTo(org.repcheck.model.VerdictReason.Edge.FAST);
        assertThat(c.gapSPerKm()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
        BandCheck slow = BandCheck.of(231.5, 228, 232, 3.0);
        assertThat(slow.edge()).isEqualTo(org.repcheck.model.VerdictReason.Edge.SLOW);
        assertThat(slow.gapSPerKm()).isCloseTo(-0.5, org.assertj.core.api.Assertions.within(1e-9));
    }
}
