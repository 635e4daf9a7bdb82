package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.Session;
import org.repcheck.model.TimeRange;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.Spec.RecoveryKind;

/** The cascade as a whole: which level answers, what it says when none does, recoveries, odd activities. */
class RepDetectorTest {
    private final RepDetector detector = new RepDetector();

    @Test
    void oneDetectorServesManyThreadsWithTheSameAnswers() {
        List<Activity> activities = java.util.stream.LongStream.range(0, 24)
                .mapToObj(seed -> SessionGenerator.randomIntervals(300 + seed).activity()).toList();
        List<List<Rep>> sequential = activities.stream().map(a -> detector.detect(a, DetectMode.AUTO).reps()).toList();
        List<List<Rep>> parallel = activities.parallelStream().map(a -> detector.detect(a, DetectMode.AUTO).reps())
                .toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void aTrackWithoutTimesHasNoRepsAndSaysWhy() {
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        int n = 500;
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 52 + i * 1e-5;
            lon[i] = 4;
            time[i] = Double.NaN;
        }
        cols.put(Channel.LAT, lat);
        cols.put(Channel.LON, lon);
        cols.put(Channel.TIME, time);
        Activity drawn = new Activity("route.gpx", Format.GPX, "unknown", "", Optional.empty(), Double.NaN,
                Double.NaN, Double.NaN, Samples.of(n, cols), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), List.of());
        for (DetectMode mode : DetectMode.values()) {
            Session s = detector.detect(drawn, mode);
            assertThat(s.source()).isEqualTo(RepSource.NONE);
            assertThat(s.reps()).isEmpty();
            assertThat(s.notes()).contains("no time axis: reps need times");
        }
    }

    @Test
    void autoFallsThroughAutoLapsToTheSignal() {
        Spec spec = Spec.distanceReps(8, 400, Spec.speedForPace(220)).toBuilder().laps(LapMode.AUTO_KM).build();
        GeneratedSession g = SessionGenerator.intervals(21, spec);
        Session s = detector.detect(g.activity(), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.SIGNAL);
        assertThat(s.reps()).hasSize(8).allMatch(r -> r.distanceM() == 400.0);
        assertThat(s.notes()).anyMatch(n -> n.startsWith("laps:"));
    }

    @Test
    void forcedLapsOnAFileWithoutLapsFindsNothingAndSaysWhy() {
        GeneratedSession g = SessionGenerator.intervals(22, Spec.distanceReps(8, 400, Spec.speedForPace(220)));
        Session s = detector.detect(g.activity(), DetectMode.LAPS);
        assertThat(s.source()).isEqualTo(RepSource.NONE);
        assertThat(s.notes()).anyMatch(n -> n.startsWith("laps:"));
    }

    @Test
    void recoveriesCarryDurationDistanceHeartRateAndItsDrop() {
        Spec spec = Spec.distanceReps(6, 800, Spec.speedForPace(225)).toBuilder()
                .recovery(RecoveryKind.JOG, 120)
                .build();
        GeneratedSession g = SessionGenerator.intervals(23, spec);
        Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.reps()).hasSize(6);
        assertThat(s.recoveries()).hasSize(5);
        for (Recovery r : s.recoveries()) {
            Rep before = s.reps().get(r.afterRep() - 1);
            Rep after = s.reps().get(r.afterRep());
            assertThat(r.startS()).isEqualTo(before.endS());
            assertThat(r.endS()).isEqualTo(after.startS());
            assertThat(r.durationS()).isCloseTo(120, within(8.0));
            assertThat(r.distanceM()).isGreaterThan(150);
            assertThat(r.standing()).isFalse();
            assertThat(r.avgHr()).isLessThan(before.maxHr());
            assertThat(r.hrDrop()).isGreaterThan(5);
        }
        assertThat(s.reps()).allSatisfy(r -> assertThat(r.avgHr()).isBetween(100.0, 200.0));
    }

    @Test
    void standingRecoveriesAreStanding() {
        Spec spec = Spec.distanceReps(6, 400, Spec.speedForPace(215)).toBuilder()
                .recovery(RecoveryKind.STAND, 90)
                .build();
        Session s = detector.detect(SessionGenerator.intervals(24, spec).activity(), DetectMode.SIGNAL);
        assertThat(s.recoveries()).hasSize(5).allMatch(Recovery::standing);
    }

    @Test
    void repDurationLeavesOutAPauseInsideTheRep() {
        GeneratedSession g = SessionGenerator.intervals(25,
                Spec.distanceReps(5, 1000, Spec.speedForPace(225)).toBuilder().laps(LapMode.MANUAL_AT_REPS).build());
        Activity a = g.activity();
        Rep plain = detector.detect(a, DetectMode.LAPS).reps().get(2);
        // The watch auto-paused for 20 s in the middle of rep 3 (a crossing): the lap's timer says so too.
        double mid = 0.5 * (plain.startS() + plain.endS());
        TimeRange pause = new TimeRange(mid, mid + 20);
        var laps = a.laps().stream().map(l -> l.startS() < mid && l.endS() > mid
                ? new org.repcheck.model.Lap(l.startS(), l.elapsedS(), l.timerS() - 20, l.distanceM(), l.intensity(),
                        l.trigger(), l.wktStepIndex(), l.avgHr(), l.maxHr())
                : l).toList();
        Activity paused = new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), a.elapsedS(),
                a.timerS() - 20, a.distanceM(), a.samples(), laps, a.workoutSteps(), List.of(pause), a.segments(),
                a.device(), a.warnings());
        Rep r = detector.detect(paused, DetectMode.LAPS).reps().get(2);
        assertThat(r.durationS()).isCloseTo(plain.durationS() - 20, within(0.5));
    }

    @Test
    void theSignalTreatsAPauseAsARecovery() {
        GeneratedSession g = SessionGenerator.intervals(29,
                Spec.distanceReps(5, 1000, Spec.speedForPace(225)).toBuilder().recovery(RecoveryKind.PAUSED, 90).build());
        assertThat(g.activity().pauses()).hasSize(4);
        Session s = detector.detect(g.activity(), DetectMode.SIGNAL);
        assertThat(s.reps()).hasSize(5);
        assertThat(s.recoveries()).hasSize(4).allMatch(Recovery::standing);
        for (int i = 0; i < 4; i++) {
            TimeRange p = g.activity().pauses().get(i);
            assertThat(s.reps().get(i).endS()).isLessThanOrEqualTo(p.startS() + 1);
            assertThat(s.reps().get(i + 1).startS()).isGreaterThanOrEqualTo(p.endS() - 1);
        }
    }

    @Test
    void aRideHasNoLapOrSignalRepsAndSaysWhy() {
        Activity a = SessionGenerator.intervals(26, Spec.distanceReps(8, 400, Spec.speedForPace(220))).activity();
        Activity ride = new Activity(a.source(), a.format(), "cycling", "road", a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(),
                List.of(new Segment("cycling", "road", new TimeRange(0, a.elapsedS()), a.distanceM())), a.device(),
                a.warnings());
        Session s = detector.detect(ride, DetectMode.AUTO);
        assertThat(s.reps()).isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.contains("sport is cycling"));
    }

    @Test
    void aMultisportActivityIsSearchedOnlyInItsRunningSegment() {
        GeneratedSession g = SessionGenerator.intervals(27, Spec.distanceReps(8, 400, Spec.speedForPace(220)));
        Activity a = g.activity();
        // Call everything before the fifth rep's recovery a bike leg: only reps 6-8 are in the run.
        double split = g.reps().get(4).endS() + 30;
        Activity multi = new Activity(a.source(), a.format(), "multisport", "", a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(),
                List.of(new Segment("cycling", "", new TimeRange(0, split), Double.NaN),
                        new Segment("running", "", new TimeRange(split, a.elapsedS()), Double.NaN)),
                a.device(), a.warnings());
        Session s = detector.detect(multi, DetectMode.AUTO);
        assertThat(s.reps()).hasSize(3).allMatch(r -> r.startS() > split);
    }

    @Test
    void smartRecordingWithoutSpeedOrDistanceChannelsStillFindsTheReps() {
        // A GPX-style track: positions and times only, irregular sampling.
        Spec spec = Spec.distanceReps(6, 1000, Spec.speedForPace(230)).toBuilder()
                .recording(Spec.Recording.SMART)
                .distanceChannel(false)
                .speedChannel(false)
                .build();
        GeneratedSession g = SessionGenerator.intervals(28, spec);
        assertThat(g.activity().samples().has(Channel.DISTANCE)).isFalse();
        Session s = detector.detect(g.activity(), DetectMode.AUTO);
        assertThat(s.source()).isEqualTo(RepSource.SIGNAL);
        assertThat(s.reps()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(s.reps().get(i).startS()).isCloseTo(g.reps().get(i).startS(), within(6.0));
        }
    }
}
