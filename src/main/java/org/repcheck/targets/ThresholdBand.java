package org.repcheck.targets;

import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * The yardstick for a sustained effort — a tempo block, a cruise interval, a rep longer than the interval rules
 * cover: Daniels' threshold (T) pace, 0.90·vV from the VDOT of the TT in force (docs/science.md §3; 4:16.5/km from a
 * 5 km in 20:00). Daniels gives T as one pace, but threshold running is a zone, not a line, and a 20-minute block
 * is measured to a few s/km at best; the band is T ± {@value #HALF_WIDTH_FRACTION} of vV (0.88–0.92·vV: 4:10.9–4:22.3
 * for the 5 km in 20:00), between his marathon (0.85) and interval (0.98) paces.
 */
public final class ThresholdBand {
    public static final String NAME = "daniels-threshold";
    static final double HALF_WIDTH_FRACTION = 0.02;

    private ThresholdBand() {
    }

    public static TargetBand of(TimeTrial tt, double distanceM) {
        DanielsModel d = new DanielsModel(tt);
        return new TargetBand(distanceM, d.speedAt(DanielsModel.T + HALF_WIDTH_FRACTION),
                d.speedAt(DanielsModel.T - HALF_WIDTH_FRACTION), NAME, false);
    }
}
