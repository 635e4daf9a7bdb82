package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Recovery;
import org.repcheck.model.RecoveryFinding;
import org.repcheck.model.RecoveryFinding.Kind;
import org.repcheck.model.RecoveryFinding.WorkPace;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.RepSource;
import org.repcheck.model.Session;
import org.repcheck.model.TimeTrial;

class RecoveryCheckTest {
    static final Optional<TimeTrial> TT = Optional.of(new TimeTrial(5000, 1200, Optional.empty()));

    @Test
    void shortRecoveryBeforeASlowerRepIsFlaggedUnderTheRPaceRule() {
        // 400 m reps of 90 s (3:45/km, faster than the 2 km race pace 3:47 from a 20:00 5 km: R work), 45 s rests;
        // rep 4 is 2.4 s slower = 6 s/km.
        var s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 45, 90, 90, 90, 92.4);
        List<RecoveryFinding> f = RecoveryCheck.findings(s, TT);
        assertThat(f).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.CUT_SHORT);
            assertThat(r.work()).isEqualTo(WorkPace.R);
            assertThat(r.afterRep()).isEqualTo(3);
            assertThat(r.nextRep()).hasValue(4);
            assertThat(r.slowedSPerKm()).isCloseTo(6.0, within(1e-9));
        });
    }

    @Test
    void theCoachRulesOneKmRepsAreClassedIPaceByTheirPaceNotRPace() {
        // 1000 m reps at 3:55 (between the 2 km and 10 km race paces): I work, so a 2:00 rest is "shorter than the rep".
        var s = Sessions.reps(1000, DistanceBasis.WORKOUT_STEP, 120, 235, 235, 241);
        assertThat(RecoveryCheck.findings(s, TT)).singleElement().satisfies(r -> {
            assertThat(r.work()).isEqualTo(WorkPace.I);
            assertThat(r.kind()).isEqualTo(Kind.CUT_SHORT);
        });
    }

    @Test
    void slow400sAreNotRPaceWork() {
        // 400 m at 4:15/km is slower than the 10 km race pace: threshold work, whatever the distance says.
        var s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 45, 102, 102);
        assertThat(RecoveryCheck.classify(s.reps().get(0), TT)).isEqualTo(WorkPace.T);
        assertThat(RecoveryCheck.classify(s.reps().get(0), Optional.empty())).isEqualTo(WorkPace.R);
    }

    @Test
    void shortRecoveryTheRunnerCopedWithIsNotFlagged() {
        var s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 45, 90, 90, 90);
        assertThat(RecoveryCheck.findings(s, TT)).isEmpty();
    }

    @Test
    void longIRecoveryIsFlagged() {
        var s = Sessions.reps(1000, DistanceBasis.WORKOUT_STEP, 300, 235, 235);
        assertThat(RecoveryCheck.findings(s, TT)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Kind.TOO_LONG);
            assertThat(r.work()).isEqualTo(WorkPace.I);
        });
    }

    @Test
    void aTempoBlockIsThresholdWork() {
        Rep block = new Rep(1, 0, 1200, 1200, 4700, 4700, DistanceBasis.MEASURED, OptionalDouble.empty(),
                OptionalDouble.empty(), Double.NaN, Double.NaN, RepKind.TEMPO_BLOCK);
        assertThat(RecoveryCheck.classify(block, TT)).isEqualTo(WorkPace.T);
    }

    @Test
    void aRecoveryInWhichHrRoseIsNotARecoveryAndNothingIsSaid() {
        var base = Sessions.reps(1000, DistanceBasis.WORKOUT_STEP, 300, 235, 235);
        Recovery r = base.recoveries().get(0);
        Recovery climb = new Recovery(r.afterRep(), r.startS(), r.endS(), r.durationS(), r.distanceM(), 160, -6, false);
        Session s = new Session(base.activity(), RepSource.WORKOUT, base.reps(), List.of(climb), List.of());
        assertThat(RecoveryCheck.findings(s, TT)).isEmpty();
    }
}
