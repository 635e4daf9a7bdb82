package org.repcheck.detect;

import java.util.List;

/**
 * A session whose reps are strides (the real 5 × 20 s twins): bursts of 15-30 s near mile pace from a walk or a jog.
 * The signal path looks for them only when the run holds no reps of {@link SignalSegmenter#MIN_REP_S} or more, and
 * keeps them only when every bout it finds is a stride: a steady run's speed-ups after a crossing are its own pace
 * again, and a set of longer reps never reads as one.
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

    /** Whether the bouts found with {@link #MIN_S} and {@link #LOCAL_RATIO} are a session of strides. */
    static boolean isSession(List<RepSpan> bouts) {
        return bouts.size() >= MIN_COUNT && bouts.stream().allMatch(r -> r.endS() - r.startS() <= MAX_S);
    }

    /** What the notes say when they are. */
    static String note(int count) {
        return "signal: a session of strides (" + count + " bursts of " + (int) MIN_S + "-" + (int) MAX_S
                + " s, each far faster than the running around it)";
    }
}
