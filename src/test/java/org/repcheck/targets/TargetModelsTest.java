package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.DPrimeBalance;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

class TargetModelsTest {
    static final TimeTrial FIVE_K = new TimeTrial(5000, 1200, Optional.empty());

    @Test
    void createsEachModelByName() throws TargetException {
        for (String name : TargetModels.NAMES) {
            List<TimeTrial> trials = name.equals("critical-speed")
                    ? List.of(new TimeTrial(1200, 255, Optional.empty()), new TimeTrial(3600, 855, Optional.empty()))
                    : List.of(FIVE_K);
            TargetModel m = TargetModels.create(name, trials);
            assertThat(m.name()).isEqualTo(name);
            assertThat(m.band(400).model()).isEqualTo(name);
        }
    }

    @Test
    void unknownModelListsValidOnes() {
        assertThatThrownBy(() -> TargetModels.create("vo2", List.of(FIVE_K)))
                .isInstanceOf(TargetException.class)
                .hasMessage("unknown model 'vo2'; use one of coach, daniels, riegel, critical-speed");
    }

    @Test
    void noTrialSaysHowToAddOne() {
        assertThatThrownBy(() -> TargetModels.create("coach", List.of()))
                .hasMessage("no time trial: add --tt 5k=20:00 or an athlete.yaml");
    }

    @Test
    void singleTrialModelsUseTheLatest() throws TargetException {
        TimeTrial old = new TimeTrial(5000, 1260, Optional.of(LocalDate.of(2026, 1, 1)));
        TimeTrial recent = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 6, 1)));
        TargetModel m = TargetModels.create("coach", List.of(recent, old));
        assertThat(m.parameters().get("tt_pace_s_per_km")).isCloseTo(240, within(1e-9));
    }

    @Test
    void targetTableListsTheStandardDistances() throws TargetException {
        TargetTable t = TargetTable.of(new TargetPlan(List.of(FIVE_K), "coach"));
        assertThat(t.model()).isEqualTo("coach");
        assertThat(t.timeTrial()).isEqualTo(FIVE_K);
        assertThat(t.targets()).extracting(TargetBand::distanceM)
                .containsExactly(200.0, 300.0, 400.0, 600.0, 800.0, 1000.0, 1200.0, 1600.0, 2000.0);
        assertThat(1000 / t.targets().get(2).fastSpeedMps()).isCloseTo(228.0, within(0.05));
        assertThat(t.targets().get(0).extrapolated()).isTrue();
        assertThat(t.parameters()).containsKey("tt_pace_s_per_km");
    }

    @Test
    void targetTableForCriticalSpeedHasCsAndDPrime() throws TargetException {
        TargetTable t = TargetTable.of(new TargetPlan(List.of(new TimeTrial(1200, 255, Optional.empty()),
                new TimeTrial(2400, 555, Optional.empty()), new TimeTrial(3600, 855, Optional.empty())), "critical-speed"));
        assertThat(t.parameters().get("critical_speed_m_per_s")).isCloseTo(4.0, within(1e-9));
        assertThat(t.parameters().get("d_prime_m")).isCloseTo(180, within(1e-6));
        assertThat(t.trialsUsed()).hasSize(3);
    }

    @Test
    void targetTableForDanielsHasVdot() throws TargetException {
        assertThat(TargetTable.of(new TargetPlan(List.of(FIVE_K), "daniels")).parameters().get("vdot"))
                .isCloseTo(49.81, within(0.01));
    }

    @Test
    void criticalSpeedNeedsDifferentDistances() {
        assertThatThrownBy(() -> TargetModels.create("critical-speed",
                List.of(new TimeTrial(5000, 1200, Optional.empty()), new TimeTrial(5000, 1190, Optional.empty()))))
                .isInstanceOf(TargetException.class).hasMessageContaining("no sensible fit");
    }

    @Test
    void dPrimeBalanceSpendsAboveCsAndRefillsBelow() {
        CriticalSpeedModel m = new CriticalSpeedModel(4.0, 180, 0.2, 3);
        // 100 s at 5 m/s spends 100 m; then 300 s at 3 m/s refills towards 180 m.
        var a = Activities.steps(new double[] {5.0, 3.0}, new int[] {100, 300});
        DPrimeBalance b = m.balance(a.samples());
        assertThat(b.criticalSpeedMps()).isEqualTo(4.0);
        assertThat(b.balanceM()[0]).isEqualTo(180);
        assertThat(b.balanceM()[100]).isCloseTo(80, within(1e-9));
        double after = b.balanceM()[400];
        assertThat(after).isGreaterThan(80).isLessThan(180);
        // Exponential refill with τ = D′/(CS − v) = 180 s: deficit 100 · e^(−300/180) ≈ 18.9 m.
        assertThat(180 - after).isCloseTo(100 * Math.exp(-300.0 / 180), within(1.0));
        assertThat(b.timeS()).hasSize(401);
    }

    @Test
    void planFromCommandLineAndProfile() throws TargetException {
        AthleteProfile profile = new AthleteProfile("Alex", List.of(new TimeTrial(5000, 1260, Optional.empty())), Optional.of("daniels"));
        TargetPlan plan = TargetPlan.from(List.of(FIVE_K), Optional.of(profile), Optional.empty(), TargetOptions.DEFAULTS);
        assertThat(plan.model()).isEqualTo("daniels");
        assertThat(plan.trials()).last().isEqualTo(FIVE_K);
        assertThat(TimeTrials.inForce(plan.trials(), LocalDate.of(2026, 1, 1))).contains(FIVE_K);
        assertThat(TargetPlan.from(List.of(FIVE_K), Optional.of(profile), Optional.of("riegel"), TargetOptions.DEFAULTS).model())
                .isEqualTo("riegel");
        assertThat(TargetPlan.from(List.of(FIVE_K), Optional.empty(), Optional.empty(), TargetOptions.DEFAULTS).model())
                .isEqualTo("coach");
        assertThatThrownBy(() -> TargetPlan.from(List.of(), Optional.empty(), Optional.of("fast"), TargetOptions.DEFAULTS))
                .hasMessageStartingWith("unknown model 'fast'");
    }

    @Test
    void ttDistanceMessagesNameTheOption() {
        assertThatThrownBy(() -> TimeTrialSpec.parseTtDistance("5x"))
                .hasMessageStartingWith("--tt-distance 5x: distance '5x' is not a distance");
    }
}
