package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;
import org.repcheck.model.WorkoutStep;
import org.repcheck.model.WorkoutStep.Duration;

/** What FitWriter writes, FitReader reads back — equal within the FIT resolution. */
class FitRoundTripTest {
    static final Instant START = Instant.parse("2026-05-11T07:30:00Z");
    /** One semicircle is 8.4e-8°; allow for float rounding on top. */
    static final double POSITION_DEG = 1e-6;
    static final double DISTANCE_M = 0.01;

    /** A track session: 1 s samples with a 30 s pause at 300 s, laps run off a workout with a nested repeat. */
    static Activity trackSession() {
        int n = 600;
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) {
            cols.put(c, new double[n]);
        }
        for (int i = 0; i < n; i++) {
            // The pause: no samples from 300 s to 330 s.
            double t = i < 300 ? i : i + 30;
            double moving = i;
            cols.get(Channel.TIME)[i] = t;
            cols.get(Channel.DISTANCE)[i] = moving * 3.37;
            cols.get(Channel.SPEED)[i] = 3.37;
            cols.get(Channel.LAT)[i] = 51.5 + moving * 3.0e-5;
            cols.get(Channel.LON)[i] = -0.1234567 + moving * 1.0e-5;
            cols.get(Channel.ALTITUDE)[i] = 35.2 + (i % 7) * 0.2;
            cols.get(Channel.HR)[i] = 120 + (i % 50);
            cols.get(Channel.CADENCE)[i] = 85 + (i % 5);
            cols.get(Channel.POWER)[i] = i % 3 == 0 ? Double.NaN : 250 + i % 10;
        }
        Samples samples = Samples.of(n, cols);
        List<Lap> laps = List.of(
                new Lap(0, 120, 120, 404.4, Intensity.WARMUP, LapTrigger.MANUAL, OptionalInt.of(0), 125, 140),
                new Lap(120, 119, 119, 401.03, Intensity.INTERVAL, LapTrigger.DISTANCE, OptionalInt.of(1), 160, 171),
                new Lap(239, 121, 91, 306.67, Intensity.RECOVERY, LapTrigger.TIME, OptionalInt.of(2), 140, 150),
                new Lap(360, 270, 270, 909.9, Intensity.COOLDOWN, LapTrigger.SESSION_END, OptionalInt.empty(),
                        Double.NaN, Double.NaN));
        List<WorkoutStep> steps = List.of(
                new WorkoutStep(0, "warm up", Intensity.WARMUP, Duration.TIME, 120, -1, 0),
                new WorkoutStep(1, "400 fast", Intensity.INTERVAL, Duration.DISTANCE, 400, -1, 0),
                new WorkoutStep(2, "jog", Intensity.RECOVERY, Duration.TIME, 90, -1, 0),
                new WorkoutStep(3, "", Intensity.ACTIVE, Duration.REPEAT, Double.NaN, 1, 4),
                new WorkoutStep(4, "set rest", Intensity.REST, Duration.TIME, 180, -1, 0),
                new WorkoutStep(5, "", Intensity.ACTIVE, Duration.REPEAT, Double.NaN, 1, 2),
                new WorkoutStep(6, "cool down", Intensity.COOLDOWN, Duration.OPEN, Double.NaN, -1, 0));
        return new Activity("track.fit", Format.FIT, "running", "track", Optional.of(START), 630, 600,
                samples.distance(n - 1), samples, laps, steps, List.of(new TimeRange(300, 330)),
                List.of(new Segment("running", "track", new TimeRange(0, 630), samples.distance(n - 1))),
                Optional.of("garmin forerunner745"), List.of());
    }

    static Activity readBack(byte[] fit) throws Exception {
        return new FitReader().read("back.fit", new ByteArrayInputStream(fit));
    }

    @Test
    void samplesSurviveAtFitResolution() throws Exception {
        Activity a = trackSession();
        Activity b = readBack(FitWriter.write(a));

        assertThat(b.warnings()).isEmpty();
        assertThat(b.start()).contains(START);
        assertThat(b.samples().size()).isEqualTo(a.samples().size());
        Samples x = a.samples();
        Samples y = b.samples();
        for (int i = 0; i < x.size(); i++) {
            assertThat(y.time(i)).as("time %d", i).isEqualTo(x.time(i));
            assertThat(y.lat(i)).as("lat %d", i).isCloseTo(x.lat(i), within(POSITION_DEG));
            assertThat(y.lon(i)).as("lon %d", i).isCloseTo(x.lon(i), within(POSITION_DEG));
            assertThat(y.distance(i)).as("distance %d", i).isCloseTo(x.distance(i), within(DISTANCE_M));
            assertThat(y.speed(i)).as("speed %d", i).isCloseTo(x.speed(i), within(0.001));
            assertThat(y.altitude(i)).as("altitude %d", i).isCloseTo(x.altitude(i), within(0.2));
            assertThat(y.hr(i)).as("hr %d", i).isEqualTo(x.hr(i));
            assertThat(y.cadence(i)).as("cadence %d", i).isEqualTo(x.cadence(i));
            assertThat(Double.valueOf(y.power(i))).as("power %d (NaN where none)", i).isEqualTo(Double.valueOf(x.power(i)));
        }
    }

    @Test
    void summaryDeviceAndPausesSurvive() throws Exception {
        Activity a = trackSession();
        Activity b = readBack(FitWriter.write(a));

        assertThat(b.format()).isEqualTo(Format.FIT);
        assertThat(b.sport()).isEqualTo("running");
        assertThat(b.subSport()).isEqualTo("track");
        assertThat(b.device()).contains("garmin forerunner745");
        assertThat(b.elapsedS()).isEqualTo(630);
        assertThat(b.timerS()).isEqualTo(600);
        assertThat(b.distanceM()).isCloseTo(a.distanceM(), within(DISTANCE_M));
        assertThat(b.pauses()).containsExactly(new TimeRange(300, 330));
        assertThat(b.segments()).hasSize(1);
        assertThat(b.segments().get(0).sport()).isEqualTo("running");
        assertThat(b.segments().get(0).range()).isEqualTo(new TimeRange(0, 630));
    }

    @Test
    void lapsKeepIntensityTriggerAndWorkoutStep() throws Exception {
        Activity a = trackSession();
        Activity b = readBack(FitWriter.write(a));

        assertThat(b.laps()).hasSameSizeAs(a.laps());
        for (int i = 0; i < a.laps().size(); i++) {
            Lap want = a.laps().get(i);
            Lap got = b.laps().get(i);
            assertThat(got.startS()).isEqualTo(want.startS());
            assertThat(got.elapsedS()).isCloseTo(want.elapsedS(), within(0.001));
            assertThat(got.timerS()).isCloseTo(want.timerS(), within(0.001));
            assertThat(got.distanceM()).isCloseTo(want.distanceM(), within(DISTANCE_M));
            assertThat(got.intensity()).isEqualTo(want.intensity());
            assertThat(got.trigger()).isEqualTo(want.trigger());
            assertThat(got.wktStepIndex()).isEqualTo(want.wktStepIndex());
            assertThat(Double.valueOf(got.avgHr())).isEqualTo(Double.valueOf(want.avgHr()));
            assertThat(Double.valueOf(got.maxHr())).isEqualTo(Double.valueOf(want.maxHr()));
        }
    }

    @Test
    void workoutStepsKeepNestedRepeats() throws Exception {
        Activity a = trackSession();
        Activity b = readBack(FitWriter.write(a));

        // Record equality compares doubles like Double.equals: NaN (no duration value) equals NaN.
        assertThat(b.workoutSteps()).containsExactlyElementsOf(a.workoutSteps());
        WorkoutStep outer = b.workoutSteps().get(5);
        assertThat(outer.isRepeat()).isTrue();
        assertThat(outer.repeatFrom()).isEqualTo(1);
        assertThat(outer.repeatCount()).isEqualTo(2);
    }

    @Test
    void severalSportsReadBackAsMultisport() throws Exception {
        Activity run = trackSession();
        Activity brick = new Activity("brick.fit", Format.FIT, "multisport", "", run.start(), 630, 600,
                run.distanceM(), run.samples(), List.of(), List.of(), run.pauses(),
                List.of(new Segment("cycling", "road", new TimeRange(0, 300), 1000),
                        new Segment("running", "street", new TimeRange(330, 630), 1011.3)),
                Optional.empty(), List.of());
        Activity b = readBack(FitWriter.write(brick));

        assertThat(b.sport()).isEqualTo("multisport");
        assertThat(b.segments()).extracting(Segment::sport).containsExactly("cycling", "running");
        assertThat(b.distanceM()).isCloseTo(2011.3, within(DISTANCE_M));
        assertThat(b.isRunning()).isTrue();
    }

    @Test
    void writesAFileTheReadersSniffAsFit(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("track.fit");
        FitWriter.write(trackSession(), out);

        assertThat(Files.size(out)).isGreaterThan(14);
        assertThat(new Readers().read(out).samples().size()).isEqualTo(600);
    }
}
