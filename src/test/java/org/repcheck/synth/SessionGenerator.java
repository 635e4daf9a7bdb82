package org.repcheck.synth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

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
import org.repcheck.synth.Spec.LapFlags;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.Spec.RecoveryKind;
import org.repcheck.synth.Spec.Recording;

/**
 * Seeded generator of realistic running sessions with known truth, for scoring rep detection and for the project's
 * sample files, benchmarks and end-to-end tests. The same seed and spec always give the same activity.
 *
 * <p>What it models, and so what the scores mean:
 * <ul>
 * <li>The runner: speed simulated at 10 Hz; speed changes take 2-4 s (accelerating into a rep) and 3-5 s (easing
 * off); a 1.5-3 % wobble around the target speed (correlated over ~10 s); optional fade or a too-fast start;
 * rolling hills slow the climbs more than they speed the descents. A true rep runs from the moment the runner
 * starts to speed up until they start to ease off, and a distance rep covers exactly its distance.</li>
 * <li>The device: a sample every second, or "smart" recording (a sample every 1-8 s, sooner when the speed changes);
 * distance with a per-session scale error (σ 0.4 %) plus correlated jitter (σ 1.5 m, τ 15 s), kept monotone;
 * positions with correlated noise (σ 2.5 m); Doppler-like speed (σ 0.08 m/s), sometimes absent; GPS dropouts of 10-30 s (positions missing, distance stalls
 * then catches up); heart rate lagging effort (τ 20 s up, 40 s down); pauses with the timer stopped.</li>
 * <li>Laps and workouts: manual laps at the rep boundaries with human button timing, 1 km / 1 mile auto-laps,
 * random manual laps, or a structured workout (steps with nested repeats, one lap per step run).</li>
 * </ul>
 * {@link Spec#gpsNoise()} scales all device noise.
 */
public final class SessionGenerator {
    private static final double H = 0.1;
    private static final Instant START = Instant.parse("2026-05-11T07:30:00Z");
    private static final double LAT0 = 52.37;
    private static final double LON0 = 4.89;
    private static final double[] NOMINAL_REP_M =
            {200, 300, 400, 400, 500, 600, 800, 800, 1000, 1000, 1200, 1500, 1600, 1609.344, 2000, 3000};
    private static final double[] REP_S = {60, 90, 120, 180, 240, 300, 360};

    private SessionGenerator() {
    }

    // ------------------------------------------------------------------------------------------ public factories

    /** An interval session exactly as specified. */
    public static GeneratedSession intervals(long seed, Spec spec) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Phase> phases = new ArrayList<>();
        addWarmup(rnd, spec, phases);
        int repIndex = 0;
        double maxRep = 0;
        for (int s = 0; s < spec.sets(); s++) {
            for (int r = 0; r < spec.reps(); r++) {
                double v = spec.repSpeed(repIndex);
                maxRep = Math.max(maxRep, v);
                double surge = repIndex == 0 ? spec.surgeShare() : 0;
                phases.add(new Phase(Kind.REP, spec.repDistanceM(), spec.repDurationS(), v, v, repIndex++, 1, false,
                        false, 2 + 2 * rnd.nextDouble(), surge));
                if (r + 1 < spec.reps()) {
                    phases.add(recovery(spec, spec.recoveryS(), 2));
                }
            }
            if (s + 1 < spec.sets()) {
                phases.add(new Phase(Kind.SET_REST, Double.NaN, spec.setRecoveryS(), spec.jogSpeedMps(),
                        spec.jogSpeedMps(), -1, 4, false, false, 3 + 2 * rnd.nextDouble()));
            }
        }
        double cool = spec.fastCooldown() ? maxRep : spec.easySpeedMps();
        phases.add(new Phase(Kind.COOLDOWN, Double.NaN, spec.cooldownS(), cool, cool, -1, spec.sets() > 1 ? 6 : 4,
                false, false, 3 + 2 * rnd.nextDouble()));
        String what = (spec.timeBased() ? spec.totalReps() + " × " + (int) spec.repDurationS() + " s"
                : spec.totalReps() + " × " + (int) Math.round(spec.repDistanceM()) + " m")
                + (spec.sets() > 1 ? " in " + spec.sets() + " sets" : "") + ", " + spec.recovery().name().toLowerCase()
                + " " + (int) spec.recoveryS() + " s, " + spec.recording().name().toLowerCase()
                + ", laps " + spec.laps().name().toLowerCase() + (spec.hills() ? ", hills" : "")
                + (spec.dropouts() ? ", dropouts" : "") + (spec.distanceChannel() ? "" : ", gpx")
                + (spec.speedChannel() ? "" : ", no speed");
        return simulate(seed, spec, phases, what);
    }

    /** A random but realistic interval session (the mix the detection score is measured on). */
    public static GeneratedSession randomIntervals(long seed) {
        return intervals(seed, randomSpec(seed));
    }

    /** The spec {@link #randomIntervals} uses for a seed. */
    public static Spec randomSpec(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double v5 = uniform(rnd, 3.3, 5.0);
        boolean timeBased = rnd.nextDouble() < 0.3;
        Spec spec;
        int n;
        double factor;
        double recS;
        if (timeBased) {
            double dur = REP_S[rnd.nextInt(REP_S.length)];
            n = dur <= 120 ? 6 + rnd.nextInt(5) : 3 + rnd.nextInt(4);
            factor = dur <= 60 ? 1.10 : dur <= 120 ? 1.06 : dur <= 180 ? 1.04 : 1.01;
            recS = dur <= 120 ? uniform(rnd, 45, 120) : uniform(rnd, 90, 240);
            spec = Spec.timeReps(n, dur, v5 * factor);
        } else {
            double dist = NOMINAL_REP_M[rnd.nextInt(NOMINAL_REP_M.length)];
            n = dist <= 400 ? 6 + rnd.nextInt(7) : dist <= 1000 ? 4 + rnd.nextInt(5) : 3 + rnd.nextInt(3);
            factor = dist <= 200 ? 1.12 : dist <= 400 ? 1.08 : dist <= 800 ? 1.04 : dist <= 1000 ? 1.03
                    : dist <= 2000 ? 1.0 : 0.97;
            recS = dist <= 400 ? uniform(rnd, 45, 120) : uniform(rnd, 90, 240);
            spec = Spec.distanceReps(n, dist, v5 * factor);
        }
        int sets = rnd.nextDouble() < 0.15 && n >= 6 ? 2 : 1;
        int total = n * sets;
        List<Double> speeds = new ArrayList<>();
        double fade = rnd.nextDouble() < 0.3 ? uniform(rnd, -0.02, 0.0) : 0;
        int fastStart = rnd.nextDouble() < 0.3 ? 2 + rnd.nextInt(2) : 0;
        for (int i = 0; i < total; i++) {
            double v = v5 * factor * (1 + 0.015 * rnd.nextGaussian()) * (1 + fade * i / Math.max(1, total - 1));
            if (i < fastStart) {
                v *= 1.03;
            }
            speeds.add(v);
        }
        double easy = v5 * uniform(rnd, 0.72, 0.82);
        double p = rnd.nextDouble();
        RecoveryKind kind = p < 0.6 ? RecoveryKind.JOG : p < 0.75 ? RecoveryKind.STAND : p < 0.85 ? RecoveryKind.WALK
                : RecoveryKind.PAUSED;
        Spec.Builder b = spec.toBuilder()
                .repSpeeds(speeds)
                .recovery(kind, recS)
                .easySpeed(easy)
                .jogSpeed(easy * uniform(rnd, 0.7, 0.9))
                .warmup(uniform(rnd, 480, 1200))
                .cooldown(uniform(rnd, 300, 900))
                .sets(sets, uniform(rnd, 150, 300));
        return device(rnd, b).build();
    }

    /**
     * {@link #randomSpec} with what the real lapless sessions showed the first mix lacked: warm-up strides (3 in 10
     * sessions), a first rep that opens with a surge (1 in 4 of the long-rep sessions) and a watch without a
     * barometer (GPS altitude, σ 2-6 m). The σ is measured on the real lapless twins where terrain cancels: points
     * the runner passed again at least 5 minutes later, within 6 m, differ in altitude by a median 2.4-4.8 m on the
     * FR245 (no barometer; 8.6 m on an FR735XT), against 0.6-2.0 m on the barometric fenix, FR745 and epix; for a
     * slow random error that median is about σ. And a watch whose speed channel trails and is smoothed
     * ({@link #watchLag}, {@link #WATCH_SMOOTHING_SHARE}). Drawn
     * from a stream of their own, so the first mix stays as it was.
     */
    public static Spec realisticSpec(long seed) {
        Spec spec = randomSpec(seed);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        return spec.toBuilder()
                .warmupStrides(rnd.nextDouble() < 0.3 ? 2 + rnd.nextInt(3) : 0)
                .surgeShare(longRep(spec) && rnd.nextDouble() < 0.25 ? uniform(rnd, 0.1, 0.2) : 0)
                .altitudeNoise(rnd.nextDouble() < 0.4 ? uniform(rnd, 2, 6) : 0)
                .speedLag(watchLag(rnd))
                .build();
    }

    /**
     * A strides session, as the real 5 × 20 s strides twins run it: 10-20 min easy, then 4-8 strides of 15-25 s near
     * mile pace (25-40 % over 5 km pace), each followed by 60-120 s of walking or jogging, then 5-15 min easy.
     * Recorded as the realistic mix records. The strides are the reps.
     */
    public static Spec stridesSpec(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x51ED270BL);
        double v5 = uniform(rnd, 3.3, 5.0);
        double easy = v5 * uniform(rnd, 0.72, 0.82);
        Spec.Builder b = Spec.timeReps(4 + rnd.nextInt(5), uniform(rnd, 15, 25), v5 * uniform(rnd, 1.25, 1.40))
                .toBuilder()
                .recovery(rnd.nextDouble() < 0.5 ? RecoveryKind.WALK : RecoveryKind.JOG, uniform(rnd, 60, 120))
                .easySpeed(easy)
                .jogSpeed(easy * uniform(rnd, 0.7, 0.9))
                .warmup(uniform(rnd, 600, 1200))
                .cooldown(uniform(rnd, 300, 900));
        return realisticDevice(rnd, b).build();
    }

    /**
     * The watch and the ground of the first mix: smart or every-second recording, a Doppler speed channel or not, a
     * distance channel or only positions (a GPX), heart rate in 9 of 10, device noise, dropouts, hills.
     */
    private static Spec.Builder device(SplittableRandom rnd, Spec.Builder b) {
        return b.recording(rnd.nextDouble() < 0.4 ? Recording.SMART : Recording.EVERY_SECOND)
                .speedChannel(rnd.nextDouble() < 0.7)
                .distanceChannel(rnd.nextDouble() < 0.85)
                .heartRate(rnd.nextDouble() < 0.9)
                .gpsNoise(uniform(rnd, 0.5, 1.5))
                .dropouts(rnd.nextDouble() < 0.25)
                .hills(rnd.nextDouble() < 0.2);
    }

    /**
     * {@link #device}, a watch without a barometer (GPS altitude, σ 2-6 m) in 4 of 10 and a lagging, smoothed speed
     * channel.
     */
    private static Spec.Builder realisticDevice(SplittableRandom rnd, Spec.Builder b) {
        return device(rnd, b).altitudeNoise(rnd.nextDouble() < 0.4 ? uniform(rnd, 2, 6) : 0).speedLag(watchLag(rnd));
    }

    /**
     * How far a watch's speed channel trails: on the real GPS recordings of ../shared/corpus/reps the written speed
     * trails the watch's own distance by 3-12 s (median 5 s), lined up with it as closely as a pure delay would
     * allow (correlation 0.93-0.98 on clean files), so a delay of 2-8 s, in 9 watches of 10.
     */
    /**
     * A lagging watch also smooths its speed, with a time constant this share of its lag (lag 2-8 s: 0.7-2.8 s, about
     * the 2 s the real rep starts show: their speed channel rises from jog to rep a median 4.3 s slower than their
     * distance, in the 8 real 1 s FIT recordings that carry both).
     */
    static final double WATCH_SMOOTHING_SHARE = 0.35;

    private static double watchLag(SplittableRandom rnd) {
        return rnd.nextDouble() < 0.9 ? uniform(rnd, 2, 8) : 0;
    }

    /** Reps long enough that a surge at the start is a part of them (a 400 m rep is all surge). */
    private static boolean longRep(Spec spec) {
        return spec.timeBased() ? spec.repDurationS() >= 180 : spec.repDistanceM() >= 1000;
    }

    /** A steady run: one easy pace for 30-80 min with a few stops at crossings. No reps. */
    public static GeneratedSession steady(long seed, LapMode laps) {
        return steady(seed, laps, UnaryOperator.identity());
    }

    private static GeneratedSession steady(long seed, LapMode laps, UnaryOperator<Spec> device) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double v = uniform(rnd, 2.6, 4.2);
        List<Phase> phases = new ArrayList<>();
        double total = uniform(rnd, 1800, 4800);
        int stops = rnd.nextInt(3);
        double part = total / (stops + 1);
        for (int i = 0; i <= stops; i++) {
            phases.add(Phase.easy(Kind.EASY, part, v * (1 + 0.02 * rnd.nextGaussian())));
            if (i < stops) {
                phases.add(new Phase(Kind.EASY, Double.NaN, uniform(rnd, 10, 40), 0, 0, -1, -1, true, false, 3));
            }
        }
        return simulate(seed, device.apply(negativeSpec(rnd, v, laps)), phases,
                "steady run, laps " + laps.name().toLowerCase());
    }

    /** A progressive run: 5-10 km, each kilometre a little faster, 12-20 % faster at the end. No reps. */
    public static GeneratedSession progressive(long seed, LapMode laps) {
        return progressive(seed, laps, UnaryOperator.identity());
    }

    private static GeneratedSession progressive(long seed, LapMode laps, UnaryOperator<Spec> device) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double v0 = uniform(rnd, 2.8, 3.6);
        int km = 5 + rnd.nextInt(6);
        double gain = uniform(rnd, 0.12, 0.20);
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < km; i++) {
            double v = v0 * (1 + gain * i / (km - 1));
            phases.add(new Phase(Kind.EASY, 1000, Double.NaN, v, v, -1, -1, false, false, 20));
        }
        return simulate(seed, device.apply(negativeSpec(rnd, v0, laps)), phases, "progressive run " + km + " km +"
                + Math.round(gain * 100) + " %, laps " + laps.name().toLowerCase());
    }

    /** An easy run over rolling hills: climbs slow the runner, descents speed them up. No reps. */
    public static GeneratedSession hillyEasy(long seed, LapMode laps) {
        return hillyEasy(seed, laps, UnaryOperator.identity());
    }

    private static GeneratedSession hillyEasy(long seed, LapMode laps, UnaryOperator<Spec> device) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double v = uniform(rnd, 2.6, 3.8);
        List<Phase> phases = List.of(Phase.easy(Kind.EASY, uniform(rnd, 2400, 5400), v));
        Spec spec = device.apply(negativeSpec(rnd, v, laps).toBuilder().hills(true).build());
        return simulate(seed, spec, phases, "hilly easy run, laps " + laps.name().toLowerCase());
    }

    /** A long run with a few laps pressed at random, every lap flagged "interval" (a real FR955 does this). */
    public static GeneratedSession longRunAllLapsInterval(long seed) {
        return longRunAllLapsInterval(seed, UnaryOperator.identity());
    }

    private static GeneratedSession longRunAllLapsInterval(long seed, UnaryOperator<Spec> device) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double v = uniform(rnd, 2.7, 3.6);
        List<Phase> phases = new ArrayList<>();
        int parts = 5 + rnd.nextInt(4);
        for (int i = 0; i < parts; i++) {
            // Each stretch at its own pace, drifting with terrain and fatigue (σ 4 %, within ±10 %); the real
            // FR955 file's laps are 5:13-5:22/km for most of the run, one at 4:40 and one at 6:15. Two stretches
            // far faster than the rest would be a tempo session, not a negative.
            double f = Math.max(0.9, Math.min(1.1, 1 + 0.04 * rnd.nextGaussian()));
            phases.add(new Phase(Kind.EASY, Double.NaN, uniform(rnd, 300, 900), v * f, Double.NaN, -1, -1, false,
                    false, 10));
        }
        Spec spec = device.apply(negativeSpec(rnd, v, LapMode.MANUAL_RANDOM).toBuilder()
                .lapFlags(LapFlags.ALL_INTERVAL).build());
        return simulate(seed, spec, phases, "long run, " + parts + " laps all flagged interval");
    }

    /**
     * The negatives the score checks: steady runs with stops, progressive runs, hilly easy runs (with no laps or
     * auto-laps) and long runs with random manual laps all flagged interval.
     */
    public static GeneratedSession randomNegative(long seed) {
        return randomNegative(seed, UnaryOperator.identity());
    }

    /**
     * {@link #randomNegative} recorded as the realistic mix records: a watch without a barometer in 4 sessions of
     * 10 (GPS altitude, σ 2-6 m; see {@link #realisticSpec}) and a lagging speed channel. Its metres of wander must
     * not turn an easy run's stretches into reps.
     */
    public static GeneratedSession realisticNegative(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        double sigma = rnd.nextDouble() < 0.4 ? uniform(rnd, 2, 6) : 0;
        double lag = watchLag(rnd);
        return randomNegative(seed, spec -> spec.toBuilder().altitudeNoise(sigma).speedLag(lag).build());
    }

    private static GeneratedSession randomNegative(long seed, UnaryOperator<Spec> device) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LapMode laps = switch (rnd.nextInt(3)) {
            case 0 -> LapMode.NONE;
            case 1 -> LapMode.AUTO_KM;
            default -> LapMode.AUTO_MILE;
        };
        return switch (rnd.nextInt(4)) {
            case 0 -> steady(seed, laps, device);
            case 1 -> progressive(seed, laps, device);
            case 2 -> hillyEasy(seed, laps, device);
            default -> longRunAllLapsInterval(seed, device);
        };
    }

    /**
     * A tempo run, one sustained block and no reps, as the real tempo sessions of ../shared/corpus/reps run them
     * (15-25-15 min, 2 miles, a 10 min fast finish, 40 min after build-ups): 8-20 min easy, in 3 runs of 10 a
     * steady stretch of 10-25 min a little faster, then 10-40 min at 12-30 % over the easy pace, then 5-15 min easy,
     * or only 2-5 (a fast finish). Recorded as the realistic mix records (smart recording, dropouts, hills, GPS
     * altitude). Truth: the block, one rep.
     */
    public static GeneratedSession tempoRun(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x7F4A7C15L);
        double easy = uniform(rnd, 2.6, 3.6);
        double tempo = easy * uniform(rnd, 1.12, 1.30);
        double blockS = uniform(rnd, 600, 2400);
        List<Phase> phases = new ArrayList<>();
        phases.add(Phase.easy(Kind.WARMUP, uniform(rnd, 480, 1200), easy));
        if (rnd.nextDouble() < 0.3) {
            double steady = easy * uniform(rnd, 1.0, 1.05);
            phases.add(new Phase(Kind.WARMUP, Double.NaN, uniform(rnd, 600, 1500), steady, steady, -1, 0, false,
                    false, 8));
        }
        phases.add(new Phase(Kind.REP, Double.NaN, blockS, tempo, tempo, 0, 1, false, false, 6 + 6 * rnd.nextDouble()));
        boolean fastFinish = rnd.nextDouble() < 0.2;
        phases.add(Phase.easy(Kind.COOLDOWN, fastFinish ? uniform(rnd, 120, 300) : uniform(rnd, 300, 900), easy));
        Spec spec = realisticDevice(rnd, Spec.timeReps(1, blockS, tempo).toBuilder()).build();
        return simulate(seed, spec, phases, String.format(java.util.Locale.ROOT, "tempo %.0f min at +%.0f %%%s",
                blockS / 60, (tempo / easy - 1) * 100, fastFinish ? ", fast finish" : ""));
    }

    /** The ladders a coach sets: distances in m, or durations in s. */
    private static final double[][] DISTANCE_LADDERS = {
        {200, 400, 600, 800, 600, 400, 200}, {400, 800, 1200, 800, 400}, {200, 400, 800, 1200},
        {1200, 1000, 800, 600, 400, 200}, {400, 600, 800, 1000, 800, 600, 400}};
    private static final double[][] TIME_LADDERS = {
        {60, 120, 180, 120, 60}, {60, 120, 180, 240}, {240, 180, 120, 60}, {60, 90, 120, 150, 120, 90, 60}};

    /**
     * A ladder: reps whose sizes climb and fall (200-400-600-800-600-400-200 m, 1-2-3-2-1 min) at one effort,
     * each shorter rep a little faster (speed ∝ size^-k, k 0-0.05: 200 m up to 9 % faster than 1200 m), jog, walk
     * or standing recoveries of 50-100 % of the rep before, warm-up strides in 3 of 10. The reps share no size, so
     * only their shared effort says they are a set; a ladder's short opener must stay a rep even beside warm-up
     * strides. Recorded as the realistic mix records.
     */
    public static GeneratedSession ladder(long seed) {
        return ladder(seed, LapMode.NONE);
    }

    /** {@link #ladder(long)} with the laps {@code laps} gives (a lap pressed at every rep and recovery, say). */
    public static GeneratedSession ladder(long seed, LapMode laps) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x1ADDE4L);
        boolean timed = rnd.nextDouble() < 0.4;
        double[] sizes = timed ? TIME_LADDERS[rnd.nextInt(TIME_LADDERS.length)]
                : DISTANCE_LADDERS[rnd.nextInt(DISTANCE_LADDERS.length)];
        double v5 = uniform(rnd, 3.3, 5.0);
        double easy = v5 * uniform(rnd, 0.72, 0.82);
        double k = uniform(rnd, 0, 0.05);
        double reference = timed ? 120 : 800;
        double base = v5 * uniform(rnd, 1.03, 1.12);
        List<Double> speeds = new ArrayList<>();
        for (double size : sizes) {
            speeds.add(base * Math.pow(size / reference, -k));
        }
        RecoveryKind recovery = rnd.nextDouble() < 0.6 ? RecoveryKind.JOG
                : rnd.nextDouble() < 0.5 ? RecoveryKind.WALK : RecoveryKind.STAND;
        double recoveryShare = uniform(rnd, 0.5, 1.0);
        Spec.Builder b = (timed ? Spec.timeReps(sizes.length, sizes[0], base)
                : Spec.distanceReps(sizes.length, sizes[0], base)).toBuilder()
                .repSpeeds(speeds)
                .recovery(recovery, 60)
                .easySpeed(easy)
                .jogSpeed(easy * uniform(rnd, 0.7, 0.9))
                .warmup(uniform(rnd, 600, 1200))
                .cooldown(uniform(rnd, 300, 900))
                .warmupStrides(rnd.nextDouble() < 0.3 ? 2 + rnd.nextInt(3) : 0)
                .laps(laps);
        Spec spec = realisticDevice(rnd, b).build();
        List<Phase> phases = new ArrayList<>();
        addWarmup(rnd, spec, phases);
        for (int i = 0; i < sizes.length; i++) {
            double v = speeds.get(i);
            phases.add(new Phase(Kind.REP, timed ? Double.NaN : sizes[i], timed ? sizes[i] : Double.NaN, v, v, i, 1,
                    false, false, 2 + 2 * rnd.nextDouble()));
            if (i + 1 < sizes.length) {
                double repS = timed ? sizes[i] : sizes[i] / v;
                phases.add(recovery(spec, Math.max(45, recoveryShare * repS), 2));
            }
        }
        phases.add(Phase.easy(Kind.COOLDOWN, spec.cooldownS(), easy));
        StringBuilder what = new StringBuilder("ladder");
        for (double size : sizes) {
            what.append(what.length() == 6 ? " " : "-").append((int) size);
        }
        return simulate(seed, spec, phases, what.append(timed ? " s, " : " m, ")
                .append(recovery.name().toLowerCase()).append(" recoveries").toString());
    }

    private static Spec negativeSpec(SplittableRandom rnd, double v, LapMode laps) {
        return Spec.distanceReps(1, 1000, v).toBuilder()
                .recording(rnd.nextDouble() < 0.4 ? Recording.SMART : Recording.EVERY_SECOND)
                .speedChannel(rnd.nextDouble() < 0.7)
                .distanceChannel(rnd.nextDouble() < 0.85)
                .gpsNoise(uniform(rnd, 0.5, 1.5))
                .dropouts(rnd.nextDouble() < 0.25)
                .laps(laps)
                .lapFlags(LapFlags.ALL_ACTIVE)
                .build();
    }

    // ------------------------------------------------------------------------------------------ the runner

    private enum Kind { WARMUP, REP, RECOVERY, SET_REST, COOLDOWN, EASY }

    /**
     * One stretch of the session. Ends after {@code distanceM} (when finite) or {@code durationS}; speed moves from
     * {@code speed} to {@code endSpeed} across it (NaN end: constant); {@code step} is the workout step it runs.
     */
    private record Phase(Kind kind, double distanceM, double durationS, double speed, double endSpeed, int rep,
                         int step, boolean stand, boolean paused, double rampS, double surgeShare) {
        Phase(Kind kind, double distanceM, double durationS, double speed, double endSpeed, int rep, int step,
              boolean stand, boolean paused, double rampS) {
            this(kind, distanceM, durationS, speed, endSpeed, rep, step, stand, paused, rampS, 0);
        }

        static Phase easy(Kind kind, double durationS, double speed) {
            return new Phase(kind, Double.NaN, durationS, speed, speed, -1, kind == Kind.WARMUP ? 0 : -1, false, false,
                    4);
        }

        double speedAt(double progress) {
            if (progress < surgeShare) {
                return speed * Spec.SURGE_GAIN;
            }
            return Double.isNaN(endSpeed) ? speed : speed + (endSpeed - speed) * progress;
        }
    }

    /**
     * The warm-up: easy running, ending with the spec's strides (15-25 s near the fastest rep's speed, each after
     * 60-90 s of easy running) when it has them. Strides are warm-up, never reps.
     */
    private static void addWarmup(SplittableRandom rnd, Spec spec, List<Phase> phases) {
        int k = spec.warmupStrides();
        if (k == 0) {
            phases.add(Phase.easy(Kind.WARMUP, spec.warmupS(), spec.easySpeedMps()));
            return;
        }
        double fastest = 0;
        for (int i = 0; i < spec.totalReps(); i++) {
            fastest = Math.max(fastest, spec.repSpeed(i));
        }
        double[] jog = new double[k];
        double[] stride = new double[k];
        double stridesS = 0;
        for (int i = 0; i < k; i++) {
            jog[i] = uniform(rnd, 60, 90);
            stride[i] = uniform(rnd, 15, 25);
            stridesS += jog[i] + stride[i];
        }
        phases.add(Phase.easy(Kind.WARMUP, Math.max(240, spec.warmupS() - stridesS), spec.easySpeedMps()));
        for (int i = 0; i < k; i++) {
            double v = fastest * uniform(rnd, 0.95, 1.05);
            phases.add(new Phase(Kind.WARMUP, Double.NaN, stride[i], v, v, -1, 0, false, false, 3));
            phases.add(Phase.easy(Kind.WARMUP, jog[i], spec.easySpeedMps()));
        }
    }

    private static Phase recovery(Spec spec, double seconds, int step) {
        return switch (spec.recovery()) {
            case JOG -> new Phase(Kind.RECOVERY, Double.NaN, seconds, spec.jogSpeedMps(), spec.jogSpeedMps(), -1, step,
                    false, false, 4);
            case WALK -> new Phase(Kind.RECOVERY, Double.NaN, seconds, 1.3, 1.3, -1, step, false, false, 4);
            case STAND -> new Phase(Kind.RECOVERY, Double.NaN, seconds, 0, 0, -1, step, true, false, 3);
            case PAUSED -> new Phase(Kind.RECOVERY, Double.NaN, seconds, 0, 0, -1, step, true, true, 3);
        };
    }

    /** Growable primitive columns for the recorded samples. */
    private static final class Cols {
        double[] t = new double[1024];
        double[] d = new double[1024];
        double[] v = new double[1024];
        double[] lat = new double[1024];
        double[] lon = new double[1024];
        double[] alt = new double[1024];
        double[] hr = new double[1024];
        int n;

        void add(double tt, double dd, double vv, double la, double lo, double al, double h) {
            if (n == t.length) {
                int c = n * 2;
                t = java.util.Arrays.copyOf(t, c);
                d = java.util.Arrays.copyOf(d, c);
                v = java.util.Arrays.copyOf(v, c);
                lat = java.util.Arrays.copyOf(lat, c);
                lon = java.util.Arrays.copyOf(lon, c);
                alt = java.util.Arrays.copyOf(alt, c);
                hr = java.util.Arrays.copyOf(hr, c);
            }
            t[n] = tt;
            d[n] = dd;
            v[n] = vv;
            lat[n] = la;
            lon[n] = lo;
            alt[n] = al;
            hr[n] = h;
            n++;
        }

        /** Value of column c at time x, linear between samples. */
        double at(double[] c, double x) {
            if (n == 0) {
                return Double.NaN;
            }
            int lo = 0;
            int hi = n - 1;
            if (x <= t[0]) {
                return c[0];
            }
            if (x >= t[hi]) {
                return c[hi];
            }
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (t[mid] <= x) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double f = (x - t[lo]) / (t[hi] - t[lo]);
            return c[lo] + f * (c[hi] - c[lo]);
        }
    }

    /** Phase boundaries as simulated: start and end time of each phase, in order. */
    private record Span(Phase phase, double startS, double endS) {
    }

    private static GeneratedSession simulate(long seed, Spec spec, List<Phase> phases, String description) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        double noise = spec.gpsNoise();
        double bias = 0.004 * noise * rnd.nextGaussian();
        double hillAmp = spec.hills() ? uniform(rnd, 0.03, 0.06) : 0;
        double hillLen = uniform(rnd, 400, 1500);
        double hillPhase = rnd.nextDouble() * 2 * Math.PI;
        double hrRest = uniform(rnd, 50, 65);
        double hrMax = uniform(rnd, 180, 198);
        double vRef = 0;
        for (Phase p : phases) {
            vRef = Math.max(vRef, Math.max(p.speed(), Double.isNaN(p.endSpeed()) ? 0 : p.endSpeed()));
        }
        double wobbleSigma = uniform(rnd, 0.015, 0.03);
        double phi = Math.exp(-H / 10.0);

        Cols cols = new Cols();
        List<Span> spans = new ArrayList<>();
        List<TrueRep> truth = new ArrayList<>();
        List<TimeRange> pauses = new ArrayList<>();
        List<double[]> dropouts = new ArrayList<>();

        long tick = 0;
        double d = 0;
        double v = 0;
        double wobble = 0;
        double hr = hrRest + 20;
        double heading = rnd.nextDouble() * 2 * Math.PI;
        double east = 0;
        double north = 0;
        double posNoiseE = 0;
        double posNoiseN = 0;
        double distJitter = 0;
        double altErr = 0;
        double devDist = 0;
        double devSpeed = Double.NaN;
        double watchSpeed = Double.NaN;
        double lastWatchT = Double.NEGATIVE_INFINITY;
        Cols speedHistory = new Cols();
        double lastSampleT = Double.NEGATIVE_INFINITY;
        double lastSampleV = 0;
        int nextGap = 1;
        double dropoutUntil = -1;
        double pausedFrom = Double.NaN;

        for (Phase p : phases) {
            double t0 = tick * H;
            double d0 = d;
            double v0 = v;
            double endT = Double.NaN;
            while (true) {
                double t = tick * H;
                double progress = Double.isFinite(p.distanceM()) ? (d - d0) / p.distanceM() : (t - t0) / p.durationS();
                if (progress >= 1) {
                    // The step overshot by at most one 0.1 s step: place the end where the distance was reached.
                    endT = Double.isFinite(p.distanceM()) && v > 0 ? t - (d - d0 - p.distanceM()) / v : t;
                    break;
                }
                double grade = hillAmp * Math.sin(2 * Math.PI * d / hillLen + hillPhase);
                double hillMod = grade > 0 ? 1 - 3.0 * grade : 1 - 1.5 * grade;
                wobble = phi * wobble + Math.sqrt(1 - phi * phi) * wobbleSigma * rnd.nextGaussian();
                double target = p.stand() ? 0 : p.speedAt(progress) * (1 + wobble) * hillMod;
                double tau = t - t0;
                v = tau < p.rampS() ? v0 + (target - v0) * tau / p.rampS() : target;
                v = Math.max(0, v);
                d += v * H;
                heading += 0.01 * rnd.nextGaussian();
                east += v * H * Math.sin(heading);
                north += v * H * Math.cos(heading);
                // Heart rate follows effort with a lag, faster up than down. Effort is the pace the runner would
                // hold on the flat: a climb that slows them is no easier, a descent that speeds them up no harder
                // (the real hilly long run's descents ran at a falling heart rate).
                double effort = v < 0.5 ? 0.25 : Math.min(1.1, 0.45 + 0.55 * (v / hillMod) / vRef);
                double hrTarget = hrRest + (hrMax - hrRest) * effort;
                hr += (hrTarget - hr) * H / (hrTarget > hr ? 20.0 : 40.0);
                tick++;

                // The watch stops a few seconds into a paused recovery and restarts as the next phase begins.
                boolean timerStopped = p.paused() && tau >= 4;
                if (timerStopped) {
                    if (Double.isNaN(pausedFrom)) {
                        pausedFrom = tick * H;
                    }
                    continue;
                }
                if (tick % 10 != 0) {
                    continue;
                }
                double sec = tick * H;
                // Device noise advances once a second.
                double phiD = Math.exp(-1.0 / 15.0);
                distJitter = phiD * distJitter + Math.sqrt(1 - phiD * phiD) * 1.5 * noise * rnd.nextGaussian();
                double phiP = 0.98;
                posNoiseE = phiP * posNoiseE + Math.sqrt(1 - phiP * phiP) * 2.5 * noise * rnd.nextGaussian();
                posNoiseN = phiP * posNoiseN + Math.sqrt(1 - phiP * phiP) * 2.5 * noise * rnd.nextGaussian();
                if (spec.altitudeNoiseM() > 0) {
                    // GPS altitude wanders slowly (τ 40 s): 15 m "climbs" over half a minute on flat ground.
                    double phiA = Math.exp(-1.0 / 40.0);
                    altErr = phiA * altErr + Math.sqrt(1 - phiA * phiA) * spec.altitudeNoiseM() * rnd.nextGaussian();
                }
                if (spec.dropouts() && sec > dropoutUntil && rnd.nextDouble() < 1.0 / 900) {
                    dropoutUntil = sec + uniform(rnd, 10, 30);
                    dropouts.add(new double[] {sec, dropoutUntil});
                }
                boolean lost = sec <= dropoutUntil;
                if (!lost) {
                    devDist = Math.max(devDist, d * (1 + bias) + distJitter);
                }
                boolean record = spec.recording() == Recording.EVERY_SECOND
                        || sec - lastSampleT >= nextGap
                        || (sec - lastSampleT >= 1 && Math.abs(v - lastSampleV) > 0.15 * Math.max(1, lastSampleV));
                if (!record) {
                    continue;
                }
                // Speed is the GPS chip's Doppler speed: the true speed with its own small noise, lightly
                // smoothed, not the derivative of the distance.
                double doppler = v * (1 + bias) + 0.08 * noise * rnd.nextGaussian();
                devSpeed = Double.isNaN(devSpeed) ? doppler : 0.3 * devSpeed + 0.7 * doppler;
                if (spec.speedLagS() > 0) {
                    // The watch writes the speed it had this many seconds ago (its own filtering's delay), and
                    // smoothed: at the real rep starts a watch's speed rises a median 4.3 s slower than its
                    // distance does, as an exponential filter of about 2 s would (WATCH_SMOOTHING_SHARE).
                    speedHistory.add(sec, 0, devSpeed, 0, 0, 0, 0);
                    double delayed = speedHistory.at(speedHistory.v, sec - spec.speedLagS());
                    double smoothingS = WATCH_SMOOTHING_SHARE * spec.speedLagS();
                    double alpha = 1 - Math.exp(-(sec - lastWatchT) / smoothingS);
                    watchSpeed = Double.isNaN(watchSpeed) ? delayed : watchSpeed + alpha * (delayed - watchSpeed);
                    lastWatchT = sec;
                }
                double altitude = 10 + (hillAmp > 0 ? -hillAmp * hillLen / (2 * Math.PI)
                        * Math.cos(2 * Math.PI * d / hillLen + hillPhase) : 0);
                double la = lost ? Double.NaN : LAT0 + (north + posNoiseN) / 111_320.0;
                double lo = lost ? Double.NaN : LON0 + (east + posNoiseE) / (111_320.0 * Math.cos(Math.toRadians(LAT0)));
                if (!Double.isNaN(pausedFrom)) {
                    pauses.add(new TimeRange(pausedFrom, sec - 1));
                    pausedFrom = Double.NaN;
                }
                cols.add(sec,
                        spec.distanceChannel() ? devDist : Double.NaN,
                        spec.speedChannel() && !lost
                                ? Math.max(0, spec.speedLagS() > 0 ? watchSpeed : devSpeed) : Double.NaN,
                        la, lo, altitude + altErr + 0.3 * rnd.nextGaussian(),
                        spec.heartRate() ? Math.round(hr + 1.5 * rnd.nextGaussian()) : Double.NaN);
                lastSampleT = sec;
                lastSampleV = v;
                nextGap = 1 + rnd.nextInt(8);
            }
            spans.add(new Span(p, t0, endT));
            if (p.kind() == Kind.REP) {
                truth.add(new TrueRep(p.rep() + 1, t0, endT, d - d0 - (tick * H - endT) * v));
            }
        }
        return new GeneratedSession(assemble(seed, spec, cols, spans, pauses, rnd), truth, description);
    }

    // ------------------------------------------------------------------------------------------ the file

    private static Activity assemble(long seed, Spec spec, Cols c, List<Span> spans, List<TimeRange> pauses,
                                     SplittableRandom rnd) {
        int n = c.n;
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.TIME, java.util.Arrays.copyOf(c.t, n));
        cols.put(Channel.DISTANCE, java.util.Arrays.copyOf(c.d, n));
        cols.put(Channel.SPEED, java.util.Arrays.copyOf(c.v, n));
        cols.put(Channel.LAT, java.util.Arrays.copyOf(c.lat, n));
        cols.put(Channel.LON, java.util.Arrays.copyOf(c.lon, n));
        cols.put(Channel.ALTITUDE, java.util.Arrays.copyOf(c.alt, n));
        cols.put(Channel.HR, java.util.Arrays.copyOf(c.hr, n));
        Samples samples = Samples.of(n, cols);
        double elapsed = spans.get(spans.size() - 1).endS();
        double paused = pauses.stream().mapToDouble(TimeRange::durationS).sum();
        // Distance the device shows: its distance channel, or (GPX) the path through its positions.
        double[] devDist = spec.distanceChannel() ? java.util.Arrays.copyOf(c.d, n) : pathDistance(c);
        Cols lookup = new Cols();
        for (int i = 0; i < n; i++) {
            lookup.add(c.t[i], devDist[i], 0, 0, 0, 0, c.hr[i]);
        }
        List<Lap> laps = new ArrayList<>();
        List<WorkoutStep> steps = new ArrayList<>();
        switch (spec.laps()) {
            case NONE -> {
            }
            case MANUAL_AT_REPS, MANUAL_AND_AUTO_KM -> {
                double prevEnd = 0;
                for (int i = 0; i < spans.size(); i++) {
                    Span s = spans.get(i);
                    double end = i + 1 == spans.size() ? s.endS() : s.endS() + 0.4 * rnd.nextGaussian();
                    Intensity flag = manualFlag(spec.lapFlags(), s.phase());
                    if (spec.laps() == LapMode.MANUAL_AND_AUTO_KM) {
                        prevEnd = autoKm(laps, lookup, pauses, prevEnd, end, flag);
                    }
                    laps.add(lap(lookup, pauses, prevEnd, end, flag,
                            i + 1 == spans.size() ? LapTrigger.SESSION_END : LapTrigger.MANUAL, OptionalInt.empty()));
                    prevEnd = end;
                }
            }
            case MANUAL_AT_REP_STARTS, MANUAL_AT_REP_ENDS -> {
                boolean atStart = spec.laps() == LapMode.MANUAL_AT_REP_STARTS;
                double prev = 0;
                for (Span s : spans) {
                    double edge = atStart ? s.startS() : s.endS();
                    if (s.phase().kind() == Kind.REP && edge > 0 && edge < elapsed - 1) {
                        double at = edge + 0.4 * rnd.nextGaussian();
                        laps.add(lap(lookup, pauses, prev, at, Intensity.ACTIVE, LapTrigger.MANUAL,
                                OptionalInt.empty()));
                        prev = at;
                    }
                }
                laps.add(lap(lookup, pauses, prev, elapsed, Intensity.ACTIVE, LapTrigger.SESSION_END,
                        OptionalInt.empty()));
            }
            case AUTO_KM, AUTO_MILE -> {
                double every = spec.laps() == LapMode.AUTO_KM ? 1000 : 1609.344;
                double prev = 0;
                int k = 1;
                for (int i = 1; i < n; i++) {
                    if (devDist[i] >= k * every) {
                        double f = (k * every - devDist[i - 1]) / Math.max(1e-9, devDist[i] - devDist[i - 1]);
                        double at = c.t[i - 1] + f * (c.t[i] - c.t[i - 1]);
                        laps.add(lap(lookup, pauses, prev, at, Intensity.ACTIVE, LapTrigger.DISTANCE, OptionalInt.empty()));
                        prev = at;
                        k++;
                    }
                }
                laps.add(lap(lookup, pauses, prev, elapsed, Intensity.ACTIVE, LapTrigger.SESSION_END, OptionalInt.empty()));
            }
            case MANUAL_RANDOM -> {
                double prev = 0;
                for (int i = 0; i < spans.size(); i++) {
                    double end = i + 1 == spans.size() ? elapsed : spans.get(i).endS() + uniform(rnd, -60, 60);
                    Intensity flag = spec.lapFlags() == LapFlags.ALL_INTERVAL ? Intensity.INTERVAL : Intensity.ACTIVE;
                    laps.add(lap(lookup, pauses, prev, end, flag, LapTrigger.MANUAL, OptionalInt.empty()));
                    prev = end;
                }
            }
            case WORKOUT -> {
                steps.addAll(workoutSteps(spec));
                double prevEnd = 0;
                for (int i = 0; i < spans.size(); i++) {
                    Span s = spans.get(i);
                    double end = i + 1 == spans.size() ? s.endS() : s.endS() + 0.2 * rnd.nextGaussian();
                    int step = s.phase().step() >= 0 ? s.phase().step() : 0;
                    Intensity flag = stepIntensity(steps, step);
                    laps.add(lap(lookup, pauses, prevEnd, end, flag, LapTrigger.MANUAL, OptionalInt.of(step)));
                    prevEnd = end;
                }
            }
        }
        double total = n == 0 ? 0 : devDist[n - 1];
        Format format = spec.distanceChannel() ? Format.FIT : Format.GPX;
        return new Activity("synth-" + seed + "." + format.label(), format, "running", "", Optional.of(START),
                elapsed, elapsed - paused, total, samples, laps, steps, pauses,
                List.of(new Segment("running", "", new TimeRange(0, elapsed), total)), Optional.of("repcheck synth"),
                List.of());
    }

    private static double[] pathDistance(Cols c) {
        double[] out = new double[c.n];
        double acc = 0;
        double plat = Double.NaN;
        double plon = Double.NaN;
        for (int i = 0; i < c.n; i++) {
            if (!Double.isNaN(c.lat[i])) {
                if (!Double.isNaN(plat)) {
                    double dn = (c.lat[i] - plat) * 111_320.0;
                    double de = (c.lon[i] - plon) * 111_320.0 * Math.cos(Math.toRadians(LAT0));
                    acc += Math.hypot(dn, de);
                }
                plat = c.lat[i];
                plon = c.lon[i];
            }
            out[i] = acc;
        }
        return out;
    }

    private static Intensity manualFlag(LapFlags flags, Phase p) {
        return switch (flags) {
            case ALL_INTERVAL -> Intensity.INTERVAL;
            case ALL_ACTIVE -> Intensity.ACTIVE;
            case REALISTIC -> switch (p.kind()) {
                case REP -> Intensity.ACTIVE;
                case RECOVERY, SET_REST -> Intensity.REST;
                case WARMUP -> Intensity.WARMUP;
                case COOLDOWN -> Intensity.COOLDOWN;
                case EASY -> Intensity.ACTIVE;
            };
        };
    }

    /**
     * Warm-up, work, recovery, repeat; with sets, a set rest and an outer repeat around the inner one (a nested
     * repeat); cool-down. Indices are what laps refer to.
     */
    private static List<WorkoutStep> workoutSteps(Spec spec) {
        // The flags real plans write (../shared/corpus/reps): honest ones; Garmin's suggested workouts, whose
        // recoveries and rests say ACTIVE; and FR245 custom plans whose every step before the cool-down says WARMUP.
        Intensity work = spec.lapFlags() == LapFlags.ALL_INTERVAL ? Intensity.WARMUP : Intensity.ACTIVE;
        Intensity recover = switch (spec.lapFlags()) {
            case REALISTIC -> Intensity.RECOVERY;
            case ALL_ACTIVE -> Intensity.ACTIVE;
            case ALL_INTERVAL -> Intensity.WARMUP;
        };
        Intensity rest = spec.lapFlags() == LapFlags.REALISTIC ? Intensity.REST : recover;
        List<WorkoutStep> s = new ArrayList<>();
        s.add(new WorkoutStep(0, "Warm up", Intensity.WARMUP, WorkoutStep.Duration.OPEN, Double.NaN, -1, 0));
        s.add(spec.timeBased()
                ? new WorkoutStep(1, "Run", work, WorkoutStep.Duration.TIME, spec.repDurationS(), -1, 0)
                : new WorkoutStep(1, "Run", work, WorkoutStep.Duration.DISTANCE, spec.repDistanceM(), -1, 0));
        s.add(new WorkoutStep(2, "Recover", recover, WorkoutStep.Duration.TIME, spec.recoveryS(), -1, 0));
        s.add(new WorkoutStep(3, "", Intensity.ACTIVE, WorkoutStep.Duration.REPEAT, Double.NaN, 1, spec.reps()));
        if (spec.sets() > 1) {
            s.add(new WorkoutStep(4, "Set rest", rest, WorkoutStep.Duration.TIME, spec.setRecoveryS(), -1, 0));
            s.add(new WorkoutStep(5, "", Intensity.ACTIVE, WorkoutStep.Duration.REPEAT, Double.NaN, 1, spec.sets()));
            s.add(new WorkoutStep(6, "Cool down", Intensity.COOLDOWN, WorkoutStep.Duration.OPEN, Double.NaN, -1, 0));
        } else {
            s.add(new WorkoutStep(4, "Cool down", Intensity.COOLDOWN, WorkoutStep.Duration.OPEN, Double.NaN, -1, 0));
        }
        return s;
    }

    private static Intensity stepIntensity(List<WorkoutStep> steps, int index) {
        return steps.stream().filter(s -> s.index() == index).map(WorkoutStep::intensity).findFirst()
                .orElse(Intensity.UNKNOWN);
    }

    /**
     * The auto-laps a watch writes between a press at {@code from} and the next at {@code to}: one each kilometre
     * of its own distance. Returns where the last of them ended (where the pressed lap begins).
     */
    private static double autoKm(List<Lap> laps, Cols c, List<TimeRange> pauses, double from, double to,
                                 Intensity flag) {
        double start = from;
        for (int i = 0; i < c.n; i++) {
            if (c.t[i] > start && c.t[i] < to - 5 && c.d[i] - c.at(c.d, start) >= 1000) {
                laps.add(lap(c, pauses, start, c.t[i], flag, LapTrigger.DISTANCE, OptionalInt.empty()));
                start = c.t[i];
            }
        }
        return start;
    }

    private static Lap lap(Cols c, List<TimeRange> pauses, double start, double end, Intensity intensity,
                           LapTrigger trigger, OptionalInt step) {
        double pausedIn = 0;
        for (TimeRange p : pauses) {
            pausedIn += Math.max(0, Math.min(end, p.endS()) - Math.max(start, p.startS()));
        }
        double sumHr = 0;
        double maxHr = Double.NaN;
        int k = 0;
        for (int i = 0; i < c.n; i++) {
            if (c.t[i] >= start && c.t[i] < end && !Double.isNaN(c.hr[i])) {
                sumHr += c.hr[i];
                maxHr = Double.isNaN(maxHr) ? c.hr[i] : Math.max(maxHr, c.hr[i]);
                k++;
            }
        }
        return new Lap(start, end - start, end - start - pausedIn, c.at(c.d, end) - c.at(c.d, start), intensity,
                trigger, step, k == 0 ? Double.NaN : sumHr / k, maxHr);
    }

    private static double uniform(SplittableRandom rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }
}
