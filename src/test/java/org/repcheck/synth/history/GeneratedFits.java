package org.repcheck.synth.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.repcheck.history.GradeAdjust;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.Intensity;
import org.repcheck.model.Lap;
import org.repcheck.model.LapTrigger;
import org.repcheck.model.Samples;
import org.repcheck.model.Segment;
import org.repcheck.model.TimeRange;
import org.repcheck.synth.GeneratedSession;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;

/**
 * A generated history's runs as activities for the project's FIT writer: easy and long runs simulated every second
 * from their truth (the runner holds a flat-equivalent speed with a 1 % wobble, the real speed follows the grade by
 * Minetti's cost, HR steady at the day's value ± 1 bpm, cadence 84 spm per foot, GPS track and altitude), interval
 * sessions from the project's session generator (6 × 800 m with manual laps at the reps). Each steady run also
 * gives the truth of its 60 s windows, laid as the digest lays them (from 10 min on, end to end), for the digest to
 * be checked against.
 */
public final class GeneratedFits {
    static final double HILL_AMPLITUDE_M = 5;
    static final double HILL_LENGTH_M = 1500;

    private GeneratedFits() {
    }

    /** An activity and, for a steady run, its true windows: {start s, mean HR bpm, mean flat speed m/s}. */
    public record Run(PlannedRun plan, Activity activity, List<double[]> trueWindows) {
    }

    public static Run of(PlannedRun r, Runner runner, long seed) {
        return r.kind() == PlannedRun.Kind.INTERVAL ? session(r, runner, seed) : steady(r, seed);
    }

    private static Run session(PlannedRun r, Runner runner, long seed) {
        Spec spec = Spec.distanceReps(6, 800, r.flatSpeedMps()).toBuilder().laps(Spec.LapMode.MANUAL_AT_REPS)
                .easySpeed(runner.refSpeedMps()).build();
        GeneratedSession g = SessionGenerator.intervals(seed, spec);
        return new Run(r, moved(g.activity(), r), List.of());
    }

    private static Activity moved(Activity a, PlannedRun r) {
        return new Activity(r.id() + ".fit", a.format(), a.sport(), a.subSport(), Optional.of(r.start()),
                a.elapsedS(), a.timerS(), a.distanceM(), a.samples(), a.laps(), a.workoutSteps(), a.pauses(),
                a.segments(), a.device(), a.warnings(), Optional.of(HistoryGenerator.OFFSET));
    }

    private static Run steady(PlannedRun r, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = (int) r.durationS() + 1;
        double[] t = new double[n];
        double[] d = new double[n];
        double[] v = new double[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] alt = new double[n];
        double[] hr = new double[n];
        double[] cad = new double[n];
        double[] flat = new double[n];
        double wobble = 0;
        double dist = 0;
        for (int i = 0; i < n; i++) {
            wobble = 0.95 * wobble + Math.sqrt(1 - 0.95 * 0.95) * 0.01 * rnd.nextGaussian();
            flat[i] = r.flatSpeedMps() * (1 + wobble);
            double grade = r.hilly() ? HILL_AMPLITUDE_M * 2 * Math.PI / HILL_LENGTH_M
                    * Math.cos(2 * Math.PI * dist / HILL_LENGTH_M) : 0;
            double speed = GradeAdjust.speedOnGradeMps(flat[i], grade);
            t[i] = i;
            d[i] = dist;
            v[i] = speed;
            lat[i] = GeneratedDigests.HOME_LAT + dist / 111_320.0;
            lon[i] = GeneratedDigests.HOME_LON;
            alt[i] = 100 + (r.hilly() ? HILL_AMPLITUDE_M * Math.sin(2 * Math.PI * dist / HILL_LENGTH_M) : 0);
            hr[i] = Math.round(r.hrBpm() + rnd.nextGaussian());
            cad[i] = Math.round(84 + rnd.nextGaussian());
            dist += speed;
        }
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.TIME, t);
        cols.put(Channel.DISTANCE, d);
        cols.put(Channel.SPEED, v);
        cols.put(Channel.LAT, lat);
        cols.put(Channel.LON, lon);
        cols.put(Channel.ALTITUDE, alt);
        cols.put(Channel.HR, hr);
        cols.put(Channel.CADENCE, cad);
        double total = d[n - 1];
        double dur = n - 1;
        Lap lap = new Lap(0, dur, dur, total, Intensity.ACTIVE, LapTrigger.SESSION_END, OptionalInt.empty(),
                r.hrBpm(), r.hrBpm() + 3);
        Activity a = new Activity(r.id() + ".fit", Format.FIT, "running", "generic", Optional.of(r.start()), dur, dur,
                total, Samples.of(n, cols), List.of(lap), List.of(), List.of(),
                List.of(new Segment("running", "generic", new TimeRange(0, dur), total)), Optional.empty(),
                List.of(), Optional.of(HistoryGenerator.OFFSET));
        return new Run(r, a, windows(t, hr, flat));
    }

    /** Windows from 600 s on, end to end, each its 61 samples' mean (the digest includes both ends). */
    private static List<double[]> windows(double[] t, double[] hr, double[] flat) {
        List<double[]> out = new ArrayList<>();
        for (int a = 600; a + 60 < t.length; a += 60) {
            double h = 0;
            double f = 0;
            for (int i = a; i <= a + 60; i++) {
                h += hr[i];
                f += flat[i];
            }
            out.add(new double[] {t[a], h / 61, f / 61});
        }
        return out;
    }
}
