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
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.report.Units;
import org.repcheck.targets.TargetPlan;

class AssessorTest {
    static final TimeTrial FIVE_K_20 = new TimeTrial(5000, 1200, Optional.empty());
    static final TargetPlan COACH = new TargetPlan(List.of(FIVE_K_20), "coach");

    /** 400 m in s at a pace of {@code sPerKm}. */
    static double t400(double sPerKm) {
        return 0.4 * sPerKm;
    }

    @Test
    void sixBy400FirstThreeTooFastEndToEnd() {
        // TT pace 4:00: band 3:48–3:52, centre 3:50. Reps 1–3 at 3:35 (15 s/km faster than the centre), 4–6 at 3:50.
        Session s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90,
                t400(215), t400(215), t400(215), t400(230), t400(230), t400(230));
        Analysis a = Assessor.assess(s, COACH);
        assertThat(a.model()).isEqualTo("coach");
        assertThat(a.timeTrial()).contains(FIVE_K_20);
        assertThat(a.reps()).extracting(JudgedRep::verdict).containsExactly(Verdict.OVERCOOKED, Verdict.OVERCOOKED,
                Verdict.OVERCOOKED, Verdict.ON_TARGET, Verdict.ON_TARGET, Verdict.ON_TARGET);
        assertThat(a.reps().get(0).deltaSPerKm()).isCloseTo(-13.0, within(1e-9));
        assertThat(a.reps().get(0).reason()).isEqualTo("13.0 s/km faster than the coach band 3:48.0–3:52.0/km for 400 m");
        assertThat(a.reps().get(4).reason()).isEqualTo("inside the coach band 3:48.0–3:52.0/km for 400 m");
        assertThat(a.summary().overcooked()).isEqualTo(3);
        assertThat(a.summary().onTarget()).isEqualTo(3);
        assertThat(a.summary().slow()).isZero();
        assertThat(a.summary().unjudged()).isZero();
        assertThat(a.summary().advice())
                .isEqualTo("Reps 1–3 were 13 s/km too fast; aim for 1:31–1:33 per 400 m next time.");
        assertThat(a.dPrimeBalance()).isEmpty();
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void adviceSpeaksImperialWhenAsked() {
        Session s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, t400(215), t400(230));
        Analysis a = Assessor.assess(s, COACH, Units.IMPERIAL);
        assertThat(a.summary().advice()).isEqualTo("Rep 1 was 21 s/mi too fast; aim for 1:31–1:33 per 400 m next time.");
        assertThat(a.reps().get(0).reason()).startsWith("20.9 s/mi faster than the coach band 6:06.9–6:13.4/mi");
        // JSON fields stay s/km whatever the display units.
        assertThat(a.reps().get(0).deltaSPerKm()).isCloseTo(-13.0, within(1e-9));
    }

    @Test
    void slowRepsGetAdviceWhenNoneOvercooked() {
        Session s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 180, t400(230), t400(235), t400(236));
        Analysis a = Assessor.assess(s, COACH);
        assertThat(a.summary().advice()).isEqualTo("Reps 2 and 3 were 3–4 s/km slower than the band; aim for 1:31–1:33 per 400 m next time.");
    }

    @Test
    void allOnTarget() {
        Session s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 180, t400(230), t400(230));
        assertThat(Assessor.assess(s, COACH).summary().advice()).isEqualTo("All 2 reps were on target; keep to 1:31–1:33 per 400 m.");
    }

    @Test
    void noTimeTrialLeavesEveryRepUnjudgedAndSaysHowToAddOne() {
        Session s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90, 91);
        Analysis a = Assessor.assess(s, TargetPlan.none("coach"));
        assertThat(a.timeTrial()).isEmpty();
        assertThat(a.reps()).allSatisfy(j -> {
            assertThat(j.verdict()).isEqualTo(Verdict.UNJUDGED);
            assertThat(j.reason()).isEqualTo("no time trial: add --tt 5k=20:00 or an athlete.yaml");
            assertThat(j.target()).isEmpty();
            assertThat(j.deltaSPerKm()).isNaN();
        });
        assertThat(a.summary().unjudged()).isEqualTo(2);
        assertThat(a.summary().advice()).isEqualTo("Add a time trial (--tt 5k=20:00 or an athlete.yaml) to have these reps judged.");
        assertThat(a.notes()).containsExactly("no time trial: add --tt 5k=20:00 or an athlete.yaml");
    }

    @Test
    void timeTrialDatedAfterTheWorkoutIsNotInForce() {
        TimeTrial later = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 12, 1)));
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90),
                new TargetPlan(List.of(later), "coach"));
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).startsWith("no time trial on or before 2026-10-20");
    }

    @Test
    void latestDatedTrialOnOrBeforeTheWorkoutIsUsed() {
        TimeTrial sept = new TimeTrial(5000, 1260, Optional.of(LocalDate.of(2026, 9, 1)));
        TimeTrial oct = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 10, 1)));
        TimeTrial nov = new TimeTrial(5000, 1140, Optional.of(LocalDate.of(2026, 11, 1)));
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 92),
                new TargetPlan(List.of(sept, nov, oct), "coach"));
        assertThat(a.timeTrial()).contains(oct);
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.ON_TARGET);
    }

    @Test
    void notARun() {
        Session s = Sessions.withActivity(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 90), Sessions.activity("cycling"));
        Analysis a = Assessor.assess(s, COACH);
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).isEqualTo("not a run (sport: cycling), and the pace bands are for running");
    }

    @Test
    void tooShortToTime() {
        Analysis a = Assessor.assess(Sessions.reps(100, DistanceBasis.WORKOUT_STEP, 60, 15), COACH);
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).startsWith("too short to time (15 s, 100 m)");
    }

    @Test
    void unknownModelLeavesRepsUnjudgedWithTheMessage() {
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 92), new TargetPlan(List.of(FIVE_K_20), "vo2"));
        assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
        assertThat(a.reps().get(0).reason()).startsWith("unknown model 'vo2'");
    }

    @Test
    void fasterThanRacePaceIsOvercookedUnderAnyModelAndSaysRiegel() {
        // Riegel from 5 km 20:00 predicts 1:22.5 for 400 m; 80 s is faster than the runner could race it.
        for (String model : List.of("coach", "daniels", "riegel")) {
            Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, 80),
                    new TargetPlan(List.of(FIVE_K_20), model));
            JudgedRep j = a.reps().get(0);
            assertThat(j.verdict()).isEqualTo(Verdict.OVERCOOKED);
            assertThat(j.reason()).contains("Riegel").contains("overcooked under any model").contains("race pace");
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
        assertThat(first.reason()).contains("Riegel");
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
        assertThat(a.summary().advice()).isEqualTo("No reps found, so there is nothing to judge in this session.");
    }

    @Test
    void allRepsTooUncertainToJudge() {
        Analysis a = Assessor.assess(Sessions.reps(400, DistanceBasis.MEASURED, 90, 92, 92, 92), COACH);
        assertThat(a.summary().unjudged()).isEqualTo(3);
        assertThat(a.summary().advice()).startsWith("No rep could be judged because the measured distances are too uncertain");
        assertThat(a.reps().get(0).reason())
                .isEqualTo("pace uncertain by ±17.3 s/km (measured 400 m without GPS), more than the band's ±2.0 s/km: "
                        + "run it as a workout step or on a track to have it judged");
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
    void gpsMeasuredRepUsesTwoPercentPlusFiveMetres() {
        double[] t = new double[800];
        double[] lat = new double[800];
        double[] lon = new double[800];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
            lat[i] = 51.5;
            lon[i] = -0.1 + i * 1e-5;
        }
        Activity gps = new Activity("gps.fit", Format.FIT, "running", "", Optional.of(Sessions.START), 800, 800, 3000,
                Samples.of(t.length, Map.of(Channel.TIME, t, Channel.LAT, lat, Channel.LON, lon)), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), List.of());
        Session s = Sessions.withActivity(Sessions.reps(400, DistanceBasis.MEASURED, 90, 92), gps);
        JudgedRep j = Assessor.assess(s, COACH).reps().get(0);
        // 230 s/km · √((13/400)² + (0.5/92)²) = 7.58 s/km.
        assertThat(j.uncertaintySPerKm()).isCloseTo(7.58, within(0.01));
        assertThat(j.reason()).contains("GPS-measured 400 m");
    }
}
