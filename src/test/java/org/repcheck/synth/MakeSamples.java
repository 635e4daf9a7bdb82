package org.repcheck.synth;

import static org.repcheck.synth.Spec.speedForPace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.repcheck.io.fit.FitWriter;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.Spec.RecoveryKind;

/**
 * Writes the project's {@code samples/} folder: a 5 km time trial in 20:00 and the sessions after it that show
 * what repcheck does (see README). Seeded and free of wall-clock time, so every run writes the same bytes;
 * {@code SamplesTest} checks that against the committed files.
 *
 * <p>Usage: {@code MakeSamples OUTPUT_DIR} (or {@code scripts/make-samples}).
 */
public final class MakeSamples {
    /** The TT the samples are judged against: 5 km in 20:00, i.e. 240 s/km. */
    public static final Instant TT_START = Instant.parse("2026-10-04T08:00:00Z");
    private static final String DEVICE = "garmin forerunner745";

    public static final String TT = "tt_5k_2026-10-04.fit";
    public static final String W6X400 = "intervals_6x400_workout.fit";
    public static final String W5X1K = "intervals_5x1k_manual_laps.fit";
    public static final String W8X400 = "intervals_8x400_no_laps.gpx";
    public static final String STEADY = "steady_autolaps.fit";
    public static final String TREADMILL = "treadmill_no_gps.fit";
    public static final String W4X6MIN = "intervals_4x6min.tcx";
    public static final String ATHLETE = "athlete.yaml";

    /** Every file written, in the order written. */
    public static final List<String> FILES = List.of(TT, W6X400, W5X1K, W8X400, STEADY, TREADMILL, W4X6MIN, ATHLETE);

    private MakeSamples() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MakeSamples OUTPUT_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        writeAll(dir);
        for (String f : FILES) {
            System.out.printf("%-34s %8d bytes%n", f, Files.size(dir.resolve(f)));
        }
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeFit(timeTrial(), dir.resolve(TT));

        // 6 x 400 m as a structured workout: the first three overcooked (215 s/km), the last three on target.
        double hot = speedForPace(215);
        double ok = speedForPace(229.0);
        Spec s6 = Spec.distanceReps(6, 400, ok).toBuilder()
                .repSpeeds(List.of(hot, hot, hot, ok, ok, ok))
                .recovery(RecoveryKind.JOG, 90).jogSpeed(speedForPace(420)).easySpeed(speedForPace(320))
                .warmup(900).cooldown(600).laps(LapMode.WORKOUT).gpsNoise(0.6).build();
        writeFit(restamp(pick(6400, s6, 1, 3, 0, 220, 4, 6, 229.2, 230.8).activity(), W6X400,
                "2026-10-07T17:30:00Z", "track"), dir.resolve(W6X400));

        // 5 x 1 km on target with manual laps at every rep and recovery.
        Spec s5 = Spec.distanceReps(5, 1000, speedForPace(236.1)).toBuilder()
                .recovery(RecoveryKind.JOG, 120).jogSpeed(speedForPace(400)).easySpeed(speedForPace(320))
                .warmup(900).cooldown(600).laps(LapMode.MANUAL_AT_REPS).gpsNoise(0.6).build();
        writeFit(restamp(pick(5100, s5, 1, 5, 235.9, 237.3, 1, 5, 235.9, 237.3).activity(), W5X1K,
                "2026-10-14T17:30:00Z", ""), dir.resolve(W5X1K));

        // 8 x 400 m in a GPX track: positions, time and HR only, no laps. Mixed: some fast, some on, one slow.
        List<Double> mixed = new ArrayList<>();
        for (double p : new double[] {222, 228, 228.5, 218, 229, 228, 229.5, 240}) {
            mixed.add(speedForPace(p));
        }
        Spec s8 = Spec.distanceReps(8, 400, speedForPace(230)).toBuilder()
                .repSpeeds(mixed).recovery(RecoveryKind.JOG, 90).jogSpeed(speedForPace(420))
                .easySpeed(speedForPace(320)).warmup(900).cooldown(600).laps(LapMode.NONE)
                .distanceChannel(false).speedChannel(false).gpsNoise(0.8).build();
        GpxWriter.write(restamp(SessionGenerator.intervals(8400, s8).activity(), W8X400,
                "2026-10-21T17:30:00Z", ""), dir.resolve(W8X400));

        writeFit(restamp(steady(), STEADY, "2026-10-11T07:30:00Z", ""), dir.resolve(STEADY));

        // Treadmill: 5 x 800 m, manual laps, distance and speed from the footpod, no positions.
        Spec tm = Spec.distanceReps(5, 800, speedForPace(234.4)).toBuilder()
                .recovery(RecoveryKind.WALK, 90).easySpeed(speedForPace(330))
                .warmup(600).cooldown(420).laps(LapMode.MANUAL_AT_REPS).gpsNoise(0.4).build();
        writeFit(noGps(restamp(pick(800, tm, 1, 5, 234.3, 235.6, 1, 5, 234.3, 235.6).activity(), TREADMILL,
                "2026-11-04T06:15:00Z", "treadmill")), dir.resolve(TREADMILL));

        // 4 x 6 min with laps, exported as TCX.
        Spec t4 = Spec.timeReps(4, 360, speedForPace(243)).toBuilder()
                .recovery(RecoveryKind.JOG, 120).jogSpeed(speedForPace(400)).easySpeed(speedForPace(320))
                .warmup(900).cooldown(600).laps(LapMode.MANUAL_AT_REPS).recording(Spec.Recording.SMART)
                .gpsNoise(0.6).build();
        TcxWriter.write(restamp(SessionGenerator.intervals(4600, t4).activity(), W4X6MIN,
                "2026-11-11T17:30:00Z", ""), dir.resolve(W4X6MIN));

        Files.writeString(dir.resolve(ATHLETE), """
                # The runner behind the samples: a 5 km time trial in 20:00 (samples/tt_5k_2026-10-04.fit),
                # in force for every workout after it.
                name: Sam Ple
                time_trials:
                  - { distance: 5k, time: "20:00", date: 2026-10-04 }
                model: coach
                """, StandardCharsets.UTF_8);
    }

    /** FIT bytes written plainly (FitWriter's own temp-file route leaves them readable by the owner only). */
    static void writeFit(Activity a, Path out) throws IOException {
        Files.write(out, FitWriter.write(a));
    }

    /**
     * The first session from {@code seed} on whose true reps (what the simulated runner really ran, before any
     * device error) reps a..b ran at paces in [lo1, hi1] s/km and reps c..d in [lo2, hi2]: the runner's wobble
     * moves a rep's pace by a few s/km, so the samples pick a seed where the runner did what the file name says.
     */
    static GeneratedSession pick(long seed, Spec spec, int a, int b, double lo1, double hi1, int c, int d,
                                 double lo2, double hi2) {
        for (long s = seed; s < seed + 10_000; s++) {
            GeneratedSession g = SessionGenerator.intervals(s, spec);
            if (paceIn(g, a, b, lo1, hi1) && paceIn(g, c, d, lo2, hi2)) {
                return g;
            }
        }
        throw new IllegalStateException("no seed fits " + spec);
    }

    private static boolean paceIn(GeneratedSession g, int from, int to, double lo, double hi) {
        for (TrueRep r : g.reps()) {
            double pace = 1000 / r.speedMps();
            if (r.index() >= from && r.index() <= to && (pace < lo || pace > hi)) {
                return false;
            }
        }
        return true;
    }

    /** The same activity as a named file on a given date, with a device and optional sub-sport. */
    static Activity restamp(Activity a, String name, String start, String subSport) {
        List<Segment> segs = a.segments().stream()
                .map(s -> new Segment(s.sport(), subSport, s.range(), s.distanceM())).toList();
        Format format = name.endsWith(".gpx") ? Format.GPX : name.endsWith(".tcx") ? Format.TCX : Format.FIT;
        return new Activity(name, format, a.sport(), subSport, Optional.of(Instant.parse(start)), a.elapsedS(),
                a.timerS(), a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(), segs,
                Optional.of(DEVICE), a.warnings());
    }

    /** Without positions (a treadmill): distance and speed are the footpod's. */
    static Activity noGps(Activity a) {
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Channel c : new Channel[] {Channel.TIME, Channel.DISTANCE, Channel.SPEED, Channel.HR}) {
            cols.put(c, a.samples().column(c));
        }
        return new Activity(a.source(), a.format(), a.sport(), a.subSport(), a.start(), a.elapsedS(), a.timerS(),
                a.distanceM(), Samples.of(a.samples().size(), cols), a.laps(), a.workoutSteps(), a.pauses(),
                a.segments(), a.device(), a.warnings());
    }

    /** A steady run with 1 km auto-laps: the first seed whose run is recorded every second, with distance. */
    static Activity steady() {
        for (long seed = 1000; ; seed++) {
            Activity a = SessionGenerator.steady(seed, LapMode.AUTO_KM).activity();
            if (a.samples().has(Channel.DISTANCE) && a.samples().has(Channel.SPEED)
                    && a.samples().size() > 0.95 * a.elapsedS() && a.elapsedS() > 2400 && a.elapsedS() < 4000
                    && a.laps().size() > 5) {
                return a;
            }
        }
    }

    /**
     * The time trial: 5000 m in exactly 1200 s on a road loop, a sample every second, a fast first minute and a
     * little fade, HR climbing to the high 180s, 1 km auto-laps.
     */
    static Activity timeTrial() {
        SplittableRandom rnd = new SplittableRandom(5000);
        int n = 1201;
        double[] t = new double[n];
        double[] v = new double[n];
        double wobble = 0;
        for (int i = 0; i < n; i++) {
            t[i] = i;
            wobble = 0.9 * wobble + Math.sqrt(1 - 0.81) * 0.015 * rnd.nextGaussian();
            double shape = 1 + 0.02 * Math.exp(-i / 90.0) - 0.01 * i / 1200.0;
            v[i] = i == 0 ? 0 : Math.min(1, i / 4.0) * shape * (1 + wobble);
        }
        double[] d = new double[n];
        for (int i = 1; i < n; i++) {
            d[i] = d[i - 1] + 0.5 * (v[i - 1] + v[i]);
        }
        double scale = 5000 / d[n - 1];
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] alt = new double[n];
        double[] hr = new double[n];
        double loop = 1250;
        double h = 95;
        for (int i = 0; i < n; i++) {
            d[i] *= scale;
            v[i] *= scale;
            double ang = 2 * Math.PI * d[i] / loop;
            double r = loop / (2 * Math.PI);
            double north = r * Math.sin(ang) + 1.5 * rnd.nextGaussian();
            double east = r * (1 - Math.cos(ang)) + 1.5 * rnd.nextGaussian();
            lat[i] = Math.round((52.3600 + north / 111_320.0) * 1e7) / 1e7;
            lon[i] = Math.round((4.8800 + east / (111_320.0 * Math.cos(Math.toRadians(52.36)))) * 1e7) / 1e7;
            alt[i] = Math.round((4 + 2 * Math.sin(ang) + 0.3 * rnd.nextGaussian()) * 10) / 10.0;
            double target = 150 + 38 * (1 - Math.exp(-i / 240.0));
            h += (target - h) / 20.0;
            hr[i] = Math.round(h + rnd.nextGaussian());
        }
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.TIME, t);
        cols.put(Channel.DISTANCE, d);
        cols.put(Channel.SPEED, v);
        cols.put(Channel.LAT, lat);
        cols.put(Channel.LON, lon);
        cols.put(Channel.ALTITUDE, alt);
        cols.put(Channel.HR, hr);
        List<Lap> laps = new ArrayList<>();
        double prev = 0;
        for (int k = 1; k <= 5; k++) {
            double at = k == 5 ? 1200 : timeAt(t, d, k * 1000.0);
            laps.add(new Lap(prev, at - prev, at - prev, 1000, Intensity.ACTIVE,
                    k == 5 ? LapTrigger.SESSION_END : LapTrigger.DISTANCE, OptionalInt.empty(),
                    mean(t, hr, prev, at), max(t, hr, prev, at)));
            prev = at;
        }
        return new Activity(TT, Format.FIT, "running", "road", Optional.of(TT_START), 1200, 1200, 5000,
                Samples.of(n, cols), laps, List.of(), Collections.<TimeRange>emptyList(),
                List.of(new Segment("running", "road", new TimeRange(0, 1200), 5000)), Optional.of(DEVICE),
                List.of());
    }

    private static double timeAt(double[] t, double[] d, double dist) {
        for (int i = 1; i < d.length; i++) {
            if (d[i] >= dist) {
                return t[i - 1] + (dist - d[i - 1]) / (d[i] - d[i - 1]) * (t[i] - t[i - 1]);
            }
        }
        return t[t.length - 1];
    }

    private static double mean(double[] t, double[] x, double from, double to) {
        double s = 0;
        int k = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] < to) {
                s += x[i];
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }

    private static double max(double[] t, double[] x, double from, double to) {
        double m = Double.NaN;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] < to) {
                m = Double.isNaN(m) ? x[i] : Math.max(m, x[i]);
            }
        }
        return m;
    }
}
