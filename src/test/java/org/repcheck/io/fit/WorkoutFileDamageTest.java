package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.repcheck.io.ReadException;
import org.repcheck.model.Intensity;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;

/** A damaged workout file is a workout with warnings or a ReadException naming the file — never a stack trace. */
class WorkoutFileDamageTest {
    private static byte[] sample() {
        PlanNode.Step work = new PlanNode.Step("400m", Intensity.ACTIVE, StepLength.metres(400),
                Optional.of(new SpeedRange(4.31, 4.386)));
        PlanNode.Step rec = new PlanNode.Step("Recover", Intensity.RECOVERY, StepLength.seconds(90), Optional.empty());
        return WorkoutFileWriter.write(new PlannedWorkout("6x400m/90s", "running",
                List.of(new PlanNode.Repeat(6, List.of(work, rec)))), Instant.parse("2026-10-05T06:00:00Z"));
    }

    @Test
    void truncatedAndBitFlippedFilesReadOrFailWithOneLine() {
        byte[] good = sample();
        Random rnd = new Random(7);
        int read = 0;
        int refused = 0;
        for (int n = 0; n < 2_000; n++) {
            byte[] bad = n % 2 == 0 ? Arrays.copyOf(good, rnd.nextInt(good.length)) : good.clone();
            if (n % 2 == 1) {
                bad[rnd.nextInt(bad.length)] ^= (byte) (1 << rnd.nextInt(8));
            }
            try {
                WorkoutFileReader.isWorkoutFile(bad);
                WorkoutFileReader.read("bad.fit", bad);
                read++;
            } catch (ReadException e) {
                assertThat(e.getMessage()).startsWith("bad.fit: ").doesNotContain("\n");
                refused++;
            }
        }
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }
}
