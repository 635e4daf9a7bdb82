package org.repcheck.io.xml;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.repcheck.model.Channel;
import org.repcheck.model.Samples;

/**
 * The columns an XML reader fills while it streams points: absolute times (epoch seconds) until the time axis is
 * known, the other channels in SI units. Grows by doubling; a 200,000-point file costs ten double arrays.
 * Not thread-safe: one per read.
 */
public final class PointColumns {
    private static final int COLS = 9;
    private static final int EPOCH = 0;
    private static final int DIST = 1;
    private static final int SPEED = 2;
    private static final int LAT = 3;
    private static final int LON = 4;
    private static final int ALT = 5;
    private static final int HR = 6;
    private static final int CAD = 7;
    private static final int POWER = 8;

    private double[][] cols = new double[COLS][];
    private int size;

    public PointColumns() {
        for (int c = 0; c < COLS; c++) {
            cols[c] = nan(1024);
        }
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Starts a new point with every value missing; returns its index. */
    public int add() {
        org.repcheck.io.ReadLimits.checkSamples(size + 1);
        if (size == cols[0].length) {
            int cap = size + (size >> 1) + 16;
            for (int c = 0; c < COLS; c++) {
                double[] grown = Arrays.copyOf(cols[c], cap);
                Arrays.fill(grown, size, cap, Double.NaN);
                cols[c] = grown;
            }
        }
        return size++;
    }

    public int size() {
        return size;
    }

    public void epochS(int i, double v) { cols[EPOCH][i] = v; }
    public void distance(int i, double v) { cols[DIST][i] = v; }
    public void speed(int i, double v) { cols[SPEED][i] = v; }
    public void lat(int i, double v) { cols[LAT][i] = v; }
    public void lon(int i, double v) { cols[LON][i] = v; }
    public void altitude(int i, double v) { cols[ALT][i] = v; }
    public void hr(int i, double v) { cols[HR][i] = v; }
    public void cadence(int i, double v) { cols[CAD][i] = v; }
    public void power(int i, double v) { cols[POWER][i] = v; }

    public double distance(int i) { return cols[DIST][i]; }
    public double hrAt(int i) { return cols[HR][i]; }
    public double lat(int i) { return cols[LAT][i]; }
    public double lon(int i) { return cols[LON][i]; }

    /** The absolute times collected so far (the array itself, valid up to {@link #size()}). */
    public double[] epochColumn() {
        return cols[EPOCH];
    }

    /** Whether any point has a value for this column. */
    public boolean anyDistance() {
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(cols[DIST][i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finished samples, with times taken from the axis. Trims and releases one column at a time so the peak
     * is about twice the final samples, not three times. The columns are unusable afterwards.
     */
    public Samples toSamples(TimeAxis axis) {
        Map<Channel, double[]> m = new EnumMap<>(Channel.class);
        double[] time = new double[size];
        for (int i = 0; i < size; i++) {
            time[i] = axis.offsetS(i);
        }
        cols[EPOCH] = null;
        m.put(Channel.TIME, time);
        m.put(Channel.DISTANCE, take(DIST));
        m.put(Channel.SPEED, take(SPEED));
        m.put(Channel.LAT, take(LAT));
        m.put(Channel.LON, take(LON));
        m.put(Channel.ALTITUDE, take(ALT));
        m.put(Channel.HR, take(HR));
        m.put(Channel.CADENCE, take(CAD));
        m.put(Channel.POWER, take(POWER));
        return Samples.of(size, m);
    }

    private double[] take(int c) {
        double[] a = Arrays.copyOf(cols[c], size);
        cols[c] = null;
        return a;
    }
}
