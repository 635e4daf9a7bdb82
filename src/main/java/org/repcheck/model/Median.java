package org.repcheck.model;

import java.util.Arrays;

/** The median, one rule for every package: the middle value, for an even count the mean of the two middle ones. */
public final class Median {
    private Median() {
    }

    /** The median of {@code values} (left as they are); NaN when there are none. */
    public static double of(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
