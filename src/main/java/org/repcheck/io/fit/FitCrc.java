package org.repcheck.io.fit;

/** The FIT CRC-16 (the protocol's nibble-table variant), so framing can check each chained part on its own. */
final class FitCrc {
    private static final int[] TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400
    };

    /**
     * The nibble steps of a whole byte folded into one table: the CRC is reflected, so one byte is
     * {@code crc >>> 8 ^ BYTE_TABLE[(crc ^ v) & 0xff]} — half the work per byte of the nibble form, which every
     * file's bytes go through once.
     */
    private static final int[] BYTE_TABLE = new int[256];
    /**
     * Slicing by four: {@code T1..T3[x]} is {@code BYTE_TABLE[x]} carried on through one to three zero bytes, so four
     * bytes are four independent look-ups instead of a chain of four (the CRC is 16 bits wide, so the third and
     * fourth byte meet no CRC bits). Under the client compiler repcheck runs with, this is the file's CRC at about
     * twice the speed.
     */
    private static final int[] T1 = new int[256];
    private static final int[] T2 = new int[256];
    private static final int[] T3 = new int[256];

    static {
        for (int x = 0; x < 256; x++) {
            BYTE_TABLE[x] = nibbleStep(x, 0);
        }
        for (int x = 0; x < 256; x++) {
            T1[x] = (BYTE_TABLE[x] >>> 8) ^ BYTE_TABLE[BYTE_TABLE[x] & 0xff];
            T2[x] = (T1[x] >>> 8) ^ BYTE_TABLE[T1[x] & 0xff];
            T3[x] = (T2[x] >>> 8) ^ BYTE_TABLE[T2[x] & 0xff];
        }
    }

    private FitCrc() {
    }

    /** CRC of {@code b[from, to)}; over a whole part including its trailing CRC it is 0 when the part is intact. */
    static int of(byte[] b, int from, int to) {
        int crc = 0;
        int i = from;
        for (; i + 4 <= to; i += 4) {
            crc = T3[(crc ^ b[i]) & 0xff] ^ T2[((crc >>> 8) ^ b[i + 1]) & 0xff] ^ T1[b[i + 2] & 0xff]
                    ^ BYTE_TABLE[b[i + 3] & 0xff];
        }
        for (; i < to; i++) {
            crc = (crc >>> 8) ^ BYTE_TABLE[(crc ^ b[i]) & 0xff];
        }
        return crc;
    }

    /** The protocol's own form, one byte as two nibble steps (kept to build the table and to test against). */
    static int ofByNibbles(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc = nibbleStep(crc, b[i] & 0xff);
        }
        return crc;
    }

    private static int nibbleStep(int crc, int v) {
        int tmp = TABLE[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        crc = crc ^ tmp ^ TABLE[v & 0xF];
        tmp = TABLE[crc & 0xF];
        crc = (crc >> 4) & 0x0FFF;
        return crc ^ tmp ^ TABLE[(v >> 4) & 0xF];
    }
}
