package org.repcheck.synth.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.repcheck.history.HrHistogram;
import org.repcheck.model.HrSource;
import org.repcheck.history.PlanShape;
import org.repcheck.history.RepDigest;
import org.repcheck.history.RunDigest;
import org.repcheck.history.RunEligibility;
import org.repcheck.history.SpeedSource;
import org.repcheck.history.SteadyWindows;
import org.repcheck.history.StructureKey;
import org.repcheck.model.LocalClock;
import org.repcheck.model.RepKind;
import org.repcheck.model.RepSource;
import org.repcheck.model.Verdict;

/**
 * A generated history straight to digests, skipping the files: each easy or long run's steady windows are drawn
 * from its truth (window HR ± 1 bpm, speed ± 1 %, one window in ten lost), each interval session gets 6 × 800 m
 * with its verdicts. {@code GeneratedFitsTest} checks that {@code RunDigests.of} on the same runs written as FIT
 * files finds the same windows, so the fast path stands for the real one.
 */
public final class GeneratedDigests {
    static final double WINDOW_HR_SD = 1.0;
    static final double WINDOW_SPEED_CV = 0.01;
    static final double HOME_LAT = 52.37;
    static final double HOME_LON = 4.89;

    private GeneratedDigests() {
    }

    public static List<RunDigest> of(HistoryGenerator.GeneratedHistory h) {
        SplittableRandom rnd = new SplittableRandom(h.spec().seed() ^ 0x5DEECE66DL);
        List<RunDigest> out = new ArrayList<>();
        for (PlannedRun r : h.runs()) {
            out.add(r.kind() == PlannedRun.Kind.INTERVAL ? session(r, h.runner()) : steady(r, rnd));
        }
        return out;
    }

    private static RunDigest steady(PlannedRun r, SplittableRandom rnd) {
        int n = (int) Math.min(SteadyWindows.MAX, Math.floor((r.durationS() - 600) / 60));
        List<double[]> w = new ArrayList<>();
        int[] bins = new int[HrHistogram.BINS];
        for (int k = 0; k < n; k++) {
            double hr = r.hrBpm() + WINDOW_HR_SD * rnd.nextGaussian();
            double v = r.flatSpeedMps() * (1 + WINDOW_SPEED_CV * rnd.nextGaussian());
            double grade = r.hilly() ? 0.04 * Math.sin(k * 0.9) : 0.0;
            bins[HrHistogram.bin(hr)] += 60;
            if (rnd.nextDouble() >= 0.1) {
                w.add(new double[] {600 + 60 * k, hr, v, grade});
            }
        }
        bins[HrHistogram.bin(r.hrBpm() - 10)] += 600;
        SteadyWindows windows = new SteadyWindows(col(w, 0), col(w, 1), col(w, 2), col(w, 3));
        return digest(r, r.flatSpeedMps() * r.durationS(), r.hrBpm(), r.hrBpm() + 3, windows, new HrHistogram(bins),
                List.of(), Optional.empty(), RepSource.NONE, PlanShape.NONE);
    }

    private static RunDigest session(PlannedRun r, Runner runner) {
        List<RepDigest> reps = new ArrayList<>();
        double t = 900;
        for (int i = 1; i <= 6; i++) {
            boolean over = r.overcooked() && i % 2 == 0;
            double v = r.flatSpeedMps() * (over ? 1.06 : 1.0);
            reps.add(new RepDigest(i, RepKind.REP, t, 800 / v, 800, 800, Double.NaN, v, r.hrBpm(), Optional.empty(),
                    over ? Verdict.OVERCOOKED : Verdict.ON_TARGET, over ? -8 : 0));
            t += 800 / v + 120;
        }
        int[] bins = new int[HrHistogram.BINS];
        bins[HrHistogram.bin(0.75 * runner.hrMaxBpm())] = 2000;
        bins[HrHistogram.bin(r.hrBpm())] = 1000;
        return digest(r, 8000, 0.8 * runner.hrMaxBpm(), 0.97 * runner.hrMaxBpm(), SteadyWindows.none(), new HrHistogram(bins),
                reps, Optional.of(new StructureKey(6, StructureKey.Unit.DISTANCE, List.of(800.0))), RepSource.LAPS,
                PlanShape.NONE);
    }

    private static RunDigest digest(PlannedRun r, double distanceM, double avgHr, double peakHr, SteadyWindows w,
                                    HrHistogram hist, List<RepDigest> reps, Optional<StructureKey> key,
                                    RepSource source, PlanShape plan) {
        return new RunDigest(r.id(), r.id() + ".fit", Optional.of(r.start()),
                Optional.of(new LocalClock(HistoryGenerator.OFFSET, LocalClock.Source.FIT)), Optional.of(r.date()),
                "running", r.treadmill() ? "treadmill" : "generic", r.durationS(), r.durationS(), distanceM, avgHr,
                peakHr, 1.0, HrSource.CHEST, r.treadmill() ? SpeedSource.TREADMILL : SpeedSource.GPS, HOME_LAT,
                HOME_LON, r.treadmill() ? RunEligibility.TREADMILL : w.isEmpty() && reps.isEmpty()
                ? RunEligibility.NO_STEADY_WINDOWS : RunEligibility.ELIGIBLE, source, plan, reps, key, w, hist,
                List.of(), Optional.empty());
    }

    private static double[] col(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(x -> x[c]).toArray();
    }
}
