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

    /**
     * A GPS that loses its fix while the watch goes on writing (positions blank, the time axis whole) leaves the rep
     * measured, on the watch's own distance, and the notes say which rep and where. Three real epix 2 runs have
     * such a stretch of 55-61 s.
     */
    @Test
    void aRepAcrossAStretchWithoutPositionsIsKeptAndTheNotesSayWhere() {
        Spec spec = Spec.distanceReps(6, 800, Spec.speedForPace(225)).toBuilder().laps(LapMode.NONE).build();
        GeneratedSession g = SessionGenerator.intervals(41, spec);
        TrueRep third = g.reps().get(2);
        Activity blind = withoutPositions(g.activity(), third.startS() + 40, third.startS() + 85);

        Session s = detector.detect(blind, DetectMode.SIGNAL);

        assertThat(s.reps()).hasSize(6);
        assertThat(s.notes()).as("notes").anyMatch(n -> n.startsWith("rep 3: the GPS had no position for 4"));
        assertThat(s.notes()).noneMatch(n -> n.startsWith("rep 2:") || n.startsWith("rep 4:"));
    }

    /** The activity with the positions of the samples strictly between {@code from} and {@code to} blanked. */
    static Activity withoutPositions(Activity a, double from, double to) {
        Samples s = a.samples();
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            double[] col = s.column(c).clone();
            if (c == Channel.LAT || c == Channel.LON) {
                for (int i = 0; i < col.length; i++) {
                    if (s.time(i) > from && s.time(i) < to) {
                        col[i] = Double.NaN;
                    }
                }
            }
            cols.put(c, col);
        }
        return RecordingVariantsTest.withSamples(a, Samples.of(s.size(), cols));
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
