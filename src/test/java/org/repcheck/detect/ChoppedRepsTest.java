package org.repcheck.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repcheck.synth.SessionGenerator;

/** Reps the signal cut in two at a climb or a hold-up, made whole again, on realistic generated sessions. */
class ChoppedRepsTest {
    /**
     * So many reps came out in two pieces that no pair's neighbours were one rep repeated, and the pair-by-pair
     * join had nothing to measure a rep by: the set failed its checks, or the run read as one tempo block. Every dip
     * joined at once, the set is the reps again.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "30012, 5 × 2000 m on hills with jogged recoveries; read as one 2000 m tempo block",
        "50132, '6 × 1000 m on hills with standing recoveries, no speed channel; four reps came out in two pieces'",
    })
    void repsChoppedTooOftenToPairAreJoinedAllAtOnce(long seed, String session) {
        SignalReps.assertEveryRepFoundAndNoOther(
                SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed)), session);
    }
}
