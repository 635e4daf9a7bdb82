package org.repcheck.io.xml;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the few points of a file whose clock is implausibly far from the rest — one stamp in 2099, a clock reset
 * to 1970 for a moment — and bridges their times from the neighbouring points, so that one bad value does not
 * stretch the time axis over decades and cost every rep. The timed points are cut into runs wherever the clock
 * jumps by more than {@link #GAP_S}; a run holding under {@link #SMALL_SHARE} of the timed points whose times lie
 * more than that from every large run is an outlier. A history export with several whole activities weeks apart
 * has large runs and is left as it is.
 */
final class ClockOutliers {
    /** As the FIT reader: longer than any activity or pause, far shorter than a corrupted clock's jump. */
    static final double GAP_S = 30 * 86_400.0;
    static final double SMALL_SHARE = 0.05;

    private ClockOutliers() {
    }

    /** The times with outliers bridged (a copy), or {@code epochS} itself when there are none. */
    static double[] bridge(double[] epochS, int n, String pointWord, List<String> warnings) {
        int[] run = new int[n];
        int runs = 0;
        double prev = Double.NaN;
        int timed = 0;
        for (int i = 0; i < n; i++) {
            double t = epochS[i];
            if (Double.isNaN(t)) {
                run[i] = -1;
                continue;
            }
            if (!Double.isNaN(prev) && Math.abs(t - prev) > GAP_S) {
                runs++;
            }
            run[i] = runs;
            prev = t;
            timed++;
        }
        if (runs == 0) {
            return epochS;
        }
        boolean[] outlierRun = outlierRuns(epochS, run, runs + 1, timed);
        boolean[] bad = new boolean[n];
        int badCount = 0;
        int firstBad = -1;
        for (int i = 0; i < n; i++) {
            if (run[i] >= 0 && outlierRun[run[i]]) {
                bad[i] = true;
                badCount++;
                if (firstBad < 0) {
                    firstBad = i;
                }
            }
        }
        if (badCount == 0 || badCount == timed) {
            return epochS;
        }
        double[] out = Arrays.copyOf(epochS, n);
        for (int i = 0; i < n; i++) {
            if (bad[i]) {
                out[i] = between(epochS, bad, i);
            }
        }
        warnings.add(badCount + " " + (badCount == 1 ? singular(pointWord) + " has an implausible time" : pointWord
                + " have implausible times") + " (" + shown(epochS[firstBad]) + " at " + singular(pointWord) + " "
                + (firstBad + 1) + ", more than 30 days from the rest); bridged from the neighbouring times");
        return out;
    }

    private static boolean[] outlierRuns(double[] t, int[] run, int runs, int timed) {
        int[] size = new int[runs];
        double[] lo = new double[runs];
        double[] hi = new double[runs];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < run.length; i++) {
            int r = run[i];
            if (r >= 0) {
                size[r]++;
                lo[r] = Math.min(lo[r], t[i]);
                hi[r] = Math.max(hi[r], t[i]);
            }
        }
        // At most 1/SMALL_SHARE runs are large, so this stays linear in the number of runs.
        int[] large = java.util.stream.IntStream.range(0, runs).filter(r -> size[r] >= SMALL_SHARE * timed).toArray();
        boolean[] out = new boolean[runs];
        for (int r = 0; r < runs && large.length > 0; r++) {
            if (size[r] >= SMALL_SHARE * timed) {
                continue;
            }
            boolean nearLarge = false;
            for (int k : large) {
                nearLarge |= lo[r] <= hi[k] + GAP_S && hi[r] >= lo[k] - GAP_S;
            }
            out[r] = !nearLarge;
        }
        return out;
    }

    /** The time bridged for point i: linear between the nearest good times before and after it. */
    private static double between(double[] t, boolean[] bad, int i) {
        int p = i - 1;
        while (p >= 0 && (bad[p] || Double.isNaN(t[p]))) {
            p--;
        }
        int q = i + 1;
        while (q < bad.length && (bad[q] || Double.isNaN(t[q]))) {
            q++;
        }
        boolean hasP = p >= 0;
        boolean hasQ = q < bad.length;
        if (hasP && hasQ) {
            return t[p] + (t[q] - t[p]) * (i - p) / (q - p);
        }
        return hasP ? t[p] : t[q];
    }

    private static String shown(double epochS) {
        try {
            return Instant.ofEpochSecond((long) Math.floor(epochS)).toString();
        } catch (java.time.DateTimeException e) {
            return "a time out of any calendar";
        }
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
