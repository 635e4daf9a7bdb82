package org.repcheck.io.fit;

/** The FIT CRC-16 (the protocol's nibble-table variant), so framing can check each chained part on its own. */
final class FitCrc {
    private static final int[] TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400
    };

    private FitCrc() {
    }

    /** CRC of {@code b[from, to)}; over a whole part including its trailing CRC it is 0 when the part is intact. */
    static int of(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            int v = b[i] & 0xff;
            int tmp = TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ TABLE[v & 0xF];
            tmp = TABLE[crc & 0xF];
            crc = (crc >> 4) & 0x0FFF;
            crc = crc ^ tmp ^ TABLE[(v >> 4) & 0xF];
        }
        return crc;
    }
}
