package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.TimeTrial;

class TimeTrialsTest {
    static final TimeTrial SEPT = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 9, 1)));
    static final TimeTrial OCT = new TimeTrial(8000, 1990, Optional.of(LocalDate.of(2026, 10, 12)));
    static final TimeTrial UNDATED = new TimeTrial(5000, 1230, Optional.empty());

    @Test
    void latestOnOrBeforeTheWorkout() {
        assertThat(TimeTrials.inForce(List.of(SEPT, OCT), LocalDate.of(2026, 10, 1))).contains(SEPT);
        assertThat(TimeTrials.inForce(List.of(SEPT, OCT), LocalDate.of(2026, 10, 12))).contains(OCT);
        assertThat(TimeTrials.inForce(List.of(OCT, SEPT), LocalDate.of(2026, 11, 1))).contains(OCT);
    }

    @Test
    void noneBeforeTheWorkoutMeansNone() {
        assertThat(TimeTrials.inForce(List.of(SEPT, OCT), LocalDate.of(2026, 8, 31))).isEmpty();
    }

    @Test
    void undatedIsAlwaysInForceButADatedOneBeatsIt() {
        assertThat(TimeTrials.inForce(List.of(UNDATED, OCT), LocalDate.of(2026, 8, 1))).contains(UNDATED);
        assertThat(TimeTrials.inForce(List.of(UNDATED, SEPT), LocalDate.of(2026, 9, 2))).contains(SEPT);
        assertThat(TimeTrials.inForce(List.of(UNDATED), LocalDate.of(1990, 1, 1))).contains(UNDATED);
    }

    @Test
    void amongEqualsTheLastGivenWins() {
        TimeTrial again = new TimeTrial(5000, 1190, SEPT.date());
        TimeTrial undated2 = new TimeTrial(3000, 700, Optional.empty());
        assertThat(TimeTrials.inForce(List.of(SEPT, again), LocalDate.of(2026, 9, 1))).contains(again);
        assertThat(TimeTrials.inForce(List.of(UNDATED, undated2), LocalDate.of(2026, 9, 1))).contains(undated2);
    }

    @Test
    void undatedWorkoutSeesEveryTrial() {
        assertThat(TimeTrials.inForce(List.of(OCT, SEPT, UNDATED), Optional.empty())).contains(OCT);
    }

    @Test
    void allInForceForCriticalSpeed() {
        assertThat(TimeTrials.allInForce(List.of(SEPT, OCT, UNDATED), LocalDate.of(2026, 10, 1)))
                .containsExactly(SEPT, UNDATED);
    }

    @Test
    void describe() {
        assertThat(TimeTrials.describe(SEPT)).isEqualTo("5 km in 20:00 (2026-09-01)");
        assertThat(TimeTrials.describe(new TimeTrial(400, 75.5, Optional.empty()))).isEqualTo("400 m in 1:15.5");
    }
}
