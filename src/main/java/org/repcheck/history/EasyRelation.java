package org.repcheck.history;

import java.util.List;

/**
 * The HR–speed relation speed = α + β·HR fitted on the steady windows of a set of runs, and residuals against it in
 * s/km at a reference HR (SCIENCE §7 steps 3–4). One place for the residual rule: the week after and the
 * efficiency chart both use it.
 */
record EasyRelation(double alphaMps, double betaMpsPerBpm, double refHrBpm, int windows) {
    /** A slope this flat or negative is noise (a baseline of one pace), not physiology: the fallback is used. */
    static final double MIN_BETA = 0.002;
    /** Steeper than 0.08 m/s per bpm (under 3.5 bpm per km/h) is a fit to noise too. */
    static final double MAX_BETA = 0.08;

    /** The fit over every window of {@code runs}; {@code fallbackBeta} when the fit's slope is implausible. */
    static EasyRelation fit(List<RunDigest> runs, double fallbackBeta) {
        int n = runs.stream().mapToInt(r -> r.windows().size()).sum();
        double[] hr = new double[n];
        double[] v = new double[n];
        int k = 0;
        for (RunDigest r : runs) {
            SteadyWindows w = r.windows();
            for (int i = 0; i < w.size(); i++) {
                hr[k] = w.hrBpm(i);
                v[k] = w.speedMps(i);
                k++;
            }
        }
        // HR on speed, then inverted: the runner sets the pace and the HR answers with the day's noise, so the
        // errors are in HR; least squares of speed on HR would flatten β by that noise (errors in variables) and
        // take part of any slowdown for a change of HR.
        double[] ab = Stats.line(v, hr);
        double beta = ab[1] > 0 ? 1.0 / ab[1] : Double.NaN;
        beta = beta >= MIN_BETA && beta <= MAX_BETA ? beta : fallbackBeta;
        double alpha = Stats.mean(v) - beta * Stats.mean(hr);
        return new EasyRelation(alpha, beta, Stats.median(hr), n);
    }

    /** The relation through the windows of {@code runs} with a given slope (the athlete's, from the history). */
    static EasyRelation withSlope(List<RunDigest> runs, double beta) {
        double sumHr = 0;
        double sumV = 0;
        int n = 0;
        List<Double> hrs = new java.util.ArrayList<>();
        for (RunDigest r : runs) {
            SteadyWindows w = r.windows();
            for (int i = 0; i < w.size(); i++) {
                sumHr += w.hrBpm(i);
                sumV += w.speedMps(i);
                hrs.add(w.hrBpm(i));
                n++;
            }
        }
        double ref = Stats.median(hrs.stream().mapToDouble(Double::doubleValue).toArray());
        return new EasyRelation(sumV / n - beta * sumHr / n, beta, ref, n);
    }

    double refSpeedMps() {
        return alphaMps + betaMpsPerBpm * refHrBpm;
    }

    /**
     * A window's residual in s/km at the reference HR: how much slower (positive) or faster the window ran than the
     * relation says at its HR, carried to the reference speed.
     */
    double residualSPerKm(double hrBpm, double speedMps) {
        double vRef = refSpeedMps();
        double r = speedMps - (alphaMps + betaMpsPerBpm * hrBpm);
        return 1000.0 / (vRef + r) - 1000.0 / vRef;
    }

    /** A run's residual: the median of its windows' (the run is the unit: windows are autocorrelated). */
    double runResidualSPerKm(RunDigest run) {
        SteadyWindows w = run.windows();
        double[] r = new double[w.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = residualSPerKm(w.hrBpm(i), w.speedMps(i));
        }
        return Stats.median(r);
    }

    /** A run's speed at the reference HR: the median of its windows carried along the slope. */
    double speedAtRefMps(RunDigest run) {
        SteadyWindows w = run.windows();
        double[] v = new double[w.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = w.speedMps(i) + betaMpsPerBpm * (refHrBpm - w.hrBpm(i));
        }
        return Stats.median(v);
    }
}
