package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.model.Intensity;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;

class WorkoutFileReaderTest {
    private static final Path SDK_EXAMPLE = Path.of("..", "shared", "corpus", "files", "workout_repeat_steps_sdk.fit");
    private static final Path ACTIVITY = Path.of("samples", "intervals_6x400_workout.fit");

    @Test
    void theSdksOwnRepeatExampleReadsAsWarmUpThreeTimesTwoStepsAndCoolDown() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SDK_EXAMPLE), "corpus file missing: " + SDK_EXAMPLE.toAbsolutePath());
        byte[] bytes = Files.readAllBytes(SDK_EXAMPLE);
        assertThat(WorkoutFileReader.isWorkoutFile(bytes)).isTrue();
        WorkoutFileReader.WorkoutFile f = WorkoutFileReader.read("sdk.fit", bytes);
        PlannedWorkout w = f.workout();
        assertThat(w.name()).isEqualTo("Example 2");
        assertThat(w.steps()).hasSize(3);
        PlanNode.Step first = (PlanNode.Step) w.steps().get(0);
        assertThat(first.intensity()).isEqualTo(Intensity.WARMUP);
        assertThat(first.length()).isEqualTo(StepLength.seconds(60));
        PlanNode.Repeat repeat = (PlanNode.Repeat) w.steps().get(1);
        assertThat(repeat.count()).isEqualTo(3);
        assertThat(repeat.steps()).extracting(n -> ((PlanNode.Step) n).length())
                .containsExactly(StepLength.metres(500), StepLength.metres(500));
        assertThat(((PlanNode.Step) w.steps().get(2)).intensity()).isEqualTo(Intensity.COOLDOWN);
        // Its last step ends on a heart rate, which repcheck does not plan: said, not silently dropped.
        assertThat(f.warnings()).singleElement().asString().contains("hr_less_than");
    }

    @Test
    void aWrittenWorkoutReadsBackTheSameTree() throws Exception {
        SpeedRange band = new SpeedRange(4.310, 4.386);
        PlanNode.Step work = new PlanNode.Step("400m", Intensity.ACTIVE, StepLength.metres(400), Optional.of(band));
        PlanNode.Step rec = new PlanNode.Step("Recover", Intensity.RECOVERY, StepLength.seconds(90), Optional.empty());
        PlanNode.Step set = new PlanNode.Step("Recover", Intensity.RECOVERY, StepLength.seconds(240), Optional.empty());
        PlannedWorkout w = new PlannedWorkout("nested", "running", List.of(
                new PlanNode.Step("Warm up", Intensity.WARMUP, StepLength.OPEN, Optional.empty()),
                new PlanNode.Repeat(3, List.of(new PlanNode.Repeat(4, List.of(work, rec)), set)),
                new PlanNode.Step("Cool down", Intensity.COOLDOWN, StepLength.metres(2000), Optional.empty())));
        byte[] bytes = WorkoutFileWriter.write(w, Instant.parse("2026-10-05T06:00:00Z"));
        WorkoutFileReader.WorkoutFile back = WorkoutFileReader.read("w.fit", bytes);
        assertThat(back.warnings()).isEmpty();
        // Speeds come back at the file's mm/s resolution, which these already are: equal, not close.
        assertThat(back.workout()).isEqualTo(w);
    }

    @Test
    void anActivityIsNotAWorkoutFile() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ACTIVITY), "sample missing: " + ACTIVITY.toAbsolutePath());
        byte[] bytes = Files.readAllBytes(ACTIVITY);
        assertThat(WorkoutFileReader.isWorkoutFile(bytes)).isFalse();
        assertThatThrownBy(() -> WorkoutFileReader.read("run.fit", bytes)).isInstanceOf(ReadException.class)
                .hasMessageContaining("not a workout file (file type: activity)");
    }
}
