package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.repcheck.model.DistanceBasis;
import org.repcheck.report.Units;

class RecoveryCheckTest {

    @Test
    void shortRecoveryBeforeASlowerRepIsFlagged() {
        // 400 m reps (R-pace work) of 90 s with 45 s rests; rep 4 is 2.4 s slower = 6 s/km.
        var s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 45, 90, 90, 90, 92.4);
        assertThat(RecoveryCheck.notes(s, Units.METRIC)).containsExactly(
                "recovery after rep 3 was 45 s, under twice the 90 s rep (R-pace reps want 2–3×), and rep 4 slowed by 6 s/km");
    }

    @Test
    void shortIRecoveryNamesTheRep() {
        // 1000 m reps (I-pace work) of 3:55 with 2:00 rests; rep 3 slowed by 6 s.
        var s = Sessions.reps(1000, DistanceBasis.WORKOUT_STEP, 120, 235, 235, 241);
        assertThat(RecoveryCheck.notes(s, Units.METRIC))
                .containsExactly("recovery after rep 2 was 2:00, shorter than the 3:55 rep, and rep 3 slowed by 6 s/km");
    }

    @Test
    void shortRecoveryTheRunnerCopedWithIsNotFlagged() {
        var s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 45, 90, 90, 90);
        assertThat(RecoveryCheck.notes(s, Units.METRIC)).isEmpty();
    }

    @Test
    void longIRecoveryIsFlagged() {
        var s = Sessions.reps(1000, DistanceBasis.WORKOUT_STEP, 300, 235, 235);
        assertThat(RecoveryCheck.notes(s, Units.METRIC)).containsExactly(
                "recovery after rep 1 was 5:00, longer than the 3:55 rep: I-pace recoveries should be no longer than the rep");
    }

    @Test
    void imperialSlowdown() {
        var s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 45, 90, 92.4);
        assertThat(RecoveryCheck.notes(s, Units.IMPERIAL)).singleElement().asString().endsWith("rep 2 slowed by 10 s/mi");
    }
}
