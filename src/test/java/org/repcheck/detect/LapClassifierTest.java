package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.synth.Spec.LapFlags;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.Spec.RecoveryKind;
import org.repcheck.synth.TrueRep;

/** Device laps on generated files with known truth: laps are evidence, judged on their paces, not their flags. */
class LapClassifierTest {
    private final RepDetector detector = new RepDetector();

    static LongStream seeds() {
        return LongStream.range(1, 21);
    }

    @Test
    void whenEveryLapRunLiesBetweenWalksTheRunsAreTheRepsWhateverTheirSpread() throws Exception {
        // The real FR245 5 x 400 m with walked recoveries and no warm-up recorded, without its workout steps (as a
        // TCX export or a watch that keeps only the laps would give it): its first two reps ran 8 % slower than the
        // last three, and the pace gap between them once made those two recoveries.
        Path fit = Path.of("..", "shared", "corpus", "reps", "files", "run_5x400_walkrest_fr245_workout.fit");
        assumeTrue(Files.isRegularFile(fit), "real session not found at " + fit.toAbsolutePath() + "; skipping");
        Activity a = new Readers().read(fit);
        Activity lapsOnly = RecordingVariantsTest.withLaps(a, a.laps());
        Session s = detector.detect(lapsOnly, DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.LAPS);
        assertThat(s.reps()).hasSize(5).allSatisfy(r -> assertThat(r.distanceM()).isCloseTo(400, within(5.0)));
    }

    /**
     * Real workouts without their steps, their laps kept: each gives exactly its true reps from the laps' shape, work
     * and recovery laps in turn ({@link RepeatedLaps}), where lap pace alone read the first two as "a run, not reps"
     * and merged the third's floats into its reps.
     */
    @ParameterizedTest
    @ValueSource(strings = {"run_4x30s_hills_fr245_workout.fit", "run_3x15min_hilly_long_fr245_workout.fit",
        "run_5x2min_speedplay_fr245_workout.fit", "run_3x1700m_1k_standrest_fr245_manual.fit"})
    void workAndRecoveryLapsInTurnAreTheRepsWithoutTheSteps(String name) throws Exception {
        Path fit = Path.of("..", "shared", "corpus", "reps", "files", name);
        assumeTrue(Files.isRegularFile(fit), "real session not found at " + fit.toAbsolutePath() + "; skipping");
        RealSessionScoreTest.readTruth();
        Activity a = new Readers().read(fit);
        Session s = detector.detect(RecordingVariantsTest.withLaps(a, a.laps()), DetectMode.AUTO);
        double t0 = a.start().map(t -> t.getEpochSecond() + t.getNano() * 1e-9).orElse(0.0);
        List<double[]> found = s.reps().stream()
                .map(r -> new double[] {t0 + r.startS(), t0 + r.startS() + r.durationS()}).toList();
        RealSessionScoreTest.Score score = new RealSessionScoreTest.Score();
        score.add(name, RealSessionScoreTest.truthOf(name), found);
        assertThat(s.source()).isEqualTo(RepSource.LAPS);
        assertThat(score.exact).as(score.line(name)).isEqualTo(1);
    }

    /**
     * The generated interval sessions, first and realistic mix, run as workouts (one lap per step) with their steps
     * taken away: the laps alone give the reps. A paused recovery's lap, whose GPS drift over a few timer seconds
     * reads 21 m/s, once cut a repeat short of its first rep (F1 0.9998).
     */
    @Test
    void workoutLapsWithoutTheirStepsScorePerfectlyOverTheGeneratedMixes() {
        RepScore first = new RepScore();
        RepScore realistic = new RepScore();
        for (int i = 0; i < 300; i++) {
            scoreWorkoutLaps(first, SessionGenerator.randomSpec(1000 + i), 1000 + i);
            scoreWorkoutLaps(realistic, SessionGenerator.realisticSpec(1000 + i), 1000 + i);
        }
        System.out.print(first.report("lap detection, generated workouts without their steps (first mix)"));
        System.out.print(realistic.report("lap detection, generated workouts without their steps (realistic mix)"));
        assertThat(first.f1()).as("first mix").isEqualTo(1.0);
        assertThat(realistic.f1()).as("realistic mix").isEqualTo(1.0);
    }

    /**
     * Ladders (reps that share no size, 200 m to 1200 m, 1 to 4 min) with a lap pressed at every rep and recovery:
     * the fast laps need not share a size when each is a short effort ({@code LapClassifier.setLike}).
     */
    @Test
    void laddersWithLapsAtTheRepsGiveTheirReps() {
        RepScore score = new RepScore();
        for (int i = 0; i < 60; i++) {
            GeneratedSession g = SessionGenerator.ladder(9000 + i, LapMode.MANUAL_AT_REPS);
            score.add(g.reps(), detector.detect(g.activity(), DetectMode.LAPS).reps());
        }
        System.out.print(score.report("lap detection, generated ladders with a lap at every rep and recovery"));
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.99);
    }

    /** Scores the session run as a workout and read from its laps alone. */
    private void scoreWorkoutLaps(RepScore score, Spec spec, long seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, spec.toBuilder().laps(LapMode.WORKOUT).build());
        Activity lapsOnly = RecordingVariantsTest.withLaps(g.activity(), g.activity().laps());
        score.add(g.reps(), detector.detect(lapsOnly, DetectMode.LAPS).reps());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void steadyRunWithAutoLapsHasNoReps(long seed) {
        GeneratedSession g = SessionGenerator.steady(seed, seed % 2 == 0 ? LapMode.AUTO_KM : LapMode.AUTO_MILE);
        Session laps = detector.detect(g.activity(), DetectMode.LAPS);
        assertThat(laps.reps()).isEmpty();
        assertThat(laps.notes()).anyMatch(n -> n.contains("auto-laps"));
        assertThat(detector.detect(g.activity(), DetectMode.AUTO).reps()).as(g.description()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void progressiveRunHasNoRepsWhetherLapsAreAutoOrPressedEachKilometre(long seed) {
        GeneratedSession auto = SessionGenerator.progressive(seed, LapMode.AUTO_KM);
        assertThat(detector.detect(auto.activity(), DetectMode.AUTO).reps()).as(auto.description()).isEmpty();
        // Laps pressed by hand at every kilometre: manual triggers, so only their paces can say "no reps".
        GeneratedSession manual = SessionGenerator.progressive(seed, LapMode.MANUAL_AT_REPS);
        Session s = detector.detect(manual.activity(), DetectMode.LAPS);
        assertThat(s.reps()).as(manual.description()).isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.startsWith("laps: "));
        assertThat(detector.detect(manual.activity(), DetectMode.AUTO).reps()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void longRunWithEveryLapFlaggedIntervalHasNoReps(long seed) {
        GeneratedSession g = SessionGenerator.longRunAllLapsInterval(seed);
        assertThat(detector.detect(g.activity(), DetectMode.LAPS).reps()).as(g.description()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void manualLapsAtTheRepsGiveExactlyTheRepsWithSnappedDistances(long seed) {
        double v = Spec.speedForPace(215 + seed);
        Spec spec = Spec.distanceReps(6, 400, v).toBuilder()
                .laps(LapMode.MANUAL_AT_REPS)
                .lapFlags(seed % 2 == 0 ? LapFlags.ALL_ACTIVE : LapFlags.ALL_INTERVAL)
                .recovery(seed % 3 == 0 ? RecoveryKind.STAND : RecoveryKind.JOG, 90)
                .build();
        GeneratedSession g = SessionGenerator.intervals(seed, spec);
        Session s = detector.detect(g.activity(), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.LAPS);
        assertThat(s.reps()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            Rep r = s.reps().get(i);
            TrueRep t = g.reps().get(i);
            assertThat(r.index()).isEqualTo(i + 1);
            assertThat(r.basis()).isEqualTo(DistanceBasis.SNAPPED);
            assertThat(r.distanceM()).isEqualTo(400.0);
            assertThat(r.startS()).isCloseTo(t.startS(), within(1.5));
            assertThat(r.endS()).isCloseTo(t.endS(), within(1.5));
        }
        assertThat(s.recoveries()).hasSize(5);
        assertThat(s.recoveries()).allMatch(rec -> rec.standing() == (spec.recovery() == RecoveryKind.STAND));
    }

    @Test
    void manualLapsAtTheRepsScorePerfectlyOverTheGeneratedMix() {
        RepScore score = new RepScore();
        LapFlags[] flags = LapFlags.values();
        for (int i = 0; i < 100; i++) {
            Spec spec = SessionGenerator.randomSpec(2000 + i).toBuilder()
                    .laps(LapMode.MANUAL_AT_REPS)
                    .lapFlags(flags[i % flags.length])
                    .build();
            GeneratedSession g = SessionGenerator.intervals(2000 + i, spec);
            Session s = detector.detect(g.activity(), DetectMode.LAPS);
            score.add(g.reps(), s.reps());
        }
        for (int i = 0; i < 40; i++) {
            GeneratedSession g = i % 2 == 0 ? SessionGenerator.longRunAllLapsInterval(3000 + i)
                    : SessionGenerator.progressive(3000 + i, LapMode.MANUAL_AT_REPS);
            score.add(g.reps(), detector.detect(g.activity(), DetectMode.LAPS).reps());
        }
        System.out.print(score.report("lap detection on generated sessions (--detect laps, manual laps)"));
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.99);
        assertThat(score.medianBoundaryErrorS()).isLessThanOrEqualTo(0.5);
        assertThat(score.negativeSessionsWithReps()).isZero();
    }

    @Test
    void fourBySixMinutesWithSlowRecoveriesAreTimeBasedReps() {
        // The IpBike file: 5 min warm-up, 4 × 6 min at 3:40-4:14/km, 3 min recoveries much slower, 5 min cool-down.
        List<Double> speeds = List.of(Spec.speedForPace(220), Spec.speedForPace(235), Spec.speedForPace(244),
                Spec.speedForPace(254));
        Spec spec = Spec.timeReps(4, 360, speeds.get(0)).toBuilder()
                .repSpeeds(speeds)
                .recovery(RecoveryKind.JOG, 180)
                .jogSpeed(2.4)
                .easySpeed(3.0)
                .warmup(300)
                .cooldown(300)
                .laps(LapMode.MANUAL_AT_REPS)
                .lapFlags(LapFlags.ALL_ACTIVE)
                .build();
        GeneratedSession g = SessionGenerator.intervals(42, spec);
        Session s = detector.detect(g.activity(), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.LAPS);
        assertThat(s.reps()).hasSize(4);
        assertThat(s.reps()).allSatisfy(r -> {
            assertThat(r.nominalDurationS()).hasValue(360.0);
            assertThat(r.basis()).isEqualTo(DistanceBasis.MEASURED);
        });
    }

    @Test
    void pausedStandingRecoveriesKeepRepsApartAndCountAsStanding() {
        Spec spec = Spec.distanceReps(5, 1000, Spec.speedForPace(225)).toBuilder()
                .recovery(RecoveryKind.PAUSED, 120)
                .laps(LapMode.MANUAL_AT_REPS)
                .build();
        GeneratedSession g = SessionGenerator.intervals(7, spec);
        Session s = detector.detect(g.activity(), DetectMode.LAPS);
        assertThat(s.reps()).hasSize(5).allMatch(r -> r.distanceM() == 1000.0);
        assertThat(s.recoveries()).hasSize(4).allMatch(rec -> rec.standing());
    }

    @Test
    void forcedSignalIgnoresLapsEvenWhenTheyAreGood() {
        Spec spec = Spec.distanceReps(6, 800, Spec.speedForPace(225)).toBuilder().laps(LapMode.MANUAL_AT_REPS).build();
        GeneratedSession g = SessionGenerator.intervals(3, spec);
        Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.source()).isEqualTo(RepSource.SIGNAL);
        assertThat(s.reps()).hasSize(6);
    }
}
