package org.repcheck.report;

import java.util.Arrays;

/**
 * Thins a time series to what a chart of a given pixel width can show, without losing its peaks: for each pixel
 * column it keeps the column's lowest and highest value (in the order they occurred), so a one-second HR spike or
 * a sprint survives where plain decimation would drop it. A column whose samples are all missing keeps one NaN
 * point so the line shows the gap. At most 2 points per column plus gaps; O(n), no allocation per sample.
 */
public final class SeriesReducer {
    private SeriesReducer() {
    }

    /** Reduced x and y, same length. */
    public record Series(double[] x, double[] y) {
        public int size() {
            return x.length;
        }
    }

    /**
     * @param x       sample positions, normally non-decreasing (NaN positions are skipped); a file whose clock
     *                went backwards gives positions that revisit columns, which costs more points, never a crash
     * @param y       values, NaN = missing
     * @param columns the chart's plot width in pixels
     */
    public static Series reduce(double[] x, double[] y, int columns) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        int n = x.length;
        double lo = Double.NaN, hi = Double.NaN;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                lo = Double.isNaN(lo) ? v : Math.min(lo, v);
                hi = Double.isNaN(hi) ? v : Math.max(hi, v);
            }
        }
        if (n <= 2L * columns || Double.isNaN(lo) || columns < 1) {
            return copyPresent(x, y);
        }
        double span = hi - lo;
        double[] ox = new double[2 * columns + columns];
        double[] oy = new double[ox.length];
        int out = 0;
        int col = -1;
        int minI = -1, maxI = -1;
        boolean sawSample = false;
        for (int i = 0; i <= n; i++) {
            int c;
            if (i < n) {
                if (Double.isNaN(x[i])) {
                    continue;
                }
                c = span > 0 ? (int) Math.max(0, Math.min(columns - 1, (x[i] - lo) / span * columns)) : 0;
            } else {
                c = Integer.MAX_VALUE; // flush the last column
            }
            if (c != col) {
                if (col >= 0) {
                    if (out + 2 > ox.length) { // positions went back to columns already emitted
                        ox = Arrays.copyOf(ox, Math.min(2 * ox.length, 2 * n + 2));
                        oy = Arrays.copyOf(oy, ox.length);
                    }
                    out = emit(x, y, ox, oy, out, minI, maxI, sawSample);
                }
                col = c;
                minI = -1;
                maxI = -1;
                sawSample = false;
                if (i == n) {
                    break;
                }
            }
            sawSample = true;
            double v = y[i];
            if (!Double.isNaN(v)) {
                if (minI < 0 || v < y[minI]) {
                    minI = i;
                }
                if (maxI < 0 || v > y[maxI]) {
                    maxI = i;
                }
            } else if (minI < 0 && maxI < 0) {
                minI = -1 - i; // remember the first missing sample's position for the gap marker
            }
        }
        return new Series(Arrays.copyOf(ox, out), Arrays.copyOf(oy, out));
    }

    private static int emit(double[] x, double[] y, double[] ox, double[] oy, int out, int minI, int maxI,
                            boolean sawSample) {
        if (maxI < 0) {
            if (sawSample && minI < 0) { // only missing values in this column: a gap
                ox[out] = x[-1 - minI];
                oy[out] = Double.NaN;
                out++;
            }
            return out;
        }
        int first = Math.min(minI, maxI);
        int second = Math.max(minI, maxI);
        ox[out] = x[first];
        oy[out] = y[first];
        out++;
        if (second != first) {
            ox[out] = x[second];
            oy[out] = y[second];
            out++;
        }
        return out;
    }

    private static Series copyPresent(double[] x, double[] y) {
        double[] ox = new double[x.length];
        double[] oy = new double[y.length];
        int out = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                ox[out] = x[i];
                oy[out] = y[i];
                out++;
            }
        }
        return new Series(Arrays.copyOf(ox, out), Arrays.copyOf(oy, out));
    }

    /** Every k-th point of a path (a route has no x order to bin on), keeping the last; at most {@code max} points. */
    public static int[] strideIndices(int n, int max) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int step = (int) Math.ceil(n / (double) (max - 1));
        int count = (n - 1) / step + 1;
        int[] idx = new int[count + ((n - 1) % step == 0 ? 0 : 1)];
        for (int k = 0; k < count; k++) {
            idx[k] = k * step;
        }
        idx[idx.length - 1] = n - 1;
        return idx;
    }
}
