package org.repcheck.targets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * The coach rule (docs/science.md §1, the default model): reps a little faster than the TT pace — 1 km reps 3–4 s/km
 * faster, 400 m reps 8–12 s/km faster — interpolated log-linearly across rep distance:
 * centre offset {@code off(d) = −10 + 7.094·ln(d/400)} clamped to [−15, 0], half-width
 * {@code h(d) = max(0.5, 2.0 − 1.637·ln(d/400))}, slow edge never slower than the TT pace. The anchors are 400 m
 * and 1000 m, so outside 300–1200 m the band is marked extrapolated.
 */
public final class CoachModel implements TargetModel {
    public static final String NAME = "coach";
    static final double ANCHORED_FROM_M = 300;
    static final double ANCHORED_TO_M = 1200;

    private final TimeTrial trial;
    private final double basePaceSPerKm;
    private final boolean normalised;

    public CoachModel(TimeTrial trial, boolean normaliseTo5k) {
        this.trial = trial;
        this.normalised = normaliseTo5k;
        TimeTrial base = normaliseTo5k ? Riegel.normaliseTo5k(trial) : trial;
        this.basePaceSPerKm = Pace.sPerKm(base.distanceM(), base.timeS());
    }

    /** Centre offset from TT pace, s/km (negative = faster). */
    public static double offsetSPerKm(double distanceM) {
        double off = -10.0 + 7.094 * Math.log(distanceM / 400.0);
        return Math.max(-15.0, Math.min(0.0, off));
    }

    /** Half-width of the band, s/km. */
    public static double halfWidthSPerKm(double distanceM) {
        return Math.max(0.5, 2.0 - 1.637 * Math.log(distanceM / 400.0));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TargetBand band(double distanceM) {
        double centre = basePaceSPerKm + offsetSPerKm(distanceM);
        double h = halfWidthSPerKm(distanceM);
        double fast = centre - h;
        // The point of a rep is to run faster than the TT: the slow edge never drifts past the TT pace itself.
        double slow = Math.min(centre + h, basePaceSPerKm);
        boolean extrapolated = distanceM < ANCHORED_FROM_M || distanceM > ANCHORED_TO_M;
        return new TargetBand(distanceM, Pace.mps(fast), Pace.mps(slow), NAME, extrapolated);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("tt_pace_s_per_km", Pace.sPerKm(trial.distanceM(), trial.timeS()));
        if (normalised) {
            p.put("tt_5k_equivalent_s", Riegel.normaliseTo5k(trial).timeS());
            p.put("base_pace_s_per_km", basePaceSPerKm);
        }
        return p;
    }
}
