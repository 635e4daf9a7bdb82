package org.repcheck.targets;

import java.util.LinkedHashMap;
import java.util.Map;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * Daniels–Gilbert VDOT (docs/science.md §3). VDOT from the TT, vV (velocity at VDOT) from VDOT, training paces as
 * fractions of vV. Rep targets: R pace (1.05·vV; 1.07·vV for 200 m and shorter) for reps up to 600 m, I pace
 * (0.98·vV) from 1000 m, linearly interpolated in distance between 600 and 1000 m (800 m → 1.015·vV); the band is
 * that pace ± 1.5 s/km. Daniels' tables cover reps of 200 m to 2000 m; outside that the band is extrapolated.
 */
public final class DanielsModel implements TargetModel {
    public static final String NAME = "daniels";
    public static final double E = 0.72;
    public static final double M = 0.85;
    public static final double T = 0.90;
    public static final double I = 0.98;
    public static final double R = 1.05;
    public static final double R_200 = 1.07;
    static final double HALF_WIDTH_S_PER_KM = 1.5;

    private final double vdot;
    private final double vVMps;

    public DanielsModel(TimeTrial trial) {
        this(vdot(trial.distanceM(), trial.timeS()));
    }

    /** A model straight from a VDOT (Daniels' tables are indexed by it). */
    public DanielsModel(double vdot) {
        this.vdot = vdot;
        this.vVMps = vVMetresPerMin(vdot) / 60.0;
    }

    /** Oxygen cost, ml/kg/min, of running at {@code v} m/min. */
    public static double vo2(double vMetresPerMin) {
        return -4.60 + 0.182258 * vMetresPerMin + 0.000104 * vMetresPerMin * vMetresPerMin;
    }

    /** Fraction of VO2max sustainable for {@code t} minutes. */
    public static double sustainableFraction(double tMin) {
        return 0.8 + 0.1894393 * Math.exp(-0.012778 * tMin) + 0.2989558 * Math.exp(-0.1932605 * tMin);
    }

    public static double vdot(double distanceM, double timeS) {
        double tMin = timeS / 60.0;
        return vo2(distanceM / tMin) / sustainableFraction(tMin);
    }

    /** Velocity at VDOT, m/min. */
    public static double vVMetresPerMin(double vdot) {
        return 29.54 + 5.000663 * vdot - 0.007546 * vdot * vdot;
    }

    public double vdot() {
        return vdot;
    }

    /** Speed (m/s) at a fraction of vV, e.g. {@code paceAt(DanielsModel.T)}. */
    public double speedAt(double fraction) {
        return fraction * vVMps;
    }

    /** The fraction of vV a rep of {@code distanceM} is run at. */
    public static double repFraction(double distanceM) {
        if (distanceM <= 200) {
            return R_200;
        }
        if (distanceM <= 600) {
            return R;
        }
        if (distanceM >= 1000) {
            return I;
        }
        return R + (I - R) * (distanceM - 600) / 400.0;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TargetBand band(double distanceM) {
        double pace = Pace.sPerKm(speedAt(repFraction(distanceM)));
        boolean extrapolated = distanceM < 200 || distanceM > 2000;
        return new TargetBand(distanceM, Pace.mps(pace - HALF_WIDTH_S_PER_KM), Pace.mps(pace + HALF_WIDTH_S_PER_KM),
                NAME, extrapolated);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("vdot", vdot);
        p.put("v_vdot_m_per_s", vVMps);
        p.put("t_pace_s_per_km", Pace.sPerKm(speedAt(T)));
        p.put("i_pace_s_per_km", Pace.sPerKm(speedAt(I)));
        p.put("r_pace_s_per_km", Pace.sPerKm(speedAt(R)));
        return p;
    }
}
