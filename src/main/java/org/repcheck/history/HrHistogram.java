package org.repcheck.history;

import java.util.Arrays;

/**
 * Moving time spent at each whole heart rate, so a TRIMP can be worked out later with HR anchors (max, rest) that
 * are only known once the whole history is seen. 1 bpm bins from {@link #FIRST_BPM}; HR outside is clamped.
 *
 * @param secondsPerBpm {@code secondsPerBpm[i]} = seconds at {@code FIRST_BPM + i} bpm
 */
public record HrHistogram(int[] secondsPerBpm) {
    public static final int FIRST_BPM = 40;
    public static final int BINS = 191;

    public HrHistogram {
        if (secondsPerBpm.length != BINS) {
            throw new IllegalArgumentException("an HR histogram has " + BINS + " bins");
        }
        secondsPerBpm = secondsPerBpm.clone();
    }

    public static HrHistogram empty() {
        return new HrHistogram(new int[BINS]);
    }

    @Override
    public int[] secondsPerBpm() {
        return secondsPerBpm.clone();
    }

    /** Seconds at {@code FIRST_BPM + bin} bpm. */
    public int seconds(int bin) {
        return secondsPerBpm[bin];
    }

    public static int bin(double bpm) {
        return (int) Math.max(0, Math.min(BINS - 1, Math.round(bpm) - FIRST_BPM));
    }

    /** Total seconds with a heart rate. */
    public long totalS() {
        long s = 0;
        for (int v : secondsPerBpm) {
            s += v;
        }
        return s;
    }

    /** Seconds at or above {@code bpm}. */
    public long secondsAtOrAbove(double bpm) {
        long s = 0;
        for (int i = bin(bpm); i < BINS; i++) {
            s += secondsPerBpm[i];
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HrHistogram h && Arrays.equals(secondsPerBpm, h.secondsPerBpm);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secondsPerBpm);
    }

    @Override
    public String toString() {
        return "HrHistogram[" + totalS() + " s]";
    }
}
