package org.repcheck.history;

import org.apache.commons.math3.distribution.TDistribution;

/** The few statistics the history needs, on plain arrays. */
final class Stats {
    private Stats() {
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
    }

    /** Sample standard deviation (n − 1). */
    static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }

    static double median(double[] v) {
        return org.repcheck.model.Median.of(v);
    }

    /** The two-sided {@code level} quantile of Student's t with {@code df} degrees of freedom (0.90 → t₀.₉₅). */
    static double tQuantile(double level, int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
    }

    /** Least squares y = a + b·x: {a, b}; NaN when x does not vary. */
    static double[] line(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxx > 0 ? sxy / sxx : Double.NaN;
        return new double[] {my - b * mx, b};
    }
}
