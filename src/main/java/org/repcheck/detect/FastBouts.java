package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast bouts of one split of a run's speed: the stretches above its threshold (with hysteresis), dips that are
 * no recovery bridged, and a brisk warm-up or cool-down glued to a bout cut off. {@link SignalSegmenter} places
 * their boundaries and checks them.
 */
final class FastBouts {
    private FastBouts() {
    }

    /** A dip this short is no recovery, whatever its speed. */
    static final double MAX_DIP_S = 8;

    /** The bouts above the split's threshold, dips that are no recovery bridged ({@link #bridgeDips}). */
    static List<int[]> above(Track track, double[] v, boolean[] in, PaceSplit split) {
        return bridgeDips(track, v, hysteresis(track, v, in, split));
    }

    /** Bouts above the split's threshold, with hysteresis: in at 15 % of the way to the fast mean, out at 15 % below. */
    private static List<int[]> hysteresis(Track track, double[] v, boolean[] in, PaceSplit split) {
        int n = track.n;
        double thr = split.threshold();
        double hiT = thr + 0.15 * (split.fastMps() - thr);
        double loT = thr - 0.15 * (thr - split.easyMps());
        List<int[]> bouts = new ArrayList<>();
        boolean work = false;
        int start = -1;
        for (int i = 0; i < n; i++) {
            boolean can = in[i] && !track.paused[i];
            if (!work) {
                if (can && v[i] >= hiT) {
                    work = true;
                    start = i;
                }
            } else if (!can || v[i] < loT) {
                bouts.add(new int[] {start, i});
                work = false;
            }
        }
        if (work) {
            bouts.add(new int[] {start, n - 1});
        }
        return bouts;
    }

    /**
     * The bouts with a glued warm-up or cool-down cut off, those still long enough, sustained parts restored;
     * {@code glued} receives, for each kept bout, whether it is a stride cut out of longer running.
     */
    static List<int[]> trimmed(Track track, double[] effort, List<int[]> bouts, SignalSegmenter.Bouts rule,
                               List<Boolean> glued) {
        double dt = track.dt;
        List<int[]> untrimmed = new ArrayList<>();
        List<int[]> kept = new ArrayList<>();
        int minSeg = (int) Math.ceil(SignalSegmenter.MIN_REP_S / dt);
        for (int[] b : bouts) {
            int[] rep = trimSlowerEnd(effort, track.timingSeries(), dt, b, minSeg);
            boolean cut = false;
            if (rule == SignalSegmenter.Bouts.STRIDES && (rep[1] - rep[0]) * dt > Strides.MAX_S) {
                int[] stride = Strides.gluedStride(effort, track.timingSeries(), dt, rep);
                cut = stride != rep;
                rep = stride;
            }
            if ((rep[1] - rep[0]) * dt >= rule.minS) {
                kept.add(rep);
                untrimmed.add(b);
                glued.add(cut);
            }
        }
        return SustainedParts.restore(track, kept, untrimmed);
    }

    /**
     * Joins two bouts separated by a dip that is no recovery: one too short to be one ({@link #MAX_DIP_S}), or up
     * to {@link #MAX_SOFT_DIP_S} long but still at {@link #SOFT_DIP_SHARE} of the bouts' speed — a GPS wobble or a
     * tight corner, where a real recovery (jog, walk, standing) drops far lower.
     */
    private static List<int[]> bridgeDips(Track track, double[] v, List<int[]> bouts) {
        List<int[]> out = new ArrayList<>();
        for (int[] b : bouts) {
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                boolean pausedBetween = false;
                for (int i = last[1]; i < b[0]; i++) {
                    pausedBetween |= track.paused[i];
                }
                double gapS = (b[0] - last[1]) * track.dt;
                boolean shallow = gapS <= MAX_SOFT_DIP_S
                        && mean(v, last[1], b[0]) >= SOFT_DIP_SHARE * 0.5 * (mean(v, last[0], last[1]) + mean(v, b[0], b[1]));
                if (!pausedBetween && (gapS <= MAX_DIP_S || shallow)) {
                    last[1] = b[1];
                    continue;
                }
            }
            out.add(new int[] {b[0], b[1]});
        }
        return out;
    }

    static final double MAX_SOFT_DIP_S = 45;
    static final double SOFT_DIP_SHARE = 0.85;
    /** Two paces inside one bout differing by this much are a rep glued to the easy running beside it. */
    static final double GLUED_RATIO = 1.12;

    /**
     * A bout can start in the last minutes of a brisk warm-up, or run on into a brisk cool-down, when the easy pace
     * sits above the threshold. The two-line fit over the bout's grade-adjusted distance ({@code effort}, so a climb
     * inside a rep is not mistaken for its end) finds the change; when one side is clearly slower it is cut off,
     * and the faster side is checked again. The cut side must be slower on the ground too ({@code raw}, the
     * distance run): on the real FR245 5 × 400 m (altitude from GPS, no barometer) a 15 % "climb" inside each rep
     * made its second half look slower in effort alone, and the trim cut every rep in half.
     */
    private static int[] trimSlowerEnd(double[] effort, double[] raw, double dt, int[] bout, int minSeg) {
        int a = bout[0];
        int b = bout[1];
        for (int depth = 0; depth < 3; depth++) {
            double[] split = BreakpointFit.split(effort, dt, a, b, minSeg);
            if (split == null) {
                break;
            }
            int k = (int) split[0];
            double before = (raw[k] - raw[a]) / Math.max(dt, (k - a) * dt);
            double after = (raw[b] - raw[k]) / Math.max(dt, (b - k) * dt);
            if (split[2] >= GLUED_RATIO * split[1] && after > before) {
                a = k;
            } else if (split[1] >= GLUED_RATIO * split[2] && before > after) {
                b = k;
            } else {
                break;
            }
        }
        return new int[] {a, b};
    }

    private static double mean(double[] v, int from, int to) {
        if (to <= from) {
            return v[Math.max(0, Math.min(v.length - 1, from))];
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / (to - from);
    }
}
