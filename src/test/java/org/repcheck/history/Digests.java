package org.repcheck.history;

import org.repcheck.model.HrSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.LocalClock;
import org.repcheck.model.RepKind;
import org.repcheck.model.RepSource;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;

/** Hand-made digests for the rules' tests: a run at a local time, with what the test needs and sane defaults. */
final class Digests {
    private Digests() {
    }

    static RunDigest run(String id, String localDateTime, ZoneOffset offset, double movingS, double avgHr,
                         List<RepDigest> reps, PlanShape plan) {
        Instant start = LocalDateTime.parse(localDateTime).toInstant(offset);
        LocalClock clock = new LocalClock(offset, LocalClock.Source.FIT);
        int[] bins = new int[HrHistogram.BINS];
        bins[HrHistogram.bin(avgHr)] = (int) movingS;
        return new RunDigest(id, id + ".fit", Optional.of(start), Optional.of(clock), Optional.of(clock.date(start)),
                "running", "generic", movingS, movingS, 3.0 * movingS, avgHr, avgHr + 5, 1.0, HrSource.UNKNOWN,
                SpeedSource.GPS, 43.07, -89.4, RunEligibility.ELIGIBLE, reps.isEmpty() ? RepSource.NONE
                : RepSource.WORKOUT, plan, reps, RunDigests.StructureKeys.ofDigests(reps), windows(avgHr, movingS),
                new HrHistogram(bins), List.of(), Optional.empty());
    }

    static SteadyWindows windows(double hr, double movingS) {
        int n = (int) Math.max(0, Math.min(SteadyWindows.MAX, (movingS - 600) / 60));
        double[] t = new double[n];
        double[] h = new double[n];
        double[] v = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 600 + 60 * i;
            h[i] = hr;
            v[i] = 3.0;
        }
        return new SteadyWindows(t, h, v, g);
    }

    static RepDigest rep(int index, double distanceM, double durationS, double hr, Verdict verdict) {
        return new RepDigest(index, RepKind.REP, 600 + 300 * index, durationS, distanceM, distanceM, Double.NaN,
                distanceM / durationS, hr, Optional.empty(), verdict, 0);
    }

    static RunDigest withEfforts(RunDigest d, List<TimeTrial> efforts, Optional<TimeTrial> tt) {
        return new RunDigest(d.id(), d.file(), d.start(), d.clock(), d.localDate(), d.sport(), d.subSport(),
                d.elapsedS(), d.movingS(), efforts.get(efforts.size() - 1).distanceM(), d.avgHrBpm(),
                d.peakHr60sBpm(), d.hrCoverage(), d.hrSource(), d.speedSource(), d.startLatDeg(), d.startLonDeg(),
                d.eligibility(), d.repSource(), d.plan(), d.reps(), d.structure(), d.windows(), d.hrHistogram(),
                efforts, tt);
    }
}
