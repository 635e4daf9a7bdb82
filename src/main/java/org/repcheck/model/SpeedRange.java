package org.repcheck.model;

/**
 * A planned step's speed target, what a watch alerts on: slower than {@code slowMps} or faster than
 * {@code fastMps} and it beeps. m/s, like {@link TargetBand}.
 */
public record SpeedRange(double slowMps, double fastMps) {
    public SpeedRange {
        if (!(slowMps > 0) || !(fastMps >= slowMps) || !Double.isFinite(fastMps)) {
            throw new IllegalArgumentException("speed range needs fast >= slow > 0: " + slowMps + ", " + fastMps);
        }
    }

    public static SpeedRange of(TargetBand band) {
        return new SpeedRange(band.slowSpeedMps(), band.fastSpeedMps());
    }

    /**
     * The speed at the middle of the range in pace (time per distance), which is how the bands are centred
     * (docs/science.md §1): the speed a rep aimed at this range is expected to run at.
     */
    public double centreMps() {
        return 2.0 / (1.0 / slowMps + 1.0 / fastMps);
    }

    /**
     * The range widened by {@code secondsPerKm} of pace on each edge: runners widen a narrow band so the watch
     * does not beep at every stride (docs/science.md §8). 0 leaves it as it is.
     */
    public SpeedRange widenedBy(double secondsPerKm) {
        if (!(secondsPerKm >= 0)) {
            throw new IllegalArgumentException("a margin cannot be negative: " + secondsPerKm);
        }
        double fastPace = 1000.0 / fastMps - secondsPerKm;
        double slowPace = 1000.0 / slowMps + secondsPerKm;
        if (!(fastPace > 0)) {
            throw new IllegalArgumentException("a margin of " + secondsPerKm + " s/km leaves no fast edge");
        }
        return new SpeedRange(1000.0 / slowPace, 1000.0 / fastPace);
    }
}
