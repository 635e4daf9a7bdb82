package org.repcheck.model;

/**
 * The speed range a rep of {@code distanceM} should be run in: faster than {@code fastSpeedMps} is overcooked,
 * slower than {@code slowSpeedMps} is slow. Speeds in m/s; the report turns them into paces.
 *
 * @param model        the target model that set it ("coach", "daniels", "riegel", "critical-speed")
 * @param extrapolated true when the distance lies outside the range the model's anchors cover
 */
public record TargetBand(double distanceM, double fastSpeedMps, double slowSpeedMps, String model,
                         boolean extrapolated) {
    public TargetBand {
        if (!(fastSpeedMps >= slowSpeedMps) || !(slowSpeedMps > 0)) {
            throw new IllegalArgumentException("band needs fast >= slow > 0: " + fastSpeedMps + ", " + slowSpeedMps);
        }
    }
}
