package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repcheck.detect.GradeReadings.Found;
import org.repcheck.detect.GradeReadings.Reading;
import org.repcheck.model.Rep;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.synth.TrueRep;

/** Which of a GPS-altitude run's two readings is kept, on a generated 5 × 1000 m session's true reps. */
class GradeReadingsTest {
    private final GeneratedSession session = SessionGenerator.intervals(42,
            Spec.distanceReps(5, 1000, 4.5).toBuilder().altitudeNoise(4).build());
    private final Track track = Track.of(session.activity(), w -> { }).orElseThrow();
    private final List<RepSpan> truth = session.reps().stream().map(r -> RepSpan.of(r.startS(), r.endS())).toList();

    private static Reading reading(Found found, List<RepSpan> spans) {
        return new Reading(found, spans, List.of("signal: its own note"));
    }

    @Test
    void repsOnlyTheWanderingGradeShowsAreDropped() {
        // Three minutes of the easy warm-up: no faster on the ground than the running around them.
        List<RepSpan> easy = List.of(RepSpan.of(120, 180), RepSpan.of(240, 300), RepSpan.of(360, 420));
        Reading kept = GradeReadings.choose(track, reading(Found.REPS, easy), reading(Found.NONE, List.of()), true);
        assertThat(kept.spans()).isEmpty();
        assertThat(kept.notes().get(0)).contains("the altitude's wander");
    }

    @Test
    void stridesClearlyFasterOnTheGroundStayWhateverTheGrade() {
        GeneratedSession strides = SessionGenerator.intervals(8001, SessionGenerator.stridesSpec(8001));
        Track t = Track.of(strides.activity(), w -> { }).orElseThrow();
        List<RepSpan> bursts = strides.reps().stream().map(r -> RepSpan.of(r.startS(), r.endS())).toList();
        Reading kept = GradeReadings.choose(t, reading(Found.REPS, bursts), reading(Found.NONE, List.of()), true);
        assertThat(kept.spans()).isEqualTo(bursts);
    }

    @Test
    void longRepsOnlyTheWanderingGradeShowsGoEvenWhenFastOnTheGround() {
        // A descent is fast on the ground for minutes: only strides are let through on ground speed alone.
        Reading kept = GradeReadings.choose(track, reading(Found.REPS, truth), reading(Found.NONE, List.of()), true);
        assertThat(kept.spans()).isEmpty();
    }

    @Test
    void aBlockOrStridesOutlastTheWanderAndStay() {
        List<RepSpan> block = List.of(RepSpan.of(truth.get(0).startS(), truth.get(4).endS()));
        assertThat(GradeReadings.choose(track, reading(Found.BLOCK, block), reading(Found.NONE, List.of()), true).spans())
                .isEqualTo(block);
        assertThat(GradeReadings.choose(track, reading(Found.STRIDES, truth), reading(Found.NONE, List.of()), true).spans())
                .isEqualTo(truth);
    }

    @Test
    void aFirstReadingsBlockGivesWayToASecondReadingsRepsOfOneSize() {
        List<RepSpan> block = List.of(RepSpan.of(truth.get(0).startS(), truth.get(4).endS()));
        Reading kept = GradeReadings.choose(track, reading(Found.BLOCK, block), reading(Found.REPS, truth), true);
        assertThat(kept.spans()).isEqualTo(truth);
    }

    @Test
    void theSecondReadingsRepsAreKeptWhereTheFirstFoundNone() {
        Reading kept = GradeReadings.choose(track, reading(Found.NONE, List.of()), reading(Found.REPS, truth), true);
        assertThat(kept.spans()).isEqualTo(truth);
        assertThat(kept.notes().get(0)).contains("the grade is taken over two minutes");
    }

    @Test
    void theSecondReadingJoinsARepTheWanderChopped() {
        List<RepSpan> chopped = new ArrayList<>(truth);
        RepSpan third = truth.get(2);
        double mid = (third.startS() + third.endS()) / 2;
        chopped.set(2, RepSpan.of(third.startS(), mid - 15));
        chopped.add(3, RepSpan.of(mid + 15, third.endS()));
        assertThat(GradeReadings.choose(track, reading(Found.REPS, chopped), reading(Found.REPS, truth), true).spans())
                .isEqualTo(truth);
        assertThat(GradeReadings.choose(track, reading(Found.REPS, truth), reading(Found.REPS, chopped), true).spans())
                .as("the first, already regular, stays").isEqualTo(truth);
    }

    @Test
    void moreRepsAreKeptOnlyWhenTheyShareASize() {
        List<RepSpan> four = truth.subList(0, 4);
        assertThat(GradeReadings.choose(track, reading(Found.REPS, four), reading(Found.REPS, truth), true).spans())
                .isEqualTo(truth);
        List<RepSpan> odd = new ArrayList<>(four);
        TrueRep last = session.reps().get(4);
        odd.add(RepSpan.of(last.startS(), last.startS() + 40));
        odd.add(RepSpan.of(last.endS() + 60, last.endS() + 400));
        assertThat(GradeReadings.choose(track, reading(Found.REPS, four), reading(Found.REPS, odd), true).spans())
                .as("an unstructured second reading does not replace the first").isEqualTo(four);
    }

    @Test
    void aRunThatFollowsItsGradeTakesTheSecondReadingOnlyForASetTheFirstMissed() {
        Reading none = reading(Found.NONE, List.of());
        assertThat(GradeReadings.choose(track, none, reading(Found.REPS, truth), false).spans()).isEqualTo(truth);
        List<RepSpan> block = List.of(RepSpan.of(truth.get(0).startS(), truth.get(4).endS()));
        assertThat(GradeReadings.choose(track, none, reading(Found.BLOCK, block), false).spans()).isEmpty();
        List<RepSpan> four = truth.subList(0, 4);
        assertThat(GradeReadings.choose(track, reading(Found.REPS, four), reading(Found.REPS, truth), false).spans())
                .as("reps the first found stay as they are").isEqualTo(four);
        assertThat(GradeReadings.choose(track, none, reading(Found.STRIDES, truth), false).spans())
                .as("strides the first reading lost").isEqualTo(truth);
    }

    /**
     * A generated strides session on hills (seven 23 s strides from a walk): over the 30 s grade one stride measured
     * 46 s, past {@link Strides#MAX_S}, and only the second reading found all seven. With each stride's edges fitted
     * round its crossing ({@link BreakpointFit.Windows#AROUND_GUESS}) the first finds them; all seven stay found.
     */
    @Test
    void stridesTheThirtySecondGradeStretchedAreFoundOverTwoMinutes() {
        GeneratedSession g = SessionGenerator.intervals(8024, SessionGenerator.stridesSpec(8024));
        List<Rep> reps = new RepDetector().detect(g.activity(), DetectMode.SIGNAL).reps();
        assertThat(reps).hasSize(7);
        assertThat(new RepScore().add(g.reps(), reps).f1()).isEqualTo(1.0);
    }
}
