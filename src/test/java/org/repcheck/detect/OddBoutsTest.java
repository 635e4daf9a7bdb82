package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Rep;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;

/** The bouts the signal finds that are not of the set: warm-up strides, and what must stay although it is short. */
class OddBoutsTest {
    /**
     * Realistic generated sessions whose one warm-up stride the boundary fit stretched to 0.4-0.6 of a rep (a 15-25 s
     * stride measured 26-49 s): each gave one extra "rep" before its first, and gives exactly its reps now.
     */
    @ParameterizedTest(name = "realistic session {0}")
    @ValueSource(ints = {1014, 1045, 1127, 1203})
    void aStretchedWarmUpStrideBeforeOneRepRepeatedIsNoRep(int seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        List<Rep> reps = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        RepScore score = new RepScore().add(g.reps(), reps);
        assertThat(reps).hasSameSizeAs(g.reps());
        assertThat(score.f1()).as("F1").isEqualTo(1.0);
    }

    /**
     * The real fenix 5X 4 × 1 km, read without its laps: its recording begins inside the first kilometre, of which the
     * signal sees a 50 s bout three minutes in. A bout before any warm-up is no stride, and it stays.
     */
    @Test
    void aShortBoutInTheRecordingsFirstMinutesIsNoStride() throws Exception {
        Path fit = Path.of("..", "shared", "corpus", "reps", "files", "run_4x1km_fenix5x_workout.fit");
        assumeTrue(Files.isRegularFile(fit), "real session not found at " + fit.toAbsolutePath() + "; skipping");
        Activity a = RecordingVariantsTest.withLaps(new Readers().read(fit), List.of());
        List<Rep> reps = new RepDetector().detect(a, DetectMode.SIGNAL).reps();
        assertThat(reps).hasSize(4);
        assertThat(reps.get(0).startS()).isLessThan(OddBouts.MIN_WARMUP_S);
    }
}
