package org.repcheck.detect;

import java.util.List;

/**
 * A ladder's last step: the 200 m that ends a 1200-1000-800-600-400-200 m ladder is far shorter than the set's
 * typical rep, as a cool-down stride is, but it is the next step down, after the same short recovery. On the
 * realistic generated ladders the stride rule of {@link OddBouts} cut it from 2 of the 60 sessions.
 */
final class Ladder {
    private Ladder() {
    }

    /** The bouts beside it must step this many times in one direction to make a ladder. */
    static final int MIN_STEPS = 2;
    /**
     * Each step is at least this share of the longer bout: a ladder steps 200 m between 400 m and 1200 m (17-50 %),
     * where reps of one size differ by their measurement (a few per cent).
     */
    static final double MIN_STEP_SHARE = 0.15;
    /** The bout's step may differ from the ladder's typical step by this share of it... */
    static final double STEP_TOLERANCE = 0.3;
    /** ...and its recovery be at most this many times the recovery before the step beside it. */
    static final double RECOVERY_FACTOR = 1.25;

    /**
     * Whether bout {@code i}, at one end of the set, is the next step of the ladder the bouts beside it climb
     * towards it ({@code inward} +1 when the set lies after it, -1 when before it): each of the
     * {@link #MIN_STEPS} bouts nearer it shorter in distance than the one before, by about one typical step, and its
     * own step and recovery in line with theirs. A step is a distance (200 m a rung) or a ratio: a 200-400-800-1200 m
     * ladder doubles, then adds half, and its opening 200 m steps 200 m against the next steps' 400 m, so it was cut
     * as a stride (3 of 400 dev ladders; a 130 m stride before it steps by 1.5 against the doubling, and still goes).
     */
    static boolean continues(List<RepSpan> bouts, double[] dist, int i, int inward) {
        int far = i + inward * (MIN_STEPS + 1);
        if (far < 0 || far >= bouts.size()) {
            return false;
        }
        double[] steps = new double[MIN_STEPS];
        double[] ratios = new double[MIN_STEPS];
        for (int k = 0; k < MIN_STEPS; k++) {
            int outer = i + inward * (k + 2);
            int inner = i + inward * (k + 1);
            steps[k] = dist[outer] - dist[inner];
            ratios[k] = Math.log(dist[outer] / dist[inner]);
            if (steps[k] < MIN_STEP_SHARE * dist[outer]) {
                return false;
            }
        }
        double step = org.repcheck.model.Median.of(steps);
        double own = dist[i + inward] - dist[i];
        double ratio = org.repcheck.model.Median.of(ratios);
        double ownRatio = Math.log(dist[i + inward] / dist[i]);
        boolean inStep = Math.abs(own - step) <= STEP_TOLERANCE * step
                || Math.abs(ownRatio - ratio) <= STEP_TOLERANCE * ratio;
        return inStep && gap(bouts, i, i + inward) <= RECOVERY_FACTOR * gap(bouts, i + inward, i + 2 * inward);
    }

    private static double gap(List<RepSpan> bouts, int a, int b) {
        RepSpan x = bouts.get(Math.min(a, b));
        RepSpan y = bouts.get(Math.max(a, b));
        return y.startS() - x.endS();
    }
}
