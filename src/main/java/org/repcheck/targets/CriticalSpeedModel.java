package org.repcheck.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.repcheck.model.Channel;
import org.repcheck.model.DPrimeBalance;
import org.repcheck.model.Samples;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * Critical speed and D′ (docs/science.md §5): {@code distance = CS·time + D′}, fitted by least squares over two or more
 * maximal efforts. A rep of {@code d} run at {@code v > CS} spends {@code d·(1 − CS/v)} metres of D′; the target is
 * the speed that spends a share f of D′ (default 0.20): {@code v = CS / (1 − f·D′/d)}.
 *
 * <p>Band: the speeds that spend between 0.75·f and 1.25·f of D′ (15–25 % at the default), so the band narrows in
 * pace as reps get longer, as the coach rule's does. The model was fitted on 2–15 min efforts and its D′ is not
 * meant for sprints, so a band whose centre lasts under 60 s or over 15 min is extrapolated.
 */
public final class CriticalSpeedModel implements TargetModel {
    public static final String NAME = "critical-speed";
    static final double SHARE_LOW = 0.75;
    static final double SHARE_HIGH = 1.25;
    /** Below this denominator the hyperbola runs off to absurd speeds: cap there (such reps are tens of metres). */
    private static final double MIN_DENOMINATOR = 0.1;

    private final double csMps;
    private final double dPrimeM;
    private final double share;
    private final int efforts;

    public CriticalSpeedModel(double csMps, double dPrimeM, double share, int efforts) {
        this.csMps = csMps;
        this.dPrimeM = dPrimeM;
        this.share = share;
        this.efforts = efforts;
    }

    /** Fits CS and D′ to the TTs. */
    public static CriticalSpeedModel fit(List<TimeTrial> trials, double share) throws TargetException {
        if (trials.size() < 2) {
            throw new TargetException("critical-speed needs two or more time trials of 2–15 min over different distances, got "
                    + trials.size() + "; add another, e.g. --tt 1600=5:40 --tt 5k=20:00");
        }
        SimpleRegression ols = new SimpleRegression(true);
        for (TimeTrial tt : trials) {
            ols.addData(tt.timeS(), tt.distanceM());
        }
        double cs = ols.getSlope();
        double dPrime = ols.getIntercept();
        if (!(cs > 0) || !(dPrime > 0) || Double.isNaN(cs)) {
            throw new TargetException(String.format(java.util.Locale.ROOT,
                    "critical-speed: the time trials give no sensible fit (CS %.2f m/s, D′ %.0f m); use maximal efforts of "
                            + "2–15 min over different distances, e.g. --tt 1200=4:15 --tt 3600=14:15", cs, dPrime));
        }
        return new CriticalSpeedModel(cs, dPrime, share, trials.size());
    }

    public double criticalSpeedMps() {
        return csMps;
    }

    public double dPrimeM() {
        return dPrimeM;
    }

    /** Predicted time (s) for a maximal effort over {@code distanceM}: (d − D′)/CS. */
    public double predictTimeS(double distanceM) {
        return (distanceM - dPrimeM) / csMps;
    }

    /** The speed that spends share {@code f} of D′ over a rep of {@code distanceM}. */
    public double speedForShare(double distanceM, double f) {
        double denominator = Math.max(MIN_DENOMINATOR, 1.0 - f * dPrimeM / distanceM);
        return csMps / denominator;
    }

    /** D′ (m) spent by running {@code distanceM} at {@code speedMps}. */
    public double dPrimeSpent(double distanceM, double speedMps) {
        return speedMps > csMps ? distanceM * (1.0 - csMps / speedMps) : 0.0;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TargetBand band(double distanceM) {
        double centre = speedForShare(distanceM, share);
        double fast = speedForShare(distanceM, share * SHARE_HIGH);
        double slow = speedForShare(distanceM, share * SHARE_LOW);
        double centreTime = distanceM / centre;
        boolean extrapolated = centreTime < 60 || centreTime > 15 * 60
                || 1.0 - share * SHARE_HIGH * dPrimeM / distanceM < MIN_DENOMINATOR;
        return new TargetBand(distanceM, fast, slow, NAME, extrapolated);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("critical_speed_m_per_s", csMps);
        p.put("d_prime_m", dPrimeM);
        p.put("d_prime_share", share);
        p.put("efforts", (double) efforts);
        return p;
    }

    /**
     * D′ balance over the session, sample by sample. Above CS the balance falls by what is spent,
     * {@code (v − CS)·dt} metres. Below CS it refills in proportion to how far below CS and how empty it is,
     * {@code (CS − v)·dt·(D′ − bal)/D′} — Skiba's differential W′bal model transposed to speed: a jog at 3 m/s with
     * CS 4 m/s refills with a time constant D′/(CS − v) = 3 min for D′ = 180 m, a standstill in 45 s. Samples
     * without speed take it from distance over time; gaps (no time, no speed) hold the balance.
     */
    public DPrimeBalance balance(Samples samples) {
        int n = samples.size();
        double[] time = new double[n];
        double[] bal = new double[n];
        boolean hasSpeed = samples.has(Channel.SPEED);
        double b = dPrimeM;
        double prevT = Double.NaN;
        double prevD = Double.NaN;
        double prevDT = Double.NaN;
        for (int i = 0; i < n; i++) {
            double t = samples.time(i);
            double d = samples.distance(i);
            double v = hasSpeed ? samples.speed(i) : Double.NaN;
            if (Double.isNaN(v) && !Double.isNaN(d) && !Double.isNaN(prevD) && t > prevDT) {
                v = (d - prevD) / (t - prevDT);
            }
            double dt = t - prevT;
            if (!Double.isNaN(v) && dt > 0 && dt < 60) {
                if (v > csMps) {
                    b -= (v - csMps) * dt;
                } else {
                    b += (csMps - v) * dt * (dPrimeM - b) / dPrimeM;
                }
                b = Math.min(dPrimeM, b);
            }
            time[i] = t;
            bal[i] = b;
            if (!Double.isNaN(t)) {
                prevT = t;
            }
            if (!Double.isNaN(d) && !Double.isNaN(t)) {
                prevD = d;
                prevDT = t;
            }
        }
        return new DPrimeBalance(csMps, dPrimeM, time, bal);
    }
}
