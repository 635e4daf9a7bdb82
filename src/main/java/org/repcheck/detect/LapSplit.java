package org.repcheck.detect;

import java.util.Optional;

/**
 * One lap read as two paces: where the two-line fit over its distance puts the change, and the pace either side. A
 * lap that holds a rep and its recovery (a press only at the rep's start, or a press forgotten) splits into a fast
 * and a slow part; a lap of one pace splits into two near-equal ones.
 *
 * @param fromS       the lap's start, seconds since the activity's start
 * @param cutS        where the pace changes, on the timing series
 * @param toS         the lap's end (or as much of it as was read)
 * @param beforeMps   the pace of the fit's line before the change
 * @param afterMps    the pace after it
 */
record LapSplit(double fromS, double cutS, double toS, double beforeMps, double afterMps) {
    /** Each part of a split lap lasts at least this long: a rep, or a recovery. */
    static final double MIN_PART_S = 20;
    /** The heart rate peaks this long after a rep ends. */
    static final double HR_LAG_S = 20;
    /** A rep raises the heart rate by at least this much over its course. */
    static final double MIN_HR_RISE_BPM = 3;

    /** The lap from {@code fromS} to {@code toS} split in two; empty when it is too short to hold two parts. */
    static Optional<LapSplit> of(Track track, double fromS, double toS) {
        double dt = track.dt;
        int a = track.index(fromS);
        int b = track.index(toS);
        int minSeg = (int) Math.ceil(MIN_PART_S / dt);
        double[] series = track.timingSeries();
        double[] fit = BreakpointFit.split(series, dt, a, b, minSeg);
        if (fit == null) {
            return Optional.empty();
        }
        int search = (int) Math.ceil(20 / dt);
        int local = Math.max((int) Math.ceil(SignalSegmenter.LOCAL_FIT_S / dt), 3);
        double cut = BreakpointFit.refine(track, series, (int) fit[0], a, b, search, local);
        return Optional.of(new LapSplit(fromS, cut, toS, fit[1], fit[2]));
    }

    /**
     * The fast opening as a rep, ending where the runner began to ease off ({@link SignalSegmenter#END_LEAD_S} before
     * the fitted change), when it runs {@code ratio} × the rest of the lap and raises the heart rate.
     */
    Optional<RepSpan> opening(Track track, double ratio) {
        double end = cutS - SignalSegmenter.END_LEAD_S;
        boolean fast = beforeMps >= ratio * Math.max(afterMps, 0.1);
        return fast && parts(end) && heartClimbs(track, fromS, end) ? Optional.of(RepSpan.of(fromS, end))
                : Optional.empty();
    }

    /**
     * The fast close as a rep, starting where the runner began to speed up ({@link SignalSegmenter#TRANSITION_LEAD_S}
     * before the fitted change), when it runs {@code ratio} × the start of the lap and raises the heart rate.
     */
    Optional<RepSpan> closing(Track track, double ratio) {
        double start = cutS - SignalSegmenter.TRANSITION_LEAD_S;
        boolean fast = afterMps >= ratio * Math.max(beforeMps, 0.1);
        return fast && parts(start) && heartClimbs(track, start, toS) ? Optional.of(RepSpan.of(start, toS))
                : Optional.empty();
    }

    /** The fast opening ({@code opening}) or the fast close, as {@link #opening} and {@link #closing} give them. */
    Optional<RepSpan> fastPart(Track track, boolean opening, double ratio) {
        return opening ? opening(track, ratio) : closing(track, ratio);
    }

    private boolean parts(double at) {
        return at - fromS >= MIN_PART_S && toS - at >= MIN_PART_S;
    }

    /** Whether the heart rate climbs over a rep; true without heart rate (the pace then decides alone). */
    private static boolean heartClimbs(Track track, double from, double to) {
        if (track.hr == null) {
            return true;
        }
        double start = track.hrAt(from);
        double peak = track.maxHr(from, to + HR_LAG_S);
        return !Double.isFinite(start) || !Double.isFinite(peak) || peak >= start + MIN_HR_RISE_BPM;
    }
}
