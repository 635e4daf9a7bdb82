package org.repcheck.io.fit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where the data messages of one FIT part lie that repcheck never reads (GPS metadata, HRV, Garmin's undocumented
 * messages: most of a modern watch's messages, though few of its fields), so {@link PartDecoder} can hand the SDK
 * only the messages it needs. Found by walking the message headers and definitions, decoding no value. The walk
 * vouches only for a plain part: a compressed-timestamp header (whose time depends on every message before it),
 * a reserved header bit, a data message of an undefined type or one that runs past the part's end, and the walk
 * gives up — then the SDK gets every byte, as before, and meets any damage exactly where it did.
 */
final class MessageFrames {
    /** Global message numbers FitMessages reads, and the developer definitions the records' fields depend on. */
    private static final int[] KEPT = {0, 18, 19, 20, 21, 23, 27, 34, 206, 207};

    private MessageFrames() {
    }

    /**
     * The [start, end) byte ranges, in order, of the part's data messages of types repcheck does not read; empty
     * when the walk cannot vouch for the part.
     */
    static Optional<int[]> skippable(byte[] b, FitPart part) {
        int[] dataSize = new int[16];
        int[] global = new int[16];
        Arrays.fill(global, -1);
        int[] out = new int[64];
        int n = 0;
        int i = part.dataStart();
        int end = part.dataEnd();
        while (i < end) {
            int h = b[i] & 0xff;
            if ((h & 0x90) != 0) {
                return Optional.empty(); // compressed timestamp header, or the reserved bit
            }
            int local = h & 0x0f;
            if ((h & 0x40) != 0) {
                if (i + 6 > end) {
                    return Optional.empty();
                }
                boolean bigEndian = b[i + 2] != 0;
                int num = bigEndian ? (b[i + 3] & 0xff) << 8 | (b[i + 4] & 0xff) : (b[i + 4] & 0xff) << 8 | (b[i + 3] & 0xff);
                int fields = b[i + 5] & 0xff;
                int at = i + 6;
                int size = 0;
                for (int f = 0; f < fields; f++, at += 3) {
                    if (at + 3 > end) {
                        return Optional.empty();
                    }
                    size += b[at + 1] & 0xff;
                }
                if ((h & 0x20) != 0) { // developer fields follow
                    if (at + 1 > end) {
                        return Optional.empty();
                    }
                    int dev = b[at] & 0xff;
                    at++;
                    for (int f = 0; f < dev; f++, at += 3) {
                        if (at + 3 > end) {
                            return Optional.empty();
                        }
                        size += b[at + 1] & 0xff;
                    }
                }
                dataSize[local] = size;
                global[local] = num;
                i = at;
            } else {
                if ((h & 0x20) != 0 || global[local] < 0 || i + 1 + dataSize[local] > end) {
                    return Optional.empty();
                }
                int next = i + 1 + dataSize[local];
                if (Arrays.binarySearch(KEPT, global[local]) < 0) {
                    if (n > 0 && out[n - 1] == i) {
                        out[n - 1] = next; // one range for a run of skipped messages
                    } else {
                        if (n + 2 > out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                        }
                        out[n++] = i;
                        out[n++] = next;
                    }
                }
                i = next;
            }
        }
        return Optional.of(Arrays.copyOf(out, n));
    }
}
