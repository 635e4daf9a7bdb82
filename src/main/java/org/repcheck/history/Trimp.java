package org.repcheck.history;

/** Heart-rate load of one activity from its HR histogram (the rule, one place). */
final class Trimp {
    /** Banister's weighting for men; 1.67 for women. The files do not say, so the male constant, as most tools. */
    static final double BANISTER_K = 1.92;

    private Trimp() {
    }

    static double of(HrHistogram h, LoadBasis basis) {
        return basis.method() == TrimpMethod.BANISTER
                ? banister(h, basis.hrMaxBpm(), basis.hrRestBpm().orElse(Double.NaN)) : edwards(h, basis.hrMaxBpm());
    }

    /** Minutes in 50–60 … 90–100 % of HR max, weighted 1 … 5 (at or above HR max counts 5). */
    static double edwards(HrHistogram h, double hrMax) {
        double sum = 0;
        for (int i = 0; i < HrHistogram.BINS; i++) {
            double f = (HrHistogram.FIRST_BPM + i) / hrMax;
            if (f >= 0.5 && h.seconds(i) > 0) {
                sum += h.seconds(i) / 60.0 * Math.min(5, Math.floor((f - 0.5) / 0.1 + 1e-9) + 1);
            }
        }
        return sum;
    }

    static double banister(HrHistogram h, double hrMax, double hrRest) {
        double sum = 0;
        for (int i = 0; i < HrHistogram.BINS; i++) {
            double x = Math.max(0, Math.min(1, (HrHistogram.FIRST_BPM + i - hrRest) / (hrMax - hrRest)));
            sum += h.seconds(i) / 60.0 * x * 0.64 * Math.exp(BANISTER_K * x);
        }
        return sum;
    }
}
