package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Channel;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Format;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason;
import org.repcheck.targets.TargetPlan;

class AssessorTest {
    static final TimeTrial FIVE_K_20 = new TimeTrial(5000, 1200, Optional.empty());
    static final TargetPlan COACH = new TargetPlan(List.of(FIVE_K_20), "coach");

    /** 400 m in s at a pace of {@code sPerKm}. */
    static double t400(double sPerKm) {
        return 0.4 * sPerKm;
    }

    @Test
    void clearlyOvercookedGpsRepsAreOvercookedAndRepsNearTheBandAreUnjudged() {
        // TT pace 4:00: band 3:48–3:52. Reps 1–3 at 3:35 (13 s/km past the fast edge, ±3.8), 4–6 at 3:49 (inside, ±4.0).
        Session s = Sessions.gpsReps(400, DistanceBasis.WORKOUT_STEP, 90,
                t400(215), t400(215), t400(215), t400(229), t400(229), t400(229));
        Analysis a = Assessor.assess(s, COACH);
        assertThat(a.model()).isEqualTo("coach");
        assertThat(a.timeTrial()).contains(FIVE_K_20);
        assertThat(a.reps()).extracting(JudgedRep::verdict).containsExactly(Verdict.OVERCOOKED, Verdict.OVERCOOKED,
                Verdict.OVERCOOKED, Verdict.UNJUDGED, Verdict.UNJUDGED, Verdict.UNJUDGED);
        JudgedRep first = a.reps().get(0);
        assertThat(first.deltaSPerKm()).isCloseTo(-13.0, within(1e-9));
        assertThat(first.reason()).isInstanceOfSatisfying(VerdictReason.OutsideBand.class, o -> {
            assertThat(o.gapSPerKm()).isCloseTo(-13.0, within(1e-9));
            assertThat(o.by().rule()).isEqualTo(JudgedBy.Rule.INTERVAL);
            assertThat(o.by().band().model()).isEqualTo("coach");
        });
        assertThat(a.reps().get(4).reason()).isInstanceOfSatisfying(VerdictReason.StraddlesEdge.class, e -> {
            assertThat(e.edge()).isEqualTo(VerdictReason.Edge.FAST);
            assertThat(e.gapSPerKm()).isCloseTo(1.0, within(1e-9));
            assertThat(e.uncertaintySPerKm()).isCloseTo(4.01, within(0.01));
        });
        assertThat(a.summary().overcooked()).isEqualTo(3);
        assertThat(a.summary().unjudged()).isEqualTo(3);
        assertThat(a.summary().advice()).isInstanceOfSatisfying(SessionAdvice.Missed.class, m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.OVERCOOKED);
            assertThat(m.reps()).containsExactly(1, 2, 3);
            assertThat(m.minGapSPerKm()).isCloseTo(13, within(1e-9));
        });
        assertThat(a.summary().advice().onTarget()).isFalse();
        assertThat(a.dPrimeBalance()).isEmpty();
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void clearlySlowRepsGetSlowAdviceWhenNoneOvercooked() {
        Session s = Sessions.gpsReps(400, DistanceBasis.WORKOUT_STEP, 180, t400(230), t400(240), t400(241));
        Analysis a = Assessor.assess(s, COACH);
        assertThat(a.reps()).extracting(JudgedRep::verdict).containsExactly(Verdict.UNJUDGED, Verdict.SLOW, Verdict.SLOW);
        assertThat(a.summary().advice()).isInstanceOfSatisfying(SessionAdvice.Missed.class, m -> {
            assertThat(m.verdict()).isEqualTo(Verdict.SLOW);
            assertThat(m.reps()).containsExactly(2, 3);
            assertThat(m.minGapSPerKm()).isCloseTo(8, within(1e-9));
            assertThat(m.maxGapSPerKm()).isCloseTo(9, within(1e-9));
        });
    }

    @Test
    void noTimeTrialLeavesEveryRepUnjudgedWithThatReason() {
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90, 91), TargetPlan.none("coach"));
        assertThat(a.timeTrial()).isEmpty();
        assertThat(a.reps()).allSatisfy(j -> {
            assertThat(j.verdict()).isEqualTo(Verdict.UNJUDGED);
            assertThat(j.reason()).isEqualTo(new VerdictReason.NoTimeTrial(Optional.empty()));
            assertThat(j.target()).isEmpty();
            assertThat(j.deltaSPerKm()).isNaN();
        });
        assertThat(a.summary().unjudged()).isEqualTo(2);
        assertThat(a.summary().advice()).isEqualTo(new SessionAdvice.NotJudged(new VerdictReason.NoTimeTrial(Optional.empty())));
    }

    @Test
    void timeTrialDatedAfterTheWorkoutIsNotInForceAndTheReasonNamesTheWorkoutDate() {
        TimeTrial later = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 12, 1)));
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90),
                new TargetPlan(List.of(later), "coach"), java.time.ZoneOffset.UTC);
        assertThat(a.reps().get(0).reason())
                .isEqualTo(new VerdictReason.NoTimeTrial(Optional.of(LocalDate.of(2026, 10, 20))));
    }

    @Test
    void latestDatedTrialOnOrBeforeTheWorkoutIsUsed() {
        TimeTrial sept = new TimeTrial(5000, 1260, Optional.of(LocalDate.of(2026, 9, 1)));
        TimeTrial oct = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 10, 1)));
        TimeTrial nov = new TimeTrial(5000, 1140, Optional.of(LocalDate.of(2026, 11, 1)));
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 92),
                new TargetPlan(List.of(sept, nov, oct), "coach"), java.time.ZoneOffset.UTC);
        assertThat(a.timeTrial()).contains(oct);
    }

    @Test
    void notARun() {
        Session s = Sessions.withActivity(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90), Sessions.activity("cycling"));
        Analysis a = Assessor.assess(s, COACH);
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).isEqualTo(new VerdictReason.NotARun("cycling"));
    }

    @Test
    void tooShortToTime() {
        Analysis a = Assessor.assess(Sessions.reps(100, DistanceBasis.WORKOUT_STEP, 60, 15), COACH);
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).isEqualTo(new VerdictReason.TooShort(15, 100, 20, 100));
    }

    @Test
    void unknownModelLeavesRepsUnjudgedWithTheMessage() {
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 92), new TargetPlan(List.of(FIVE_K_20), "vo2"));
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).isInstanceOfSatisfying(VerdictReason.NoModel.class,
                m -> assertThat(m.problem()).startsWith("unknown model 'vo2'"));
    }

    @Test
    void fasterThanRacePaceIsOvercookedUnderAnyModelAndNamesTheRacePace() {
        // Riegel from 5 km 20:00 predicts 1:22.5 for 400 m (206.3 s/km); 80 s (200 s/km) is faster than a race.
        for (String model : List.of("coach", "daniels", "riegel")) {
            Analysis a = Assessor.assess(Sessions.gpsReps(400, DistanceBasis.WORKOUT_STEP, 90, 76),
                    new TargetPlan(List.of(FIVE_K_20), model));
            JudgedRep j = a.reps().get(0);
            assertThat(j.verdict()).as(model).isEqualTo(Verdict.OVERCOOKED);
            assertThat(j.reason()).as(model).isInstanceOfSatisfying(VerdictReason.FasterThanRacePace.class,
                    f -> assertThat(f.racePaceSPerKm()).isCloseTo(206.3, within(0.1)));
        }
    }

    @Test
    void criticalSpeedHoldsShortRepBandsBackToRacePaceAndFillsDPrimeBalance() {
        List<TimeTrial> efforts = List.of(new TimeTrial(1200, 255, Optional.empty()),
                new TimeTrial(2400, 555, Optional.empty()), new TimeTrial(3600, 855, Optional.empty()));
        Session base = Sessions.reps(100, DistanceBasis.WORKOUT_STEP, 60, 21, 30);
        double[] t = new double[701];
        double[] v = new double[701];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
            v[i] = i >= 600 && i < 621 ? 100.0 / 21 : 2.5;
        }
        Activity act = new Activity("cs.fit", Format.FIT, "running", "", Optional.of(Sessions.START), 700, 700, 2000,
                Samples.of(t.length, Map.of(Channel.TIME, t, Channel.SPEED, v)), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), List.of());
        Analysis a = Assessor.assess(Sessions.withActivity(base, act), new TargetPlan(efforts, "critical-speed"));
        assertThat(a.model()).isEqualTo("critical-speed");
        assertThat(a.dPrimeBalance()).isPresent();
        assertThat(a.dPrimeBalance().get().dPrimeM()).isCloseTo(180, within(1e-6));
        assertThat(a.dPrimeBalance().get().balanceM()[620]).isLessThan(180);
        JudgedRep first = a.reps().get(0);
        // CS's hyperbola would allow a 100 m rep at 6.25 m/s; the band is held back to the predicted race pace.
        assertThat(first.target().get().fastSpeedMps()).isLessThan(6.0);
        assertThat(first.reason().judgedBy()).hasValueSatisfying(by -> assertThat(by.heldToRacePace()).isTrue());
    }

    @Test
    void fadeIsTheSlopeOfRepPaceAgainstRepNumber() {
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 180, 90, 91, 92, 93), COACH);
        assertThat(a.summary().fadeSPerKmPerRep()).isCloseTo(2.5, within(1e-9));
        Analysis two = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 180, 90, 93), COACH);
        assertThat(two.summary().fadeSPerKmPerRep()).isNaN();
    }

    @Test
    void noRepsNothingToJudge() {
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90), COACH);
        assertThat(a.reps()).isEmpty();
        assertThat(a.summary().advice()).isEqualTo(new SessionAdvice.NoReps());
    }

    @Test
    void repsThatAllStraddleAnEdgeGiveTooUncertainAdvice() {
        Analysis a = Assessor.assess(Sessions.gpsReps(400, DistanceBasis.MEASURED, 90, 92, 92, 92), COACH);
        assertThat(a.summary().unjudged()).isEqualTo(3);
        assertThat(a.summary().advice()).isEqualTo(new SessionAdvice.TooUncertain(3));
    }

    @Test
    void targetTableAndJudgeAgreeOnTheHeldBackBand() throws Exception {
        List<TimeTrial> efforts = List.of(new TimeTrial(1200, 255, Optional.empty()),
                new TimeTrial(3600, 855, Optional.empty()));
        var plan = new TargetPlan(efforts, "critical-speed");
        var table = org.repcheck.targets.TargetTable.of(plan);
        Analysis a = Assessor.assess(Sessions.reps(200, DistanceBasis.WORKOUT_STEP, 60, 40), plan);
        assertThat(a.reps().get(0).target()).contains(table.targets().get(0));
    }

    @Test
    void distanceErrorIsTheWatchesWhateverTheBasisOnePercentPlusThreeMetresWithGps() {
        // A workout step ends when the watch's distance reaches 400 m: same GPS error as a measured rep.
        // 230 s/km · √((7/400)² + (0.1/92)²) = 4.03 s/km.
        for (DistanceBasis basis : DistanceBasis.values()) {
            JudgedRep j = Assessor.assess(Sessions.gpsReps(400, basis, 90, 92), COACH).reps().get(0);
            assertThat(j.uncertaintySPerKm()).as(basis.name()).isCloseTo(4.03, within(0.01));
        }
    }

    @Test
    void withoutGpsTheFootpodsThreePercentApplies() {
        // 230 s/km · √((15/400)² + (0.1/92)²) = 8.63 s/km.
        JudgedRep j = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 92), COACH).reps().get(0);
        assertThat(j.uncertaintySPerKm()).isCloseTo(8.63, within(0.01));
    }

    @Test
    void signalRepsCarryASecondOfBoundaryTiming() {
        // 3:00 at 4:00/km measured by GPS from the speed signal: 240 · √((10.5/750)² + (1/180)²) = 3.61 s/km.
        JudgedRep j = Assessor.assess(Sessions.one(org.repcheck.model.RepKind.REP, 750, 180), COACH).reps().get(0);
        assertThat(j.uncertaintySPerKm()).isCloseTo(3.61, within(0.01));
    }
}
