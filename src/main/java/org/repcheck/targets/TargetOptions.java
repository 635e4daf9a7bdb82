package org.repcheck.targets;

/**
 * Knobs of the target models.
 *
 * @param normaliseTo5k  coach: apply the offsets to the TT's 5 km Riegel equivalent instead of the literal TT pace
 *                       (docs/science.md §1 option; off by default)
 * @param dPrimeShare    critical-speed: the share f of D′ a rep should spend (docs/science.md §5; default 0.20)
 */
public record TargetOptions(boolean normaliseTo5k, double dPrimeShare) {
    public static final TargetOptions DEFAULTS = new TargetOptions(false, 0.20);

    public TargetOptions {
        if (!(dPrimeShare > 0 && dPrimeShare < 1)) {
            throw new IllegalArgumentException("D′ share must lie between 0 and 1: " + dPrimeShare);
        }
    }

    public static TargetOptions defaults() {
        return DEFAULTS;
    }
}
