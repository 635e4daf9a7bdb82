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
    void wideningTheUncertaintyNeverMakesARepOvercookedEndToEnd() {
        // Same rep judged on a workout step (±0.25 s/km), then snapped (±0.76), then measured (±7.5).
        Random rnd = new Random(8);
        var plan = new org.repcheck.targets.TargetPlan(
                List.of(new org.repcheck.model.TimeTrial(5000, 1200, Optional.empty())), "coach");
        for (int i = 0; i < 2000; i++) {
            double time = 85 + rnd.nextDouble() * 10;
            Verdict previous = null;
            for (var basis : List.of(org.repcheck.model.DistanceBasis.WORKOUT_STEP, org.repcheck.model.DistanceBasis.SNAPPED,
                    org.repcheck.model.DistanceBasis.MEASURED)) {
                Verdict v = Assessor.assess(Sessions.reps(400, basis, 90, time), plan).reps().get(0).verdict();
                if (previous != null) {
                    assertThat(v).as("%s s on %s", time, basis).isIn(previous, Verdict.UNJUDGED);
                }
                previous = v;
            }
        }
    }

    @Test
    void deltaSign() {
        assertThat(BandCheck.of(220, 228, 232, 0.2).deltaSPerKm()).isEqualTo(-8.0);
        assertThat(BandCheck.of(230, 228, 232, 0.2).deltaSPerKm()).isEqualTo(0.0);
        assertThat(BandCheck.of(233, 228, 232, 0.2).deltaSPerKm()).isEqualTo(1.0);
    }

    @Test
    void straddlingAnEdgeIsBorderline() {
        BandCheck c = BandCheck.of(228.1, 228, 232, 0.5);
        assertThat(c.verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(c.borderline()).isTrue();
        assertThat(BandCheck.of(230, 228, 232, 2.5).borderline()).isFalse();
    }
}
