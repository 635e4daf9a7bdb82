package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.repcheck.synth.Spec.LapFlags;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.repcheck.model.Activity;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.RepSource;
import org.repcheck.model.Session;
import org.repcheck.model.WorkoutStep;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.synth.Spec.LapMode;

/** Structured workouts: the step a lap ran is the plan, trusted over the lap's own flags and pace. */
class WorkoutStepRepsTest {
    private final RepDetector detector = new RepDetector();

    private static GeneratedSession nested(long seed, boolean fastCooldown) {
        Spec spec = Spec.distanceReps(4, 400, Spec.speedForPace(222)).toBuilder()
                .sets(2, 240)
                .laps(LapMode.WORKOUT)
                .fastCooldown(fastCooldown)
                .build();
        return SessionGenerator.intervals(seed, spec);
    }

    @Test
    void nestedRepeatWorkoutGivesExactlyTheActiveStepsAsReps() {
        GeneratedSession g = nested(11, true);
        Session s = detector.detect(g.activity(), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.WORKOUT);
        assertThat(s.reps()).hasSize(8);
        for (int i = 0; i < 8; i++) {
            assertThat(s.reps().get(i).basis()).isEqualTo(DistanceBasis.WORKOUT_STEP);
            assertThat(s.reps().get(i).distanceM()).isEqualTo(400.0);
            assertThat(s.reps().get(i).nominalDistanceM()).hasValue(400.0);
            assertThat(s.reps().get(i).startS()).isCloseTo(g.reps().get(i).startS(), within(1.0));
        }
        assertThat(s.recoveries()).hasSize(7);
    }

    @Test
    void aFastCoolDownLapIsNeverARep() {
        GeneratedSession g = nested(12, true);
        Lap cooldown = g.activity().laps().get(g.activity().laps().size() - 1);
        Session s = detector.detect(g.activity(), DetectMode.WORKOUT);
        assertThat(s.reps()).noneMatch(r -> r.startS() >= cooldown.startS() - 1);
    }

    @Test
    void expandingNestedRepeatsCountsThePlannedWorkSteps() {
        GeneratedSession g = nested(13, false);
        assertThat(WorkoutStepReps.plannedWorkSteps(g.activity().workoutSteps())).isEqualTo(8);
        // Repeat of a repeat of a repeat: 3 × (2 × (2 × work)) = 12 work steps.
        List<WorkoutStep> deep = List.of(
                step(0, Intensity.WARMUP),
                step(1, Intensity.INTERVAL),
                step(2, Intensity.RECOVERY),
                repeat(3, 1, 2),
                repeat(4, 1, 2),
                step(5, Intensity.REST),
                repeat(6, 1, 3),
                step(7, Intensity.COOLDOWN));
        assertThat(WorkoutStepReps.plannedWorkSteps(deep)).isEqualTo(12);
    }

    @Test
    void anAbandonedWorkoutGivesTheRepsRunAndSaysHowFarItGot() {
        GeneratedSession g = nested(14, false);
        Activity a = g.activity();
        // Stop after the third work lap: keep warm-up, rep, rec, rep, rec, rep.
        List<Lap> firstLaps = a.laps().subList(0, 6);
        Activity cut = new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), a.elapsedS(),
                a.timerS(), a.distanceM(), a.samples(), firstLaps, a.workoutSteps(), a.pauses(), a.segments(),
                a.device(), a.warnings());
        Session s = detector.detect(cut, DetectMode.WORKOUT);
        assertThat(s.reps()).hasSize(3);
        assertThat(s.notes()).contains("workout: 3 of 8 planned work steps were run");
    }

    @Test
    void timeBasedStepsGiveTheirPlannedDuration() {
        Spec spec = Spec.timeReps(5, 180, Spec.speedForPace(235)).toBuilder().laps(LapMode.WORKOUT).build();
        GeneratedSession g = SessionGenerator.intervals(15, spec);
        Session s = detector.detect(g.activity(), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.WORKOUT);
        assertThat(s.reps()).hasSize(5).allSatisfy(r -> {
            assertThat(r.nominalDurationS()).hasValue(180.0);
            assertThat(r.basis()).isEqualTo(DistanceBasis.MEASURED);
            assertThat(r.durationS()).isCloseTo(180.0, within(1.0));
        });
    }

    @Test
    void aStructuredWorkoutGivesRepsWhateverTheSport() {
        // Like the corpus's indoor HIIT ride: the plan holds for any sport.
        Activity a = nested(16, false).activity();
        Activity ride = new Activity(a.source(), a.format(), "cycling", "indoor_cycling", a.start(), a.elapsedS(),
                a.timerS(), a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(), List.of(), a.device(),
                a.warnings());
        Session s = detector.detect(ride, DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.WORKOUT);
        assertThat(s.reps()).hasSize(8);
        assertThat(detector.detect(ride, DetectMode.LAPS).reps()).isEmpty();
    }

    @Test
    void forcedWorkoutOnAFileWithoutStepsFindsNothingAndSaysWhy() {
        GeneratedSession g = SessionGenerator.intervals(17,
                Spec.distanceReps(6, 400, Spec.speedForPace(222)).toBuilder().laps(LapMode.MANUAL_AT_REPS).build());
        Session s = detector.detect(g.activity(), DetectMode.WORKOUT);
        assertThat(s.source()).isEqualTo(RepSource.NONE);
        assertThat(s.reps()).isEmpty();
        assertThat(s.notes()).contains("workout: the file has no workout steps");
    }

    @Test
    void lapsWithoutAWorkStepFallThroughToTheLaps() {
        // Steps exist but every lap ran the warm-up step (the runner never started the intervals).
        GeneratedSession g = SessionGenerator.intervals(18,
                Spec.distanceReps(6, 400, Spec.speedForPace(222)).toBuilder().laps(LapMode.WORKOUT).build());
        Activity a = g.activity();
        List<Lap> allWarmup = a.laps().stream()
                .map(l -> new Lap(l.startS(), l.elapsedS(), l.timerS(), l.distanceM(), Intensity.WARMUP, l.trigger(),
                        OptionalInt.of(0), l.avgHr(), l.maxHr()))
                .toList();
        Activity b = new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), a.samples(), allWarmup, a.workoutSteps(), a.pauses(), a.segments(), a.device(),
                a.warnings());
        Session s = detector.detect(b, DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.LAPS);
        assertThat(s.reps()).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LapFlags.class)
    void thePlansRepeatStructureGivesTheRepsWhateverItsStepsFlagsSay(LapFlags flags) {
        // Garmin's suggested workouts flag recoveries ACTIVE; FR245 custom plans flag the reps WARMUP. Scored over
        // generated plans of every shape, nested sets included.
        int found = 0;
        int truth = 0;
        int exact = 0;
        for (long seed = 0; seed < 60; seed++) {
            Spec spec = SessionGenerator.randomSpec(seed).toBuilder().laps(LapMode.WORKOUT).lapFlags(flags).build();
            GeneratedSession g = SessionGenerator.intervals(seed, spec);
            Session s = detector.detect(g.activity(), DetectMode.AUTO);
            found += s.reps().size();
            truth += g.reps().size();
            boolean same = s.source() == RepSource.WORKOUT && s.reps().size() == g.reps().size();
            for (int i = 0; same && i < g.reps().size(); i++) {
                same = Math.abs(s.reps().get(i).startS() - g.reps().get(i).startS()) < 2;
            }
            exact += same ? 1 : 0;
        }
        System.out.printf("workout steps flagged %s: %d of 60 plans exact, %d reps found of %d%n", flags, exact, found,
                truth);
        assertThat(exact).isEqualTo(60);
        assertThat(found).isEqualTo(truth);
    }

    private static WorkoutStep step(int i, Intensity intensity) {
        return new WorkoutStep(i, "", intensity, WorkoutStep.Duration.TIME, 60, -1, 0);
    }

    /** The real epix2 Tempo session: 3 × 8:00 steps, each split by the 1-mile auto-lap at about 7:37. */
    @Test
    void anAutoLapInsideATimedStepDoesNotMakeASecondRep() throws Exception {
        Session s = Epix2Session.detected("17532451185");
        assertThat(s.reps()).hasSize(3).allSatisfy(r -> assertThat(r.durationS()).isCloseTo(480, within(1.0)));
    }

    /** The real epix2 Sprint session: its GPS lost the 15 s sprints, so the 3 min rests measured "faster". */
    @Test
    void aRepLostByTheGpsKeepsItsRoleFromThePlan() throws Exception {
        Session s = Epix2Session.detected("18124364506");
        assertThat(s.reps()).isNotEmpty().allSatisfy(r -> assertThat(r.durationS()).isCloseTo(15, within(1.0)));
    }

    private static WorkoutStep repeat(int i, int from, int count) {
        return new WorkoutStep(i, "", Intensity.ACTIVE, WorkoutStep.Duration.REPEAT, Double.NaN, from, count);
    }
}
