package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.repcheck.model.Median;

/**
 * A session whose reps are strides (the real 5 × 20 s twins): bursts of 15-30 s near mile pace from a walk or a jog.
 * The signal path looks for them when the run holds no reps of {@link SignalSegmenter#MIN_REP_S} or more, or only
 * reps short enough to be strides ({@link #couldBe}: a 21 s stride measures 25-29 s as often as 20-24 s, so the
 * reps rule keeps some of a session's strides and drops the rest), and keeps them only when every bout it finds
 * is a stride: a steady run's speed-ups after a crossing are its own pace again, and a set of longer reps never
 * reads as one.
 */
final class Strides {
    private Strides() {
    }

    /**
     * A stride lasts this long at least, as the boundary fit measures it: shorter bursts are a glitch or a sprint
     * for a crossing. A 15-17 s stride measures 13-15 s (each boundary is placed where the change of pace begins),
     * and at 15 the generated strides sessions lost a third of theirs (F1 0.883; 0.926 at 12, the same at 10).
     */
    static final double MIN_S = 12;
    /** ...and at most this long: 30 s of running, and a few seconds the smoothed speed adds at each end. */
    static final double MAX_S = 45;
    /** Every stride runs this far above the minute either side of it (reps need {@link SignalSegmenter#MIN_LOCAL_RATIO}). */
    static final double LOCAL_RATIO = 1.5;
    /** The session's fast class is this much faster than its easy one... */
    static final double CLASS_RATIO = 1.3;
    /** ...and may be this small a share of the run: five 20 s strides in a 40 minute run are 4 % of it. */
    static final double MIN_SHARE = 0.02;
    /**
     * A handful of strides are too small a class to explain much of a run's spread (Otsu's η 0.3-0.5 on the
     * generated strides sessions, against 0.64 for one pace with a normal scatter): the ratios above and every
     * bout's own checks carry the decision.
     */
    static final double ETA = 0.25;
    /** At least this many strides make a session of them. */
    static final int MIN_COUNT = 3;

    /** A stride glued to the warm-up or cool-down is this much faster than the running it is glued to. */
    static final double GLUED_RATIO = 1.3;

    /**
     * The stride at one end of a bout that is longer than a stride: the first stride straight out of a brisk
     * warm-up, or the last run into the cool-down, makes one bout with it when the warm-up's pace sits above the
     * split's threshold (walked recoveries pull the threshold down). The two-line fit over the bout's last, or first,
     * {@link #EDGE_S} finds where the stride begins (or ends); the end whose piece runs {@link #GLUED_RATIO} × the
     * rest, and lasts {@link #MIN_S}-{@link #MAX_S}, is the stride. The bout unchanged when neither does.
     */
    static int[] gluedStride(double[] effort, double[] raw, double dt, int[] bout) {
        int edge = (int) Math.ceil(EDGE_S / dt);
        int minSeg = (int) Math.ceil(MIN_S / dt);
        int a = bout[0];
        int b = bout[1];
        double[] tail = BreakpointFit.split(effort, dt, Math.max(a, b - edge), b, minSeg);
        if (tail != null && stride(raw, dt, (int) tail[0], b, a, (int) tail[0], tail[2], tail[1])) {
            return new int[] {(int) tail[0], b};
        }
        double[] head = BreakpointFit.split(effort, dt, a, Math.min(b, a + edge), minSeg);
        if (head != null && stride(raw, dt, a, (int) head[0], (int) head[0], b, head[1], head[2])) {
            return new int[] {a, (int) head[0]};
        }
        return bout;
    }

    /** How much of a bout's edge the glued-stride fit looks at: a stride and as much running again. */
    static final double EDGE_S = 2 * MAX_S;

    private static boolean stride(double[] raw, double dt, int from, int to, int restFrom, int restTo,
                                  double strideRate, double restRate) {
        double len = (to - from) * dt;
        double ground = (raw[to] - raw[from]) / Math.max(dt, len);
        double rest = (raw[restTo] - raw[restFrom]) / Math.max(dt, (restTo - restFrom) * dt);
        return len >= MIN_S && len <= MAX_S && strideRate >= GLUED_RATIO * restRate && ground >= GLUED_RATIO * rest;
    }

    /**
     * The run's fast class split again, when its own fast part is {@link #CLASS_RATIO} × the run's easy pace and
     * holds {@link #MIN_SHARE} of the run: the split to find strides with where the run's own split fell between
     * the jog and brisker running (the generated strides sessions on hills, read effort-adjusted).
     */
    static Optional<PaceSplit> inFastClass(double[] v, boolean[] moving, PaceSplit run) {
        if (run.samples() == 0 || Double.isNaN(run.threshold())) {
            return Optional.empty();
        }
        PaceSplit fast = PaceSplit.of(v, moving, run.threshold(), SignalSegmenter.MAX_MPS);
        boolean strides = fast.samples() > 0 && fast.fastMps() >= CLASS_RATIO * run.easyMps()
                && fast.samples() * (1 - fast.easyShare()) >= MIN_SHARE * run.samples();
        return strides ? Optional.of(fast) : Optional.empty();
    }

    /**
     * Whether reps the reps rule found are short enough to be strides, some of them lost to its 25 s floor: their
     * median, so that strides the reps' wider fit stretched past {@link #MAX_S} (a 20 s stride measured 61 s on a
     * GPS altitude's wander) do not keep the strides rule from placing them.
     */
    static boolean couldBe(List<RepSpan> reps) {
        return reps.size() > 1 && Median.of(reps.stream().mapToDouble(r -> r.endS() - r.startS()).toArray()) <= MAX_S;
    }

    /**
     * Whether {@code strides} hold every one of {@code reps} and more, and the more are the set's: each stride the
     * reps do not hold lies inside their span, or one of their periods (start to start, within
     * {@link #RHYTHM_TOLERANCE}) beyond an end or beyond another such stride. Warm-up strides before a set of
     * 200 m reps (33-43 s each, all short enough to be strides) lie out of its rhythm, and the set stays as the reps
     * rule found it. Or the strides are the reps themselves, measured tighter ({@link #tighter}).
     */
    static boolean fillIn(List<RepSpan> strides, List<RepSpan> reps) {
        if ((strides.size() <= reps.size() && !tighter(strides, reps))
                || !reps.stream().allMatch(r -> strides.stream().anyMatch(x -> x.overlapS(r) > 0))) {
            return false;
        }
        if (reps.isEmpty()) {
            return true;
        }
        double first = reps.get(0).startS();
        double last = reps.get(reps.size() - 1).startS();
        double period = period(reps);
        List<Double> outside = new ArrayList<>();
        for (RepSpan x : strides) {
            if (reps.stream().noneMatch(r -> x.overlapS(r) > 0) && !(x.startS() > first && x.startS() < last)) {
                outside.add(x.startS());
            }
        }
        // Beyond the ends, each stride must continue the set's rhythm from the stride next to it.
        boolean grew = true;
        while (grew && !outside.isEmpty()) {
            grew = false;
            for (Iterator<Double> it = outside.iterator(); it.hasNext(); ) {
                double x = it.next();
                if (onePeriod(first - x, period)) {
                    first = x;
                } else if (onePeriod(x - last, period)) {
                    last = x;
                } else {
                    continue;
                }
                it.remove();
                grew = true;
            }
        }
        return outside.isEmpty();
    }

    /**
     * Whether the strides are the reps, one for one, where the reps rule measured some longer than a stride: its
     * edges, fitted on windows round each candidate and on the reps' wider speed window, stretch a stride into the
     * jog beside it. On the realistic generated mix (the tuned 540 sessions and 2,800 of the dev seeds) 8 sessions
     * came out whole and none was lost.
     */
    private static boolean tighter(List<RepSpan> strides, List<RepSpan> reps) {
        return strides.size() == reps.size() && !reps.isEmpty()
                && reps.stream().anyMatch(r -> r.endS() - r.startS() > MAX_S)
                && reps.stream().allMatch(r -> strides.stream().filter(x -> x.overlapS(r) > 0).count() == 1);
    }

    /**
     * The set's rhythm, start to start: the median of its gaps, so strides the reps rule lost inside the set do not
     * stretch it. The real epix 2 history's 9 × 25-40 s with walks (16844072187) read as reps lost two strides in
     * the middle; its mean period (114 s against 87 s) then put the last stride out of rhythm, and the session came
     * out as 6 reps instead of 9 strides.
     */
    static double period(List<RepSpan> reps) {
        if (reps.size() < 2) {
            return Double.NaN;
        }
        double[] gaps = new double[reps.size() - 1];
        for (int i = 1; i < reps.size(); i++) {
            gaps[i - 1] = reps.get(i).startS() - reps.get(i - 1).startS();
        }
        return Median.of(gaps);
    }

    /**
     * A bout of the set lies this close (share of the set's period, rep and recovery) to where the set's rhythm
     * puts it: an added stride, a slow rep kept ({@link OddBouts#drop}), a rep after one or two the signal lost.
     */
    static final double RHYTHM_TOLERANCE = 0.2;

    /** Whether {@code gap}, start to start, is one {@code period} within {@link #RHYTHM_TOLERANCE}. */
    static boolean onePeriod(double gap, double period) {
        return Math.abs(gap - period) <= RHYTHM_TOLERANCE * period;
    }

    /**
     * Whether the bouts found with {@link #MIN_S} and {@link #LOCAL_RATIO} are a session of strides: each at most
     * {@link #SESSION_STRETCH} times {@link #MAX_S}.
     */
    static boolean isSession(List<RepSpan> bouts) {
        return bouts.size() >= MIN_COUNT
                && bouts.stream().allMatch(r -> r.endS() - r.startS() <= SESSION_STRETCH * MAX_S);
    }

    /**
     * The slowest stride of a session, run uphill or faded and kept in the set by its rhythm
     * ({@link OddBouts#drop}), lasts a few seconds longer than the rest: a generated 16 × 200 m of 37-44 s had one
     * of 46 s, and at {@link #MAX_S} it cost the whole session.
     */
    static final double SESSION_STRETCH = 1.1;

    /** What the notes say when they are. */
    static String note(int count) {
        return "signal: a session of strides (" + count + " bursts of " + (int) MIN_S + "-" + (int) MAX_S
                + " s, each far faster than the running around it)";
    }
}
