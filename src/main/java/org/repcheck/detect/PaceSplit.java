package org.repcheck.detect;

/**
 * Otsu's split of a run's speeds into an easy and a fast class: the threshold that best separates them, each
 * class's mean speed, how much of the spread the split explains ({@code eta}) and the easy class's share of the
 * samples. Computed over the speeds in {@code [from, to]} only, so the fast class of one split can be split again.
 *
 * @param samples how many samples the split is over
 */
record PaceSplit(double threshold, double easyMps, double fastMps, double eta, double easyShare, double samples) {
    private static final double BIN_MPS = 0.02;

    /**
     * The split of the samples marked {@code use} whose speed lies in {@code [from, to]}; {@code samples} 0 when
     * there are none.
     */
    static PaceSplit of(double[] v, boolean[] use, double from, double to) {
        int bins = (int) Math.ceil((to - from) / BIN_MPS) + 1;
        double[] hist = new double[bins];
        double total = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < v.length; i++) {
            if (use[i] && v[i] >= from && v[i] <= to) {
                hist[(int) ((v[i] - from) / BIN_MPS)]++;
                total++;
                sum += v[i];
                sumSq += v[i] * v[i];
            }
        }
        if (total == 0) {
            return new PaceSplit(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0);
        }
        double mean = sum / total;
        double var = sumSq / total - mean * mean;
        double w0 = 0;
        double s0 = 0;
        double bestBetween = -1;
        double thr = Double.NaN;
        double muLo = Double.NaN;
        double muHi = Double.NaN;
        double w0Best = 0;
        for (int b = 0; b < bins - 1; b++) {
            double c = from + (b + 0.5) * BIN_MPS;
            w0 += hist[b];
            s0 += hist[b] * c;
            double w1 = total - w0;
            if (w0 == 0 || w1 == 0) {
                continue;
            }
            double m0 = s0 / w0;
            double m1 = (sum - s0) / w1;
            double between = w0 * w1 * (m0 - m1) * (m0 - m1) / (total * total);
            if (between > bestBetween) {
                bestBetween = between;
                thr = from + (b + 1) * BIN_MPS;
                muLo = m0;
                muHi = m1;
                w0Best = w0;
            }
        }
        return new PaceSplit(thr, muLo, muHi, var > 0 ? bestBetween / var : 0, w0Best / total, total);
    }

    /**
     * Whether the split is one between two real paces: the fast clearly faster, the split explaining most of the
     * spread, and each class a real part of the run (a steady run's split otherwise falls between the few seconds
     * of slowing at a crossing and everything else).
     */
    boolean twoPaces(double minRatio, double minEta, double minShare) {
        return fastMps / easyMps >= minRatio && eta >= minEta && easyShare >= minShare && 1 - easyShare >= minShare;
    }
}
