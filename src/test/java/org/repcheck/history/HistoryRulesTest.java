package org.repcheck.history;

import org.repcheck.model.HrSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.synth.history.GeneratedDigests;
import org.repcheck.synth.history.HistoryGenerator;
import org.repcheck.synth.history.HistorySpec;

/** The history's rules one by one, on hand-made digests and generated histories. */
class HistoryRulesTest {
    static final ZoneOffset CHICAGO = ZoneOffset.ofHours(-6);

    @Test
    void aSingleStepPlanWithoutRepsIsNotAnIntervalButAFramedQualityBlockWithOneRepIs() {
        RunDigest base = Digests.run("base", "2025-01-10T08:00", CHICAGO, 1800, 150, List.of(),
                PlanShape.SINGLE_STEP);
        RunDigest threshold = Digests.run("thr", "2025-01-12T08:00", CHICAGO, 2400, 170,
                List.of(Digests.rep(1, 4000, 1200, 175, Verdict.UNJUDGED)), PlanShape.QUALITY_WORK);
        RunDigest goalPace = Digests.run("goal", "2025-01-13T08:00", CHICAGO, 2000, 160,
                List.of(Digests.rep(1, 3000, 900, 165, Verdict.UNJUDGED)), PlanShape.STEADY_WORK);
        RunDigest longRun = Digests.run("long", "2025-01-14T08:00", CHICAGO, 5400, 145, List.of(), PlanShape.NONE);
        History h = HistoryBuilder.build(List.of(base, threshold, goalPace, longRun),
                HistoryOptions.defaults().withHrAnchors(OptionalDouble.of(200), OptionalDouble.empty()));
        assertThat(h.runs()).extracting(ClassifiedRun::runClass)
                .containsExactly(RunClass.EASY, RunClass.INTERVAL, RunClass.TEMPO, RunClass.LONG);
        assertThat(h.runs().get(1).classification().basis()).isEqualTo(ClassBasis.PLANNED_QUALITY_WORKOUT);
        assertThat(h.runs().get(3).classification().value()).isEqualTo(5400);
    }

    @Test
    void aHighHrAtTheUsualPaceIsEasyNotTempoButAtAFasterPaceItIsTempo() {
        // HR max 200: 0.88 × 200 = 176 bpm. All windows at 3.0 m/s: the run at 180 bpm is at the usual pace.
        RunDigest tired = Digests.run("tired", "2025-01-10T08:00", CHICAGO, 2400, 180, List.of(), PlanShape.NONE);
        RunDigest usual = Digests.run("usual", "2025-01-11T08:00", CHICAGO, 2400, 150, List.of(), PlanShape.NONE);
        HistoryOptions o = HistoryOptions.defaults().withHrAnchors(OptionalDouble.of(200), OptionalDouble.empty());
        assertThat(HistoryBuilder.build(List.of(tired, usual), o).runs().get(0).runClass()).isEqualTo(RunClass.EASY);
        RunDigest noWindows = new RunDigest("fast", "fast.fit", tired.start(), tired.clock(), tired.localDate(),
                "running", "generic", 2400, 2400, 9000, 180, 185, 1, HrSource.UNKNOWN, SpeedSource.GPS, 43, -89,
                RunEligibility.NO_STEADY_WINDOWS, tired.repSource(), PlanShape.NONE, List.of(), Optional.empty(),
                SteadyWindows.none(), tired.hrHistogram(), List.of(), Optional.empty());
        Classification c = HistoryBuilder.build(List.of(noWindows, usual), o).runs().get(0).classification();
        assertThat(c.runClass()).isEqualTo(RunClass.TEMPO);
        assertThat(c.basis()).isEqualTo(ClassBasis.SUSTAINED_HARD_HR);
        assertThat(c.threshold()).isCloseTo(176, within(1e-9));
    }

    @Test
    void anEveningRunCountsInItsLocalWeekNotTheUtcOne() {
        // Sunday 2025-01-12 20:00 in Chicago is Monday 02:00 UTC: the run belongs to ISO week 2025-W02.
        RunDigest sunday = Digests.run("sun", "2025-01-12T20:00", CHICAGO, 1800, 150, List.of(), PlanShape.NONE);
        RunDigest monday = Digests.run("mon", "2025-01-13T07:00", CHICAGO, 2400, 150, List.of(), PlanShape.NONE);
        History h = HistoryBuilder.build(List.of(monday, sunday), HistoryOptions.defaults());
        assertThat(h.weeks()).extracting(WeekLoad::isoWeek).containsExactly(2, 3);
        assertThat(h.weeks().get(0).runs()).isEqualTo(1);
        assertThat(h.weeks().get(0).monday()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(h.weeks().get(1).movingS()).isEqualTo(2400);
    }

    @Test
    void edwardsTrimpWeightsMinutesByHrMaxZone() {
        int[] bins = new int[HrHistogram.BINS];
        bins[HrHistogram.bin(150)] = 600; // 75 % of 200: zone 3, 10 min → 30
        bins[HrHistogram.bin(185)] = 300; // 92.5 %: zone 5, 5 min → 25
        bins[HrHistogram.bin(90)] = 600;  // 45 %: under zone 1 → 0
        LoadBasis basis = new LoadBasis(TrimpMethod.EDWARDS, 200, OptionalDouble.empty(),
                LoadBasis.AnchorSource.GIVEN, Optional.empty());
        assertThat(Trimp.of(new HrHistogram(bins), basis)).isCloseTo(55, within(1e-9));
        // Banister: 10 min at HRr 0.5 → 10 × 0.5 × 0.64 e^0.96
        int[] one = new int[HrHistogram.BINS];
        one[HrHistogram.bin(125)] = 600;
        LoadBasis ban = new LoadBasis(TrimpMethod.BANISTER, 200, OptionalDouble.of(50), LoadBasis.AnchorSource.GIVEN,
                Optional.empty());
        assertThat(Trimp.of(new HrHistogram(one), ban)).isCloseTo(10 * 0.5 * 0.64 * Math.exp(0.96), within(1e-9));
    }

    @Test
    void theSameWorkoutOverTimeGivesThePaceAndHrChangeFromSessionToSession() {
        List<RepDigest> first = new ArrayList<>();
        List<RepDigest> second = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            first.add(Digests.rep(i, 400, 80, 180, Verdict.ON_TARGET));   // 200 s/km
            second.add(Digests.rep(i, 400, 79.2, 176, Verdict.ON_TARGET)); // 198 s/km
        }
        RunDigest a = Digests.run("a", "2025-01-07T07:00", CHICAGO, 3000, 160, first, PlanShape.REPEATS);
        RunDigest b = Digests.run("b", "2025-01-14T07:00", CHICAGO, 3000, 160, second, PlanShape.REPEATS);
        History h = HistoryBuilder.build(List.of(b, a), HistoryOptions.defaults());
        assertThat(h.groups()).hasSize(1);
        WorkoutGroup g = h.groups().get(0);
        assertThat(g.key()).isEqualTo(new StructureKey(6, StructureKey.Unit.DISTANCE, List.of(400.0)));
        assertThat(g.sessions()).extracting(GroupSession::id).containsExactly("a", "b");
        SessionDelta d = g.deltas().get(0);
        assertThat(d.paceDeltaSPerKm()).isCloseTo(-2.0, within(1e-9));
        assertThat(d.hrDeltaBpm()).isCloseTo(-4.0, within(1e-9));
        assertThat(d.days()).isEqualTo(7);
    }

    @Test
    void aRaceAgainstTheTtInForceImpliesANewTt() {
        TimeTrial inForce = new TimeTrial(5000, 1260, Optional.of(LocalDate.of(2024, 12, 1)));
        RunDigest race = Digests.withEfforts(Digests.run("race", "2025-01-11T09:00", CHICAGO, 2600, 182, List.of(),
                PlanShape.NONE), List.of(new TimeTrial(5000, 1230, Optional.of(LocalDate.of(2025, 1, 11))),
                new TimeTrial(10000, 2520, Optional.of(LocalDate.of(2025, 1, 11)))), Optional.of(inForce));
        History h = HistoryBuilder.build(List.of(race), HistoryOptions.defaults());
        assertThat(h.runs().get(0).runClass()).isEqualTo(RunClass.RACE_OR_TT);
        assertThat(h.runs().get(0).classification().basis()).isEqualTo(ClassBasis.EFFORT_VS_TT);
        TrialFound t = h.trials().get(0);
        assertThat(t.effort().distanceM()).isEqualTo(10000);
        double implied = org.repcheck.targets.Riegel.predictTimeS(10000, 2520, 5000);
        assertThat(t.implied().timeS()).isCloseTo(implied, within(1e-9));
        assertThat(t.deltaS().getAsDouble()).isCloseTo(implied - 1260, within(1e-9));
    }

    @Test
    void theHistoryIsTheSameWhateverOrderTheDigestsComeIn() {
        List<RunDigest> digests = new ArrayList<>(GeneratedDigests.of(HistoryGenerator.plan(
                HistorySpec.plain(77).withCost(12, Set.of(5)).withOvercooked(Set.of(1, 3, 5, 7)))));
        History once = HistoryBuilder.build(digests, HistoryOptions.defaults());
        Collections.shuffle(digests, new Random(3));
        assertThat(HistoryBuilder.build(digests, HistoryOptions.defaults())).isEqualTo(once);
    }

    @Test
    void fasterAtTheSameHrAfterASessionIsFlaggedAsLowHrAtPaceNotCelebrated() {
        WeekAfter w = WeekAfterPowerTest.weekAfterOf(HistorySpec.plain(9).withNoise(0.005).withCost(-25,
                Set.of(6)), 6);
        assertThat(w.finding()).isEqualTo(WeekAfterFinding.NO_DETECTABLE_CHANGE);
        assertThat(w.lowHrAtPace()).isTrue();
        assertThat(w.caveats()).contains(Caveat.LOW_HR_AT_PACE, Caveat.HEAT_NOT_MEASURED);
    }

    @Test
    void everyNumberComesWithItsRunsBaselineAndInterval() {
        History h = HistoryBuilder.build(GeneratedDigests.of(HistoryGenerator.plan(HistorySpec.plain(5))),
                HistoryOptions.defaults());
        for (WeekAfter w : h.weekAfters()) {
            if (w.interval().isPresent()) {
                assertThat(w.postRuns()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(w.baseline().runs()).isGreaterThanOrEqualTo(6);
                assertThat(w.baseline().from()).isPresent();
                assertThat(w.baseline().fit()).isPresent();
                assertThat(w.interval().get().lowSPerKm()).isLessThan(w.interval().get().highSPerKm());
                assertThat(w.baseline().to().get()).isBefore(w.sessionDate());
                assertThat(w.baseline().from().get()).isAfterOrEqualTo(w.sessionDate().minusDays(28));
            }
        }
    }

    @Test
    void aTreadmillRunAfterTheSessionIsLeftOutAndARunFarFromHomeIsFlagged() {
        HistoryGenerator.GeneratedHistory g = HistoryGenerator.plan(HistorySpec.plain(21));
        List<RunDigest> digests = new ArrayList<>();
        for (RunDigest d : GeneratedDigests.of(g)) {
            if (d.id().endsWith("-w6-d3")) {
                d = moved(d, "treadmill", SpeedSource.TREADMILL, RunEligibility.TREADMILL, d.startLatDeg());
            } else if (d.id().endsWith("-w6-d2")) {
                d = moved(d, "generic", d.speedSource(), d.eligibility(), d.startLatDeg() + 5);
            }
            digests.add(d);
        }
        History h = HistoryBuilder.build(digests, HistoryOptions.defaults());
        WeekAfter w = h.weekAfters().get(6);
        assertThat(w.skipped()).extracting(SkippedRun::reason).containsExactly(SkippedRun.Reason.TREADMILL);
        assertThat(w.postRuns()).extracting(PostRun::daysAfter).containsExactly(1, 3);
        assertThat(w.caveats()).contains(Caveat.TREADMILL_EXCLUDED, Caveat.NEW_PLACE, Caveat.HEAT_NOT_MEASURED);
    }

    private static RunDigest moved(RunDigest d, String subSport, SpeedSource speed, RunEligibility e, double lat) {
        return new RunDigest(d.id(), d.file(), d.start(), d.clock(), d.localDate(), d.sport(), subSport,
                d.elapsedS(), d.movingS(), d.distanceM(), d.avgHrBpm(), d.peakHr60sBpm(), d.hrCoverage(),
                d.hrSource(), speed, lat, d.startLonDeg(), e, d.repSource(), d.plan(), d.reps(), d.structure(),
                d.windows(), d.hrHistogram(), d.bestEfforts(), d.ttInForce());
    }

    @Test
    void weeklyLoadCountsEachGeneratedWeeksRunsDistanceSessionsAndOvercookedReps() {
        HistoryGenerator.GeneratedHistory g = HistoryGenerator.plan(HistorySpec.plain(31).withOvercooked(Set.of(2)));
        History h = HistoryBuilder.build(GeneratedDigests.of(g), HistoryOptions.defaults());
        assertThat(h.weeks()).hasSize(8);
        for (int w = 0; w < 8; w++) {
            WeekLoad week = h.weeks().get(w);
            int wk = w;
            double distance = g.runs().stream().filter(r -> r.week() == wk)
                    .mapToDouble(r -> r.kind() == org.repcheck.synth.history.PlannedRun.Kind.INTERVAL ? 8000
                            : r.flatSpeedMps() * r.durationS()).sum();
            assertThat(week.runs()).isEqualTo(7);
            assertThat(week.intervalSessions()).isEqualTo(1);
            assertThat(week.distanceM()).isCloseTo(distance, within(1e-6));
            assertThat(week.overcookedReps()).isEqualTo(w == 2 ? 3 : 0);
            assertThat(week.trimp()).isPositive();
        }
        assertThat(h.load().method()).isEqualTo(TrimpMethod.EDWARDS);
        assertThat(h.load().hrMaxFrom()).isEqualTo(LoadBasis.AnchorSource.HISTORY_PEAK);
        assertThat(h.load().hrMaxBpm()).isCloseTo(0.97 * g.runner().hrMaxBpm(), within(1e-9));
    }

    @Test
    void anEmptyHistoryBuildsWithNothingInIt() {
        History h = HistoryBuilder.build(List.of(), HistoryOptions.defaults().withAthlete("Alex"));
        assertThat(h.athlete()).isEqualTo("Alex");
        assertThat(h.runs()).isEmpty();
        assertThat(h.weeks()).isEmpty();
        assertThat(h.weekAfters()).isEmpty();
        assertThat(h.cost().finding()).isEqualTo(CostFinding.NOT_ENOUGH_SESSIONS);
        assertThat(h.load().hrMaxFrom()).isEqualTo(LoadBasis.AnchorSource.NONE);
    }
}
