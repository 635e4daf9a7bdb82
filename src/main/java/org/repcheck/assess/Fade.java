package org.repcheck.assess;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.repcheck.model.Rep;

/** How much the reps slowed through the session: the least-squares slope of rep pace against rep number. */
public final class Fade {
    static final int MIN_REPS = 3;

    private Fade() {
    }

    /** s/km per rep, positive = slowing; NaN under three reps with a pace (two points always fit a line). */
    public static double sPerKmPerRep(List<Rep> reps) {
        SimpleRegression ols = new SimpleRegression(true);
        int n = 0;
        for (Rep r : reps) {
            double pace = 1000.0 * r.durationS() / r.distanceM();
            if (Double.isFinite(pace)) {
                ols.addData(r.index(), pace);
                n++;
            }
        }
        return n < MIN_REPS ? Double.NaN : ols.getSlope();
    }
}
