package org.repcheck.targets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * Riegel as a model of its own. Riegel predicts race times, not rep targets (docs/science.md §4), so the band is built
 * from race equivalents of a whole session's work: a typical session is 4 to 8 reps of the same distance, and a
 * rep of {@code d} is run no faster than the predicted race pace over 4·d and no slower than over 8·d. From 5 km in
 * 20:00 that gives 400 m reps 3:44–3:54/km, bracketing the coach rule's 3:48–3:52.
 *
 * <p>The predicted race pace over {@code d} itself is stricter still: it is the absolute limit every model is
 * held to by the assessor. The exponent was fitted to races of about 3.5 min to 4 h, so the band is extrapolated
 * when the 4·d race would take under 3.5 min or the 8·d race over 4 h.
 */
public final class RiegelModel implements TargetModel {
    public static final String NAME = "riegel";
    static final double FAST_MULTIPLE = 4;
    static final double SLOW_MULTIPLE = 8;

    private final TimeTrial trial;

    public RiegelModel(TimeTrial trial) {
        this.trial = trial;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TargetBand band(double distanceM) {
        double fast = Riegel.raceSpeedMps(trial, FAST_MULTIPLE * distanceM);
        double slow = Riegel.raceSpeedMps(trial, SLOW_MULTIPLE * distanceM);
        boolean extrapolated = Riegel.predictTimeS(trial, FAST_MULTIPLE * distanceM) < 210
                || Riegel.predictTimeS(trial, SLOW_MULTIPLE * distanceM) > 4 * 3600;
        return new TargetBand(distanceM, fast, slow, NAME, extrapolated);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("tt_pace_s_per_km", Pace.sPerKm(trial.distanceM(), trial.timeS()));
        p.put("predicted_5k_s", Riegel.predictTimeS(trial, 5000));
        return p;
    }
}
