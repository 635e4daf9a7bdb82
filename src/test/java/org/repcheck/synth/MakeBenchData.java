package org.repcheck.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.repcheck.io.fit.FitWriter;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.synth.Spec.LapMode;
import org.repcheck.synth.Spec.Recording;

/**
 * Writes the benchmark's input: {@code --files N} realistic one-hour runs as FIT files (HR and GPS every second; about
 * 60 % interval sessions with their laps or workout, 40 % steady runs), and one 14-hour run, seeded so every run
 * writes the same files. Files are generated in parallel threads.
 *
 * <pre>MakeBenchData OUT_DIR [--files N] [--threads T]</pre>
 * writes {@code OUT_DIR/batch/run-NNNN.fit} and {@code OUT_DIR/long/long_14h.fit}.
 */
public final class MakeBenchData {
    private static final Instant YEAR = Instant.parse("2026-01-01T06:00:00Z");

    private MakeBenchData() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: MakeBenchData OUT_DIR [--files N] [--threads T]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int files = 1000;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path batch = Files.createDirectories(out.resolve("batch"));
        Path longDir = Files.createDirectories(out.resolve("long"));
        long t0 = System.nanoTime();
        AtomicLong bytes = new AtomicLong();
        int n = files;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> {
                Path f = batch.resolve(String.format("run-%04d.fit", i));
                write(oneHour(i), f);
                bytes.addAndGet(size(f));
            })).get();
        } finally {
            pool.shutdown();
        }
        Path longFile = longDir.resolve("long_14h.fit");
        write(fourteenHours(), longFile);
        System.out.printf("MakeBenchData: %d one-hour files (%.1f MB) + %s (%.1f MB) in %.1f s%n", n,
                bytes.get() / 1e6, longFile.getFileName(), size(longFile) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    /** Run {@code i}: an interval session (its laps, workout or none) or a steady run, about an hour, 1 s records. */
    static Activity oneHour(int i) {
        SplittableRandom rnd = new SplittableRandom(0xBE7C4L + i);
        Activity a;
        if (rnd.nextDouble() < 0.6) {
            Spec s = SessionGenerator.randomSpec(100_000L + i);
            LapMode laps = switch (rnd.nextInt(4)) {
                case 0 -> LapMode.NONE;
                case 1 -> LapMode.MANUAL_AT_REPS;
                case 2 -> LapMode.WORKOUT;
                default -> LapMode.AUTO_KM;
            };
            double work = 0;
            for (int r = 0; r < s.totalReps(); r++) {
                work += s.timeBased() ? s.repDurationS() : s.repDistanceM() / s.repSpeed(r);
            }
            double est = s.warmupS() + work + (s.reps() - 1) * s.sets() * s.recoveryS()
                    + (s.sets() - 1) * s.setRecoveryS();
            s = s.toBuilder().recording(Recording.EVERY_SECOND).heartRate(true).distanceChannel(true)
                    .speedChannel(true).laps(laps).cooldown(Math.max(300, 3600 - est)).build();
            a = SessionGenerator.intervals(100_000L + i, s).activity();
        } else {
            a = steadyHour(200_000L + 1000L * i);
        }
        return MakeSamples.restamp(a, String.format("run-%04d.fit", i),
                YEAR.plus(Duration.ofHours(8L * i)).toString(), "");
    }

    /** The first steady run from {@code seed} that lasts 50-70 min, recorded every second with distance and GPS. */
    private static Activity steadyHour(long seed) {
        for (long s = seed; ; s++) {
            Activity a = SessionGenerator.steady(s, (s & 1) == 0 ? LapMode.AUTO_KM : LapMode.NONE).activity();
            if (a.elapsedS() >= 3000 && a.elapsedS() <= 4200 && a.samples().has(Channel.DISTANCE)
                    && a.samples().size() > 0.95 * a.elapsedS()) {
                return a;
            }
        }
    }

    /** An ultra: 14 hours at an easy pace over rolling hills, 1 km auto-laps, HR and GPS every second. */
    static Activity fourteenHours() {
        double easy = Spec.speedForPace(400);
        Spec s = Spec.timeReps(1, 600, easy).toBuilder().easySpeed(easy).warmup(25_000).cooldown(24_800)
                .hills(true).laps(LapMode.AUTO_KM).gpsNoise(1.0).build();
        Activity a = SessionGenerator.intervals(14, s).activity();
        return MakeSamples.restamp(a, "long_14h.fit", "2026-06-20T04:00:00Z", "trail");
    }

    private static void write(Activity a, Path f) {
        try {
            Files.write(f, FitWriter.write(a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
