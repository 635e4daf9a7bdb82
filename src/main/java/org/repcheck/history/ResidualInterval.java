package org.repcheck.history;

/**
 * The D+1..D+3 mean residual with its 90 % interval (SCIENCE §7 step 5), s/km at the reference HR; positive =
 * slower at the same HR than the fresh baseline.
 *
 * @param meanSPerKm the mean of the post-session runs' residuals less the baseline runs' mean residual
 * @param lowSPerKm  the 90 % interval's lower end
 * @param highSPerKm its upper end
 * @param runs       post-session runs in the mean
 * @param degreesOfFreedom of the t quantile (baseline runs − 1: the SD is the baseline's TE)
 */
public record ResidualInterval(double meanSPerKm, double lowSPerKm, double highSPerKm, int runs,
                               int degreesOfFreedom) {
}
