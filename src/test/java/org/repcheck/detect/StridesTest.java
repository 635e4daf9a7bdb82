package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;

/** Sessions of strides read from the signal alone, on realistic generated sessions with known strides. */
class StridesTest {
    /**
     * With walked recoveries the split's threshold falls below the easy running, so the first stride straight out
     * of the warm-up (or the last into the cool-down) was one bout with it, too long for a stride, and was lost.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "8000, four 24 s strides from a walk; the first straight out of the warm-up",
        "8011, four 22 s strides from a walk; the last run on into the cool-down",
    })
    void aStrideGluedToTheWarmUpOrCoolDownIsCutFromIt(long seed, String session) {
        GeneratedSession g = strides(seed);
        List<Rep> found = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        assertThat(found).as(session).hasSize(g.reps().size());
        assertThat(new RepScore().add(g.reps(), found).f1()).as(session).isEqualTo(1.0);
    }

    /**
     * Six 16 s strides on a watch without a barometer: over the 30 s grade the altitude's wander makes three
     * minute-long "reps" round three of them, no faster on the ground than a jog; over two minutes the strides show.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"8028"})
    void stridesTheSecondReadingFindsReplaceRepsOnlyTheWanderShowed(long seed) {
        GeneratedSession g = strides(seed);
        List<Rep> found = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        RepScore score = new RepScore().add(g.reps(), found);
        assertThat(score.precision()).as("every rep found is a stride").isEqualTo(1.0);
        assertThat(score.recall()).as("four of the six strides, at least").isGreaterThanOrEqualTo(4.0 / 6);
    }

    /**
     * Five 21 s strides: three measured 25-29 s and passed the reps rule's 25 s floor as a set of reps, and the
     * two measured under it were lost. The strides rule finds all five.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"8025"})
    void stridesSomeOfWhichPassForRepsAreFoundAsStrides(long seed) {
        GeneratedSession g = strides(seed);
        List<Rep> found = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        assertThat(found).hasSize(5);
        assertThat(new RepScore().add(g.reps(), found).f1()).isEqualTo(1.0);
    }

    /**
     * Five 16 s strides on hills, from a jog: effort-adjusted, the warm-up's climbs run as fast as the strides'
     * neighbours, and the run's own split falls between the jog and that running (fast/easy 1.23-1.26, under
     * {@link Strides#CLASS_RATIO}). Split again, its fast class holds the strides.
     */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"8013"})
    void stridesOnHillsAreFoundInTheRunsFastClass(long seed) {
        GeneratedSession g = strides(seed);
        Session s = new RepDetector().detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.reps()).hasSize(5);
        assertThat(new RepScore().add(g.reps(), s.reps()).f1()).isEqualTo(1.0);
        assertThat(s.notes()).anyMatch(n -> n.contains("a session of strides"));
    }

    /**
     * Eight 17-19 s strides on flat ground, on a watch without a barometer (GPS altitude, σ 5-6 m): the speed follows
     * neither grade, yet both readings adjust for it, and the wander stretched three or four strides to 30-47 s
     * "reps" and hid the rest, or hid one stride. Read on the ground speed, all eight are strides.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "33046, eight 18 s strides from a jog; three came out as 25-47 s reps",
        "33049, eight 17 s strides from a walk; four came out as 30-43 s reps",
    })
    void stridesOnAWanderingGpsAltitudeAreReadOnTheGroundSpeed(long seed, String session) {
        GeneratedSession g = strides(seed);
        Session s = new RepDetector().detect(g.activity(), DetectMode.SIGNAL);
        assertThat(new RepScore().add(g.reps(), s.reps()).f1()).as(session).isEqualTo(1.0);
        assertThat(s.notes()).as(session).anyMatch(n -> n.contains("strides are read on the ground speed"));
    }

    /**
     * The first stride straight out of a warm-up, then jogged or walked recoveries: the fit that places a stride's
     * end looked at 30 s either side of each candidate, cut at the stride's middle, and a candidate 20 s into the
     * jog, with the longer window, won. The stride then measured 40-46 s, half of it jog, and no longer stood out
     * from the running around it.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "33014, 'four 22 s strides from a jog, no speed channel; the first measured 948-994 s against 950-973 s'",
        "33033, five 17 s strides from a jog; the first was lost",
        "33042, 'five 24 s strides from a jog, smart recording; the first was lost and the third measured 39 s'",
    })
    void aStrideEndsWhereTheJogAfterItBegins(long seed, String session) {
        SignalReps.assertEveryRepFoundAndNoOther(strides(seed), session);
    }

    /**
     * Strides with "smart" recording (a point every 2-8 s): the reps' speed window (±12 s, smoothed again) flattened
     * each 17-24 s stride to about half its rise above the walk or jog, under the split's threshold, and only the
     * strides beside brisker running were found. Read on a window of one and a half sample intervals, all are.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "53093, six 21 s strides from a walk; three were found",
        "33070, 'seven 24 s strides from a jog, no speed channel, GPS dropouts; three were found, two stretched'",
        "33034, seven 25 s strides from a walk on GPS altitude; four were found",
    })
    void stridesOnSmartRecordingAreReadOnANarrowerSpeedWindow(long seed, String session) {
        SignalReps.assertEveryRepFoundAndNoOther(strides(seed), session);
    }

    /**
     * Strides the reps rule found, one for one, but measured longer than a stride (fitted there on windows round
     * each candidate): the strides rule was asked only when every rep was short enough to be a stride, and only
     * kept its strides when it found more. It now places the same strides to their edges.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "8016, 'four 20 s strides from a jog on GPS altitude, smart recording; two measured 58-61 s'",
        "33010, 'eight 25 s strides from a walk, smart recording; the last ran on into the cool-down, 62 s'",
    })
    void stridesTheRepsRuleStretchedAreMeasuredByTheStridesRule(long seed, String session) {
        SignalReps.assertEveryRepFoundAndNoOther(strides(seed), session);
    }

    /**
     * The real epix 2 history's 9 × 25-40 s (200 m and less) with walked recoveries, recorded without lap presses:
     * the reps rule lost two strides in the middle, so its rhythm, start to start, measured as the mean over the
     * set, put the last stride out of it (114 s against 87 s), and 6 reps stood instead of the 9 strides.
     */
    @Test
    void stridesTheRepsRuleLostInsideTheSetDoNotBreakItsRhythm() throws Exception {
        Session s = Epix2Session.detected("16844072187");
        assertThat(s.reps()).hasSize(9).allSatisfy(r -> assertThat(r.durationS()).isBetween(20.0, 45.0));
        assertThat(s.notes()).anyMatch(n -> n.contains("a session of strides (9 bursts"));
    }

    /**
     * 7 × 60 s with jogged recoveries, after two warm-up strides: GPS altitude "climbed" after the first, and its
     * bout measured 48 s, 0.8 of a rep in time but 0.7 in distance; the easy running after it, not a jog, leaves it
     * out of the set.
     */
    @ParameterizedTest(name = "realistic session {0}")
    @CsvSource({"1004"})
    void aWarmUpStrideStretchedToNearlyARepIsLeftOutByTheEasyRunningAfterIt(long seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        SignalReps.assertEveryRepFoundAndNoOther(g, g.description());
    }

    /**
     * 2 × 10 × 200 m after three warm-up strides: every rep measures 33-43 s, short enough to be a stride, and the
     * strides rule finds the warm-up strides too. They lie out of the set's rhythm, and the set stays its 20 reps.
     */
    @ParameterizedTest(name = "realistic session {0}")
    @CsvSource({"70548"})
    void warmUpStridesBeforeASetOfShortRepsStayOut(long seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        SignalReps.assertEveryRepFoundAndNoOther(g, g.description());
    }

    /**
     * A stride run up a hill, 20-30 % slower than the flat ones beside it: it lies one period from the strides
     * before and after it, and stays in the set, where the "far slower than the set" cut left it out and the runner
     * never saw that it was slow.
     */
    @ParameterizedTest(name = "seed {0}: {1}")
    @CsvSource({
        "33009, 7 × 20 s on hills with jogged recoveries",
        "53039, 7 × 20 s on hills with jogged recoveries",
        "53045, 5 × 17 s on hills with walked recoveries",
    })
    void anUphillStrideInTheSetsRhythmStaysInTheSet(long seed, String session) {
        SignalReps.assertEveryRepFoundAndNoOther(strides(seed), session);
    }

    /**
     * 16 × 200 m in two sets on hills with stood recoveries, 37-44 s each: the slowest, uphill, measures 46 s, past
     * {@link Strides#MAX_S}, and with it in the set the strides rule found no session at all; within
     * {@link Strides#SESSION_STRETCH} of it, all 16 are found.
     */
    @ParameterizedTest(name = "realistic session {0}")
    @CsvSource({"20122"})
    void theSlowestStrideOfASessionMayRunPastAStridesLength(long seed) {
        GeneratedSession g = SessionGenerator.intervals(seed, SessionGenerator.realisticSpec(seed));
        SignalReps.assertEveryRepFoundAndNoOther(g, g.description());
    }

    /** The realistic generated strides session of {@code seed}. */
    private static GeneratedSession strides(long seed) {
        return SessionGenerator.intervals(seed, SessionGenerator.stridesSpec(seed));
    }
}
