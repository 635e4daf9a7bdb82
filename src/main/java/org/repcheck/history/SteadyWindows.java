package org.repcheck.history;

import java.util.Arrays;

/**
 * A run's steady 60 s windows (SCIENCE §7 step 2), the only samples the history keeps: parallel primitive arrays,
 * one entry per window, at most {@link #MAX} windows, so 10,000 runs fit in a few megabytes. Plain arrays so the
 * rerun cache can keep a digest as JSON.
 *
 * @param startS   window start, seconds since the activity's start
 * @param hrBpm    mean heart rate over the window, bpm
 * @param speedMps mean grade-adjusted speed over the window, m/s (the flat speed of the same metabolic cost,
 *                 Minetti 2002; equal to the raw speed where the grade is unknown)
 * @param grade    mean grade over the window as a fraction (0.02 = 2 % uphill); NaN without altitude
 */
public record SteadyWindows(double[] startS, double[] hrBpm, double[] speedMps, double[] grade) {
    /** Windows kept per run: four hours of 60 s windows. */
    public static final int MAX = 240;
    /** Each window's length, seconds. */
    public static final double WINDOW_S = 60;

    public SteadyWindows {
        int n = startS.length;
        if (hrBpm.length != n || speedMps.length != n || grade.length != n || n > MAX) {
            throw new IllegalArgumentException("steady windows need parallel arrays of at most " + MAX);
        }
        startS = startS.clone();
        hrBpm = hrBpm.clone();
        speedMps = speedMps.clone();
        grade = grade.clone();
    }

    public static SteadyWindows none() {
        return new SteadyWindows(new double[0], new double[0], new double[0], new double[0]);
    }

    public int size() {
        return startS.length;
    }

    public boolean isEmpty() {
        return startS.length == 0;
    }

    /** Arrays are copied in and out: the record stays immutable. */
    @Override
    public double[] startS() {
        return startS.clone();
    }

    @Override
    public double[] hrBpm() {
        return hrBpm.clone();
    }

    @Override
    public double[] speedMps() {
        return speedMps.clone();
    }

    @Override
    public double[] grade() {
        return grade.clone();
    }

    public double startS(int i) {
        return startS[i];
    }

    public double hrBpm(int i) {
        return hrBpm[i];
    }

    public double speedMps(int i) {
        return speedMps[i];
    }

    public double grade(int i) {
        return grade[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SteadyWindows w && Arrays.equals(startS, w.startS) && Arrays.equals(hrBpm, w.hrBpm)
                && Arrays.equals(speedMps, w.speedMps) && Arrays.equals(grade, w.grade);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(startS) * 31 + Arrays.hashCode(hrBpm);
    }

    @Override
    public String toString() {
        return "SteadyWindows[" + size() + "]";
    }
}
