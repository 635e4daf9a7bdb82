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

    /**
     * A realistic 5 × 5 min on hills whose fourth rep a GPS loss broke into pieces: its fifth lay 12 minutes from the
     * third, over three times the set's recoveries, and was cut as isolated. It is one period of the set further on
     * and the set's size: it stays. A warm-up stride that ran the 200 m of a 7 × 200 m lies out of the set's rhythm
     * and still goes.
     */
    @ParameterizedTest(name = "realistic session {0}")
    @ValueSource(ints = {1042, 1297})
    void aBoutFarFromTheSetStaysOnlyInTheSetsRhythm(int seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        List<Rep> reps = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        RepScore score = new RepScore().add(g.reps(), reps);
        assertThat(score.precision()).as("precision").isEqualTo(1.0);
        assertThat(reps).as("every rep but the one the GPS loss broke")
                .hasSizeGreaterThanOrEqualTo(g.reps().size() - 1);
    }
}
