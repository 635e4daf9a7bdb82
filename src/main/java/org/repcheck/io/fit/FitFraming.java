package org.repcheck.io.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits FIT bytes into their chained parts by the file headers. The SDK's decoder does this too, but it stops at
 * the first damaged part and reports offsets loosely; framing ourselves lets a good first part survive a bad
 * second one and lets every warning name its byte.
 *
 * @param parts    the parts found, in order (empty when the bytes do not start with a FIT header)
 * @param warnings what was odd about the framing (bad CRC, truncation, junk after the data), one line each
 */
record FitFraming(List<FitPart> parts, List<String> warnings) {
    static final int MIN_HEADER = 12;

    static FitFraming of(byte[] b) {
        List<FitPart> parts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int offset = 0;
        while (offset < b.length) {
            int remaining = b.length - offset;
            int headerSize = b[offset] & 0xff;
            if (remaining < MIN_HEADER || headerSize < MIN_HEADER || headerSize > remaining || !hasFitTag(b, offset)) {
                if (parts.isEmpty()) {
                    break;
                }
                if (allZero(b, offset)) {
                    warnings.add(remaining + " zero bytes of padding after the FIT data ignored");
                } else {
                    warnings.add("chained FIT part " + (parts.size() + 1) + " at byte " + offset
                            + " has no valid FIT header; its " + remaining + " bytes were ignored");
                }
                break;
            }
            long dataSize = u32(b, offset + 4);
            int dataStart = offset + headerSize;
            int number = parts.size() + 1;
            if (dataSize == 0) {
                // A writer that crashed before closing the file leaves the size at zero: decode to the end.
                warnings.add("header data size is zero" + partLabel(number, offset)
                        + " (file never closed); read to the end of the bytes");
                parts.add(new FitPart(number, offset, dataStart, b.length, 0, false, false));
                break;
            }
            long promisedEnd = dataStart + dataSize;
            if (promisedEnd + 2 > b.length) {
                int end = (int) Math.min(promisedEnd, b.length);
                parts.add(new FitPart(number, offset, dataStart, end, dataSize, true, false));
                break;
            }
            int end = (int) promisedEnd;
            boolean crcOk = FitCrc.of(b, offset, end + 2) == 0;
            if (!crcOk) {
                warnings.add("bad file CRC" + partLabel(number, offset) + "; data read anyway");
            }
            parts.add(new FitPart(number, offset, dataStart, end, dataSize, false, crcOk));
            offset = end + 2;
        }
        return new FitFraming(List.copyOf(parts), List.copyOf(warnings));
    }

    static String partLabel(int number, int offset) {
        return number == 1 ? "" : " in chained FIT part " + number + " (byte " + offset + ")";
    }

    private static boolean hasFitTag(byte[] b, int offset) {
        return b[offset + 8] == '.' && b[offset + 9] == 'F' && b[offset + 10] == 'I' && b[offset + 11] == 'T';
    }

    private static boolean allZero(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
