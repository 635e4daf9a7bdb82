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

    static {
        for (int x = 0; x < 256; x++) {
            BYTE_TABLE[x] = nibbleStep(x, 0);
        }
    }

    private FitCrc() {
    }

    /** CRC of {@code b[from, to)}; over a whole part including its trailing CRC it is 0 when the part is intact. */
    static int of(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
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
