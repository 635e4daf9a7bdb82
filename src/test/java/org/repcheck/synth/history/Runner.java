package org.repcheck.synth.history;

import java.util.SplittableRandom;

/**
 * A generated runner's easy relation speed = α + β·HR and anchors; the truth a history's baseline should find.
 *
 * @param alphaMps      α, m/s
 * @param betaMpsPerBpm β, m/s per bpm (0.025–0.032: 10–12 bpm per km/h)
 * @param refHrBpm      a typical easy HR, bpm
 * @param hrMaxBpm      HR max, bpm
 */
public record Runner(double alphaMps, double betaMpsPerBpm, double refHrBpm, double hrMaxBpm) {
    static Runner random(SplittableRandom rnd) {
        double ref = 140 + 10 * rnd.nextDouble();
        double vRef = 3.0 + 0.4 * rnd.nextDouble();
        double beta = 0.025 + 0.007 * rnd.nextDouble();
        return new Runner(vRef - beta * ref, beta, ref, 185 + 10 * rnd.nextDouble());
    }

    public double speedAtMps(double hr) {
        return alphaMps + betaMpsPerBpm * hr;
    }

    public double hrAtBpm(double speedMps) {
        return (speedMps - alphaMps) / betaMpsPerBpm;
    }

    public double refSpeedMps() {
        return speedAtMps(refHrBpm);
    }

    /** The speed drop at the same HR that makes the reference pace {@code sPerKm} slower. */
    public double slowdownMps(double sPerKm) {
        double v = refSpeedMps();
        return v - 1000.0 / (1000.0 / v + sPerKm);
    }
}
