package org.repcheck.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Intensity;
import org.repcheck.model.PlanNode;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;
import org.repcheck.targets.CoachModel;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrialSpec;

class WorkoutBuilderTest {
    static BandsInForce bands(String tt) throws Exception {
        return BandsInForce.of(new TargetPlan(List.of(TimeTrialSpec.parse(tt)), "coach"), Optional.empty());
    }

    static WorkoutPlan build(String session, PlanOptions o) throws Exception {
        return WorkoutBuilder.build(SessionParser.parse(session), bands("5k=20:00"), o);
    }

    private static PlanNode.Step firstWork(WorkoutPlan p) {
        return p.workout().unrolled().stream().filter(s -> s.intensity() == Intensity.ACTIVE).findFirst().orElseThrow();
    }

    @Test
    void kilometreRepsGetTheScienceBandForOneKilometre() throws Exception {
        // docs/science.md §1: 5 km in 20:00 → 1 km band 3:56.0–3:57.0 /km.
        SpeedRange r = firstWork(build("5x1k/90s", PlanOptions.DEFAULTS)).target().orElseThrow();
        assertThat(1000 / r.fastMps()).isCloseTo(236.0, within(0.05));
        assertThat(1000 / r.slowMps()).isCloseTo(237.0, within(0.05));
    }

    @Test
    void aTimedRepGetsTheBandForTheDistanceItIsExpectedToCover() throws Exception {
        WorkoutPlan p = build("8x1min/2min", PlanOptions.DEFAULTS);
        WorkoutPlan.WorkTarget t = p.targets().get(0);
        // The distance is a fixed point: one minute at the centre of the band for that very distance.
        assertThat(t.distanceM()).isCloseTo(60 * SpeedRange.of(t.band()).centreMps(), within(0.05));
        // Between the TT pace's 250 m and the 400 m band's 263 m: a 1-minute rep runs faster than TT pace.
        assertThat(t.distanceM()).isBetween(255.0, 270.0);
        double centre = 1000 / SpeedRange.of(t.band()).centreMps();
        assertThat(centre).isCloseTo(240 + CoachModel.offsetSPerKm(t.distanceM()), within(0.01));
        assertThat(firstWork(p).target()).contains(SpeedRange.of(t.band()));
    }

    @Test
    void theAlertMarginWidensEachEdgeByThatMuchPace() throws Exception {
        PlanOptions wide = new PlanOptions("", Optional.of(StepLength.OPEN), Optional.of(StepLength.OPEN), 3);
        SpeedRange r = firstWork(build("6x400m/200m", wide)).target().orElseThrow();
        assertThat(1000 / r.fastMps()).isCloseTo(228.0 - 3, within(0.01));
        assertThat(1000 / r.slowMps()).isCloseTo(232.0 + 3, within(0.01));
    }

    @Test
    void recoveriesFollowEveryRepAndCarryNoTarget() throws Exception {
        WorkoutPlan p = build("1600m,1200m,800m,400m/400m", PlanOptions.DEFAULTS);
        List<PlanNode.Step> steps = p.workout().unrolled();
        assertThat(steps).extracting(PlanNode.Step::intensity).containsExactly(Intensity.WARMUP,
                Intensity.ACTIVE, Intensity.RECOVERY, Intensity.ACTIVE, Intensity.RECOVERY, Intensity.ACTIVE,
                Intensity.RECOVERY, Intensity.ACTIVE, Intensity.RECOVERY, Intensity.COOLDOWN);
        assertThat(steps).filteredOn(s -> s.intensity() != Intensity.ACTIVE).allMatch(s -> s.target().isEmpty());
        assertThat(p.targets()).extracting(WorkoutPlan.WorkTarget::distanceM)
                .containsExactly(1600.0, 1200.0, 800.0, 400.0);
    }

    @Test
    void setsNestOneRepeatInsideAnother() throws Exception {
        WorkoutPlan p = build("3x(4x400m/200m)/4min", new PlanOptions("Tuesday", Optional.empty(),
                Optional.of(StepLength.seconds(600)), 0));
        assertThat(p.workout().name()).isEqualTo("Tuesday");
        assertThat(p.workout().steps()).hasSize(2);
        PlanNode.Repeat outer = (PlanNode.Repeat) p.workout().steps().get(0);
        assertThat(outer.count()).isEqualTo(3);
        assertThat(((PlanNode.Repeat) outer.steps().get(0)).count()).isEqualTo(4);
        assertThat(((PlanNode.Step) outer.steps().get(1)).length()).isEqualTo(StepLength.seconds(240));
        assertThat(p.workout().unrolled()).hasSize(3 * (4 * 2 + 1) + 1);
    }
}
