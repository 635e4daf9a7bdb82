package org.repcheck.history;

/**
 * The runner's fresh easy relation speed = α + β·HR over the baseline windows (SCIENCE §7 step 3), and what it
 * sets.
 *
 * @param alphaMps       α, m/s
 * @param betaMpsPerBpm  β, m/s per bpm
 * @param refHrBpm       the reference easy HR, bpm: the median HR of the baseline windows
 * @param refSpeedMps    α + β·refHr, m/s: the fresh easy speed at that HR
 * @param teSPerKm       typical error: SD of the baseline runs' residuals, s/km at the reference HR
 * @param swcSPerKm      smallest worthwhile change, 0.5 × TE, s/km
 */
public record BaselineFit(double alphaMps, double betaMpsPerBpm, double refHrBpm, double refSpeedMps,
                          double teSPerKm, double swcSPerKm) {
}
