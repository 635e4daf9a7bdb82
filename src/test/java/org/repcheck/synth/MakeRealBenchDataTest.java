package org.repcheck.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.repcheck.batch.Duplicates;
import org.repcheck.io.fit.FitReader;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;

/**
 * The real-file benchmark's copies are the real session moved in time and nothing else: the same samples, laps
 * and workout steps, the start moved by whole 65,536 s periods, and no two copies the same activity to the batch's
 * duplicate finder. On a real FR745 6 × 400 m workout of ../shared; skips with a message where it is absent.
 */
class MakeRealBenchDataTest {
    private static final Path REAL = Path.of("../shared/corpus/reps/files/run_6x400_fr745_workout_f.fit");

    @Test
    void copiesAreTheRealSessionMovedByWholePeriodsAndNeverDuplicatesOfEachOther() throws Exception {
        Assumptions.assumeTrue(Files.exists(REAL), REAL + " not found (../shared absent)");
        Activity original = new FitReader().read("real.fit", Files.readAllBytes(REAL));
        MakeRealBenchData.Source source = MakeRealBenchData.source(REAL).orElseThrow();
        List<Duplicates.Print> prints = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            byte[] copy = MakeRealBenchData.reencode(source.mesgs(), k * MakeRealBenchData.PERIOD_S);
            Activity a = new FitReader().read("copy.fit", copy);
            assertThat(a.start().orElseThrow())
                    .isEqualTo(original.start().orElseThrow().plusSeconds(k * MakeRealBenchData.PERIOD_S));
            assertThat(a.samples().size()).isEqualTo(original.samples().size());
            for (Channel c : List.of(Channel.TIME, Channel.DISTANCE, Channel.SPEED, Channel.HR, Channel.LAT)) {
                assertThat(a.samples().column(c)).as("%s of copy %d", c, k).isEqualTo(original.samples().column(c));
            }
            assertThat(a.laps()).isEqualTo(original.laps());
            assertThat(a.workoutSteps()).isEqualTo(original.workoutSteps()).isNotEmpty();
            assertThat(a.utcOffset()).isEqualTo(original.utcOffset());
            prints.add(new Duplicates.Print(k, "", "id" + k, a.start(), a.distanceM(), a.format(), 0));
        }
        assertThat(Duplicates.find(prints)).as("copies the batch would merge").isEmpty();
    }

    @Test
    void aDamagedFileIsLeftOutOfTheBenchmark() throws Exception {
        Path truncated = Path.of("../shared/corpus/files/run_strava_android_truncated.fit");
        Assumptions.assumeTrue(Files.exists(truncated), truncated + " not found (../shared absent)");
        assertThat(MakeRealBenchData.source(truncated)).isEqualTo(Optional.empty());
    }
}
