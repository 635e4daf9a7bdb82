package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.TrueRep;

/** A recording gap inside a fast stretch: nothing inside it was measured, so it is never (part of) a rep. */
class GpsGapTest {
    private final RepDetector detector = new RepDetector();

    @Test
    void aRecordingGapInsideARepDropsThatRepAndTheNotesSayWhere() {
        Spec spec = Spec.distanceReps(6, 800, Spec.speedForPace(225)).toBuilder().laps(LapMode.NONE).build();
        GeneratedSession g = SessionGenerator.intervals(41, spec);
        TrueRep third = g.reps().get(2);
        double from = third.startS() + 40;
        double to = from + 45;
        Activity holed = withoutSamples(g.activity(), from, to);

        Session s = detector.detect(holed, DetectMode.SIGNAL);

        assertThat(s.reps()).as(g.description()).hasSize(5)
                .noneMatch(r -> r.startS() < to && r.endS() > from);
        assertThat(s.notes()).as("notes").anyMatch(n -> n.contains("recording gap of 4") && n.contains("no rep"));
    }

    @Test
    void theSameSessionWithoutTheGapGivesAllItsReps() {
        Spec spec = Spec.distanceReps(6, 800, Spec.speedForPace(225)).toBuilder().laps(LapMode.NONE).build();
        GeneratedSession g = SessionGenerator.intervals(41, spec);
        assertThat(detector.detect(g.activity(), DetectMode.SIGNAL).reps()).hasSize(6);
    }

    /** The activity with every sample strictly between {@code from} and {@code to} removed (a GPS dropout). */
    static Activity withoutSamples(Activity a, double from, double to) {
        Samples s = a.samples();
        int[] keep = IntStream.range(0, s.size()).filter(i -> !(s.time(i) > from && s.time(i) < to)).toArray();
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            double[] all = s.column(c);
            double[] kept = new double[keep.length];
            for (int j = 0; j < keep.length; j++) {
                kept[j] = all[keep[j]];
            }
            cols.put(c, kept);
        }
        return new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), Samples.of(keep.length, cols), a.laps(), a.workoutSteps(), a.pauses(), a.segments(),
                a.device(), a.warnings());
    }
}
