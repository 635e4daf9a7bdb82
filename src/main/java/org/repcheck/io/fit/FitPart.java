package org.repcheck.io.fit;

/**
 * One FIT file inside the bytes (a plain file has one; chained files have several back to back).
 *
 * @param number      1-based position in the chain
 * @param offset      where its header starts
 * @param dataStart   first byte after the header
 * @param dataEnd     end (exclusive) of the data present in the bytes; less than promised when truncated
 * @param promised    data bytes the header promises (0: "unknown", the writer never closed the file)
 * @param truncated   true when the bytes end before the header's promised data and CRC
 * @param crcOk       true when the file CRC matches (false for truncated or zero-size parts: not checkable)
 */
record FitPart(int number, int offset, int dataStart, int dataEnd, long promised, boolean truncated, boolean crcOk) {
}
