package org.repcheck.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The recorded time series, stored by column ({@code double[]} per {@link Channel}) so a 100,000-record file
 * costs a few arrays, not 100,000 objects. Missing values are NaN. Immutable: the arrays never leave this class
 * except as copies; use the indexed accessors on hot paths.
 */
public final class Samples {
    private static final Samples EMPTY = new Builder(0).build();

    private final int size;
    private final Map<Channel, double[]> columns;
    // The columns the hot loops read, held directly: an EnumMap look-up per sample was a few per cent of a batch.
    private final double[] time;
    private final double[] distance;
    private final double[] speed;
    private final double[] lat;
    private final double[] lon;
    private final double[] altitude;
    private final double[] hr;
    private final double[] cadence;
    private final double[] power;

    private Samples(int size, Map<Channel, double[]> columns) {
        this.size = size;
        this.columns = columns;
        this.time = columns.get(Channel.TIME);
        this.distance = columns.get(Channel.DISTANCE);
        this.speed = columns.get(Channel.SPEED);
        this.lat = columns.get(Channel.LAT);
        this.lon = columns.get(Channel.LON);
        this.altitude = columns.get(Channel.ALTITUDE);
        this.hr = columns.get(Channel.HR);
        this.cadence = columns.get(Channel.CADENCE);
        this.power = columns.get(Channel.POWER);
    }

    public static Samples empty() {
        return EMPTY;
    }

    /** Builds from whole columns (copied); every given column must have {@code size} values. */
    public static Samples of(int size, Map<Channel, double[]> columns) {
        Map<Channel, double[]> copy = new EnumMap<>(Channel.class);
        for (Map.Entry<Channel, double[]> e : columns.entrySet()) {
            if (e.getValue().length != size) {
                throw new IllegalArgumentException(e.getKey() + " has " + e.getValue().length + " values, expected " + size);
            }
            copy.put(e.getKey(), Arrays.copyOf(e.getValue(), size));
        }
        return new Samples(size, fillMissing(size, copy));
    }

    private static Map<Channel, double[]> fillMissing(int size, Map<Channel, double[]> cols) {
        for (Channel c : Channel.values()) {
            cols.computeIfAbsent(c, k -> nanArray(size));
        }
        return cols;
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public double get(Channel c, int i) {
        return columns.get(c)[i];
    }

    public double time(int i) { return time[i]; }
    public double distance(int i) { return distance[i]; }
    public double speed(int i) { return speed[i]; }
    public double lat(int i) { return lat[i]; }
    public double lon(int i) { return lon[i]; }
    public double altitude(int i) { return altitude[i]; }
    public double hr(int i) { return hr[i]; }
    public double cadence(int i) { return cadence[i]; }
    public double power(int i) { return power[i]; }

    /** A copy of one column, for algorithms that want a plain array. */
    public double[] column(Channel c) {
        return columns.get(c).clone();
    }

    /** True when at least one sample has a value in this channel. */
    public boolean has(Channel c) {
        for (double v : columns.get(c)) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** Number of samples with a value in this channel. */
    public int count(Channel c) {
        int n = 0;
        for (double v : columns.get(c)) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /** Samples {@code from} (inclusive) to {@code to} (exclusive), times unchanged. */
    public Samples slice(int from, int to) {
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        for (Map.Entry<Channel, double[]> e : columns.entrySet()) {
            cols.put(e.getKey(), Arrays.copyOfRange(e.getValue(), from, to));
        }
        return new Samples(to - from, cols);
    }

    public static Builder builder() {
        return new Builder(256);
    }

    /** Appends one sample at a time; readers use it, then freeze with {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final EnumMap<Channel, double[]> cols = new EnumMap<>(Channel.class);
        private int size;

        private Builder(int capacity) {
            for (Channel c : Channel.values()) {
                cols.put(c, nanArray(Math.max(capacity, 1)));
            }
        }

        /** Starts a new sample with every channel missing; then {@link #set} its values. */
        public Builder add() {
            if (size == cols.get(Channel.TIME).length) {
                int cap = size * 2;
                for (Channel c : Channel.values()) {
                    double[] old = cols.get(c);
                    double[] grown = Arrays.copyOf(old, cap);
                    Arrays.fill(grown, size, cap, Double.NaN);
                    cols.put(c, grown);
                }
            }
            size++;
            return this;
        }

        /** Sets a channel of the latest sample. */
        public Builder set(Channel c, double value) {
            cols.get(c)[size - 1] = value;
            return this;
        }

        public double last(Channel c) {
            return size == 0 ? Double.NaN : cols.get(c)[size - 1];
        }

        public int size() {
            return size;
        }

        public Samples build() {
            Map<Channel, double[]> out = new EnumMap<>(Channel.class);
            for (Channel c : Channel.values()) {
                out.put(c, Arrays.copyOf(cols.get(c), size));
            }
            return new Samples(size, out);
        }
    }
}
