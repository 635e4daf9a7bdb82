package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repcheck.model.Rep;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;

/** A ladder's short end step is a rep, on generated ladders read from the signal alone. */
class LadderTest {
    /**
     * 1200-1000-800-600-400-200 m: the closing 200 m is under a third of the set's typical rep and no faster, as a
     * cool-down stride is, and was cut; it is the ladder's next step down, after the same short recovery.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "9010, 1200 down to 200 m with jogged recoveries",
        "9023, 1200 down to 200 m with standing recoveries",
    })
    void theLastStepOfADescendingLadderIsARep(long seed, String ladder) {
        GeneratedSession g = SessionGenerator.ladder(seed);
        List<Rep> found = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        assertThat(found).as(ladder).hasSize(6);
        assertThat(new RepScore().add(g.reps(), found).f1()).as(ladder).isEqualTo(1.0);
    }

    /**
     * A warm-up stride before a 400-600-800-1000 m ladder is no 200 m step: its step to the first rep (about 280 m)
     * is not the ladder's 200 m, and it is still cut.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"9055"})
    void aWarmUpStrideBeforeAnAscendingLadderIsNoStep(long seed) {
        GeneratedSession g = SessionGenerator.ladder(seed);
        List<Rep> found = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        assertThat(new RepScore().add(g.reps(), found).precision()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} m apart")
    @CsvSource({"200, true", "30, false"})
    void aLadderStepsBySizeNotByMeasurement(double step, boolean ladder) {
        List<RepSpan> bouts = List.of(RepSpan.of(0, 300), RepSpan.of(400, 640), RepSpan.of(740, 920),
                RepSpan.of(1010, 1130), RepSpan.of(1200, 1260));
        double[] dist = {200 + 4 * step, 200 + 3 * step, 200 + 2 * step, 200 + step, 200};
        assertThat(Ladder.continues(bouts, dist, 4, -1)).isEqualTo(ladder);
    }
}
