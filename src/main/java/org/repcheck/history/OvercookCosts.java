package org.repcheck.history;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * Ties fatigue to overcooking only across the history (SCIENCE §7 step 6): with ≥ 3 overcooked and ≥ 3 on-target
 * sessions that have a week-after number, the mean cost after overcooked ones minus after on-target ones, and a
 * one-sided permutation test over the session labels (the share of label shuffles giving a difference at least as
 * large, add-one corrected so it is never 0). Seeded: the same sessions give the same p-value.
 */
public final class OvercookCosts {
    private OvercookCosts() {
    }

    /** From the week-afters that have both a label and a number. */
    static OvercookCost of(List<WeekAfter> weekAfters, int permutations, long seed) {
        List<String> ids = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        List<Boolean> over = new ArrayList<>();
        for (WeekAfter w : weekAfters) {
            if (w.overcooked().isPresent() && w.interval().isPresent()) {
                ids.add(w.sessionId());
                costs.add(w.interval().get().meanSPerKm());
                over.add(w.overcooked().get() == SessionLabel.OVERCOOKED);
            }
        }
        return test(ids, costs.stream().mapToDouble(Double::doubleValue).toArray(), over, permutations, seed);
    }

    /**
     * The test on given costs (s/km) and labels (true = overcooked): public so a validation can run it on real
     * week-after costs under shuffled labels.
     */
    public static OvercookCost test(List<String> ids, double[] costs, List<Boolean> overcooked, int permutations,
                                    long seed) {
        List<String> oc = new ArrayList<>();
        List<String> on = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            (overcooked.get(i) ? oc : on).add(ids.get(i));
        }
        if (oc.size() < OvercookCost.MIN_EACH || on.size() < OvercookCost.MIN_EACH) {
            return new OvercookCost(oc, on, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalDouble.empty(), 0, seed, CostFinding.NOT_ENOUGH_SESSIONS);
        }
        boolean[] labels = new boolean[costs.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = overcooked.get(i);
        }
        double[] means = means(costs, labels);
        double observed = means[0] - means[1];
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] shuffled = labels.clone();
        int atLeast = 0;
        for (int p = 0; p < permutations; p++) {
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                boolean t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            double[] m = means(costs, shuffled);
            if (m[0] - m[1] >= observed - 1e-9) {
                atLeast++;
            }
        }
        double pValue = (atLeast + 1.0) / (permutations + 1.0);
        CostFinding finding = observed > 0 && pValue <= OvercookCost.ALPHA ? CostFinding.MORE_COST_AFTER_OVERCOOKED
                : CostFinding.NO_DIFFERENCE_DETECTED;
        return new OvercookCost(oc, on, OptionalDouble.of(means[0]), OptionalDouble.of(means[1]),
                OptionalDouble.of(observed), OptionalDouble.of(pValue), permutations, seed, finding);
    }

    /** {mean of labelled true, mean of labelled false}. */
    private static double[] means(double[] costs, boolean[] labels) {
        double a = 0;
        double b = 0;
        int na = 0;
        int nb = 0;
        for (int i = 0; i < costs.length; i++) {
            if (labels[i]) {
                a += costs[i];
                na++;
            } else {
                b += costs[i];
                nb++;
            }
        }
        return new double[] {a / na, b / nb};
    }
}
