package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.TrialFinding;

class TrialChecksTest {
    static final LocalDate WORKOUT = LocalDate.of(2026, 10, 20);

    /** A steady run of {@code metres} at {@code speed} m/s, 1 s samples. */
    static Activity run(double metres, double speed) {
        int n = (int) Math.ceil(metres / speed) + 1;
        double[] t = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            d[i] = Math.min(metres, i * speed);
        }
        return new Activity("run.fit", Format.FIT, "running", "", Optional.of(Sessions.START), n, n, metres,
                Samples.of(n, Map.of(Channel.TIME, t, Channel.DISTANCE, d)), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of());
    }

    @Test
    void aTimeTrialOlderThanTwelveWeeksIsStale() {
        TimeTrial old = new TimeTrial(5000, 1200, Optional.of(WORKOUT.minusWeeks(13)));
        assertThat(TrialChecks.of(Sessions.activity("running"), Optional.of(old), Optional.of(WORKOUT)))
                .singleElement().isInstanceOfSatisfying(TrialFinding.Stale.class, s -> {
                    assertThat(s.ageDays()).isEqualTo(91);
                    assertThat(s.limitDays()).isEqualTo(84);
                });
    }

    @Test
    void twelveWeeksOldIsStillCurrentAndAnUndatedTtIsNeverStale() {
        TimeTrial recent = new TimeTrial(5000, 1200, Optional.of(WORKOUT.minusWeeks(12)));
        assertThat(TrialChecks.of(Sessions.activity("running"), Optional.of(recent), Optional.of(WORKOUT))).isEmpty();
        TimeTrial undated = new TimeTrial(5000, 1200, Optional.empty());
        assertThat(TrialChecks.of(Sessions.activity("running"), Optional.of(undated), Optional.of(WORKOUT))).isEmpty();
    }

    @Test
    void aBestFiveKmFasterThanTheTtPredictsImpliesAFasterTt() {
        // 6 km at 4:00/km holds a 5 km in 20:00; the TT in force is 8 km in 34:00, which predicts 5 km in 20:48.
        TimeTrial eightK = new TimeTrial(8000, 2040, Optional.empty());
        List<TrialFinding> f = TrialChecks.of(run(6000, 1000.0 / 240), Optional.of(eightK), Optional.of(WORKOUT));
        assertThat(f).singleElement().isInstanceOfSatisfying(TrialFinding.FasterEffort.class, e -> {
            assertThat(e.effort().timeS()).isCloseTo(1200, within(1.0));
            assertThat(e.predictedS()).isCloseTo(2040 * Math.pow(5.0 / 8, 1.06), within(0.1));
            assertThat(e.implied().distanceM()).isEqualTo(8000);
            assertThat(e.implied().timeS()).isCloseTo(1200 * Math.pow(8.0 / 5, 1.06), within(1.0));
            assertThat(e.implied().date()).contains(WORKOUT);
        });
    }

    @Test
    void anIncredibleEffortIsAGlitchOrARideAndSaysNothing() {
        // 5 km in 12:30 against a 20:00 TT: 60 % faster is not training, it is a bike or a GPS jump.
        TimeTrial fiveK = new TimeTrial(5000, 1200, Optional.empty());
        assertThat(TrialChecks.of(run(6000, 5000.0 / 750), Optional.of(fiveK), Optional.of(WORKOUT))).isEmpty();
        // 5 km in 17:00 (18 % faster) is a fitter runner.
        assertThat(TrialChecks.of(run(6000, 5000.0 / 1020), Optional.of(fiveK), Optional.of(WORKOUT))).hasSize(1);
    }

    @Test
    void anEffortNoFasterThanTheTtSaysNothing() {
        TimeTrial fiveK = new TimeTrial(5000, 1200, Optional.empty());
        assertThat(TrialChecks.of(run(6000, 1000.0 / 242), Optional.of(fiveK), Optional.of(WORKOUT))).isEmpty();
        assertThat(TrialChecks.of(run(4000, 1000.0 / 200), Optional.of(fiveK), Optional.of(WORKOUT))).isEmpty();
    }
}
