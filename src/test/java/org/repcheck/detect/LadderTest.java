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
     * Warm-up strides before a ladder that opens with its shortest step: each stride measures 110-220 m, near the
     * opening 200 m in size and speed, and the set's reps share no size. After a stride the runner runs on at the
     * warm-up's pace, between the ladder's steps they jog slower, walk or stand: that leaves the strides out. Where
     * the ladder's jog runs at nearly the warm-up's pace (0.87-0.92 of it, measured, in the last four), the easy
     * running is told from a recovery by the set's own recoveries, 15 % slower than it, not by a fixed share of
     * "easy".
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "34046, one stride before 60-90-120-150-120-90-60 s",
        "34051, one stride before 200-400-800-1200 m",
        "34099, two strides before 200-400-800-1200 m",
        "34014, strides before 200-400-800-1200 m",
        "34015, strides before 60-120-180-120-60 s",
        "34031, strides before 240-180-120-60 s",
        "54009, strides before 200-400-800-1200 m",
    })
    void warmUpStridesPartedFromALadderByEasyRunningAreLeftOut(long seed, String ladder) {
        SignalReps.assertEveryRepFoundAndNoOther(SessionGenerator.ladder(seed), ladder);
    }

    /**
     * The same, where another stride lies in the three minutes before the one next to the set: averaged, those
     * minutes ran faster than the warm-up, and the easy running after the stride fell below its share of "easy".
     * The warm-up's pace is their median piece.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "34086, two strides 95 s apart before 60-90-120-150-120-90-60 s with jogged recoveries",
        "34097, four strides 1-2 min apart before 60-90-120-150-120-90-60 s with stood recoveries",
    })
    void aStrideInsideTheWarmUpDoesNotSetItsPace(long seed, String ladder) {
        SignalReps.assertEveryRepFoundAndNoOther(SessionGenerator.ladder(seed), ladder);
    }

    /**
     * The same, where a climb or the next rep's run-up slows or speeds one half of the easy running after the
     * stride (0.87-0.94 of the warm-up's pace): the whole stretch still runs at it. Before a ladder, or before a set
     * of one rep repeated (the realistic interval mix).
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "ladder, 54014, 60-120-180-120-60 s with jogged recoveries",
        "ladder, 54088, 400-800-1200-800-400 m with stood recoveries",
        "intervals, 30209, 12 × 300 m after three strides, stood recoveries",
    })
    void aSlowHalfOfTheEasyRunningAfterAStrideDoesNotMakeItARecovery(String mix, long seed, String session) {
        GeneratedSession g = mix.equals("ladder") ? SessionGenerator.ladder(seed)
                : SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        SignalReps.assertEveryRepFoundAndNoOther(g, session);
    }

    /**
     * 7 × 500 m whose first rep the signal chopped to its first 77 s: the running from that piece to the next rep
     * averages the warm-up's pace, but it is the rest of the rep and then a slow jog, not easy running, and the piece
     * stays a rep.
     */
    @ParameterizedTest(name = "realistic session {0}")
    @CsvSource({"1017"})
    void aChoppedFirstRepIsNoWarmUpStride(long seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        assertThat(new RepScore().add(g.reps(), SignalReps.of(g)).f1()).isEqualTo(1.0);
    }

    /**
     * A 200-400-800-1200 m ladder doubles, then adds half: its opening 200 m steps 200 m against the next steps'
     * 400 m, far shorter than the set and no faster, and was cut as a warm-up stride. It steps by the ladder's ratio,
     * and stays.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "44071, 200-400-800-1200 m with jogged recoveries",
        "44098, 200-400-800-1200 m with jogged recoveries",
        "54070, 200-400-800-1200 m with jogged recoveries",
    })
    void aLaddersOpeningStepThatDoublesIsAStepNotAStride(long seed, String ladder) {
        SignalReps.assertEveryRepFoundAndNoOther(SessionGenerator.ladder(seed), ladder);
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
