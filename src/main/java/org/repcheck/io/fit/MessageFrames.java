package org.repcheck.io.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@link PartDecoder} hands the SDK of one FIT part, found by walking the message headers and definitions
 * without decoding a value. Data messages of types repcheck never reads (GPS metadata, HRV, Garmin's undocumented
 * messages: most of a modern watch's messages) are left out; records — nearly every field of a file, about 19
 * fields each of which repcheck keeps at most 11 — go over with only the fields {@link FitMessages} reads, their
 * definitions rewritten to match. Every other message goes over byte for byte. The walk vouches only for a plain
 * part: a compressed-timestamp header (its time depends on every message before it), a reserved header bit, a
 * record with compressed_speed_distance (its values exist only expanded), an undefined local type or a message
 * past the end, and the walk gives up — then the SDK gets every byte, as before, and meets any damage where it did.
 */
final class MessageFrames {
    static final byte SKIP = 0;
    static final byte REWRITE = 1;
    /** Global message numbers FitMessages reads, and the developer definitions the records' fields depend on. */
    private static final int[] KEPT = {0, 18, 19, 20, 21, 23, 27, 34, 206, 207};
    private static final int RECORD = 20;
    /** The record fields FitMessages reads: timestamp, position, altitude, HR, cadence, distance, speed, power. */
    private static final int[] RECORD_FIELDS = {0, 1, 2, 3, 4, 5, 6, 7, 73, 78, 253};
    private static final int COMPRESSED_SPEED_DISTANCE = 8;

    /**
     * The messages not handed over as they are, in byte order: {@code [starts[k], ends[k])} is skipped, or replaced
     * by {@link #replacement}.
     */
    record Plan(int[] starts, int[] ends, byte[] kinds, int[] layouts, List<Layout> layoutList) {
        int size() {
            return starts.length;
        }

        /** The bytes the SDK gets instead of message {@code k}: a rewritten definition, or a record's kept fields. */
        byte[] replacement(byte[] b, int k) {
            Layout l = layoutList.get(layouts[k]);
            int at = starts[k];
            if ((b[at] & 0x40) != 0) {
                return l.definition();
            }
            byte[] out = new byte[1 + l.keptSize()];
            out[0] = b[at];
            int p = 1;
            for (int s = 0; s < l.slices().length; s += 2) {
                System.arraycopy(b, at + 1 + l.slices()[s], out, p, l.slices()[s + 1]);
                p += l.slices()[s + 1];
            }
            return out;
        }
    }

    /** A record definition cut to the kept fields, and where those fields lie in its data messages. */
    record Layout(byte[] definition, int[] slices, int keptSize) {
    }

    private MessageFrames() {
    }

    /** The plan for a part, or empty when the walk cannot vouch for it. */
    static Optional<Plan> plan(byte[] b, FitPart part) {
        int[] dataSize = new int[16];
        int[] global = new int[16];
        int[] layoutOf = new int[16];
        Arrays.fill(global, -1);
        Builder out = new Builder();
        int i = part.dataStart();
        int end = part.dataEnd();
        while (i < end) {
            int h = b[i] & 0xff;
            if ((h & 0x90) != 0) {
                return Optional.empty(); // compressed timestamp header, or the reserved bit
            }
            int local = h & 0x0f;
            if ((h & 0x40) != 0) {
                int next = definitionEnd(b, i, end, h);
                if (next < 0) {
                    return Optional.empty();
                }
                int num = globalNumber(b, i);
                dataSize[local] = dataSize(b, i, h);
                global[local] = num;
                layoutOf[local] = -1;
                if (num == RECORD) {
                    Optional<Layout> l = recordLayout(b, i, h);
                    if (l.isEmpty()) {
                        return Optional.empty();
                    }
                    layoutOf[local] = out.layouts.size();
                    out.layouts.add(l.get());
                    out.add(i, next, REWRITE, layoutOf[local]);
                }
                i = next;
            } else {
                if ((h & 0x20) != 0 || global[local] < 0 || i + 1 + dataSize[local] > end) {
                    return Optional.empty();
                }
                int next = i + 1 + dataSize[local];
                if (Arrays.binarySearch(KEPT, global[local]) < 0) {
                    out.skip(i, next);
                } else if (layoutOf[local] >= 0) {
                    out.add(i, next, REWRITE, layoutOf[local]);
                }
                i = next;
            }
        }
        return Optional.of(out.build());
    }

    private static int globalNumber(byte[] b, int i) {
        return b[i + 2] != 0 ? (b[i + 3] & 0xff) << 8 | (b[i + 4] & 0xff) : (b[i + 4] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    /** The end of the definition message at {@code i}, or -1 when it runs past {@code end}. */
    private static int definitionEnd(byte[] b, int i, int end, int h) {
        if (i + 6 > end) {
            return -1;
        }
        int at = i + 6 + 3 * (b[i + 5] & 0xff);
        if ((h & 0x20) != 0) { // developer fields follow
            if (at + 1 > end) {
                return -1;
            }
            at += 1 + 3 * (b[at] & 0xff);
        }
        return at > end ? -1 : at;
    }

    /** Bytes in a data message of the definition at {@code i} (already checked to fit), after its header. */
    private static int dataSize(byte[] b, int i, int h) {
        int fields = b[i + 5] & 0xff;
        int size = 0;
        int at = i + 6;
        for (int f = 0; f < fields; f++, at += 3) {
            size += b[at + 1] & 0xff;
        }
        if ((h & 0x20) != 0) {
            int dev = b[at] & 0xff;
            at++;
            for (int f = 0; f < dev; f++, at += 3) {
                size += b[at + 1] & 0xff;
            }
        }
        return size;
    }

    /** The record definition at {@code i} cut to the kept fields (developer fields dropped); empty to give up. */
    private static Optional<Layout> recordLayout(byte[] b, int i, int h) {
        int fields = b[i + 5] & 0xff;
        List<Integer> kept = new ArrayList<>();
        List<Integer> slices = new ArrayList<>();
        int offset = 0;
        int keptSize = 0;
        for (int f = 0; f < fields; f++) {
            int at = i + 6 + 3 * f;
            int num = b[at] & 0xff;
            int size = b[at + 1] & 0xff;
            if (num == COMPRESSED_SPEED_DISTANCE) {
                return Optional.empty();
            }
            if (Arrays.binarySearch(RECORD_FIELDS, num) >= 0) {
                kept.add(at);
                int n = slices.size();
                if (n > 0 && slices.get(n - 2) + slices.get(n - 1) == offset) {
                    slices.set(n - 1, slices.get(n - 1) + size); // adjacent kept fields: one copy
                } else {
                    slices.add(offset);
                    slices.add(size);
                }
                keptSize += size;
            }
            offset += size;
        }
        byte[] def = new byte[6 + 3 * kept.size()];
        def[0] = (byte) (h & ~0x20); // no developer fields any more
        System.arraycopy(b, i + 1, def, 1, 4); // reserved, architecture, global number
        def[5] = (byte) kept.size();
        for (int k = 0; k < kept.size(); k++) {
            System.arraycopy(b, kept.get(k), def, 6 + 3 * k, 3);
        }
        return Optional.of(new Layout(def, slices.stream().mapToInt(Integer::intValue).toArray(), keptSize));
    }

    private static final class Builder {
        int[] starts = new int[256];
        int[] ends = new int[256];
        byte[] kinds = new byte[256];
        int[] layoutIds = new int[256];
        int n;
        final List<Layout> layouts = new ArrayList<>();

        void skip(int from, int to) {
            if (n > 0 && kinds[n - 1] == SKIP && ends[n - 1] == from) {
                ends[n - 1] = to; // one range for a run of skipped messages
            } else {
                add(from, to, SKIP, -1);
            }
        }

        void add(int from, int to, byte kind, int layout) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, 2 * n);
                ends = Arrays.copyOf(ends, 2 * n);
                kinds = Arrays.copyOf(kinds, 2 * n);
                layoutIds = Arrays.copyOf(layoutIds, 2 * n);
            }
            starts[n] = from;
            ends[n] = to;
            kinds[n] = kind;
            layoutIds[n] = layout;
            n++;
        }

        Plan build() {
            return new Plan(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(kinds, n),
                    Arrays.copyOf(layoutIds, n), List.copyOf(layouts));
        }
    }
}
