package org.repcheck.io.fit;

import com.garmin.fit.Decode;
import com.garmin.fit.Mesg;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds the data bytes of one {@link FitPart} to a fresh SDK {@link Decode}, byte by byte, handing every complete
 * message to a sink. Framing and CRC are ours (see {@link FitFraming}), so the decoder runs in its
 * header-less mode; feeding bytes ourselves tells us exactly where the data stopped making sense.
 */
final class PartDecoder {
    static final String ENDS_INSIDE_MESSAGE = "data ends inside a message";
    private static final Pattern LOCAL_NUM = Pattern.compile("local message number (\\d+)");
    private static final Pattern ENDIAN = Pattern.compile("Endian (\\d+)");

    /**
     * How decoding a part ended.
     *
     * @param failedAt the absolute byte where the data became undecodable, or -1 when it decoded to its end
     * @param reason   why, in a few words ("undefined local message type 5"), empty when it did not fail
     * @param badMesgs messages decoded but too malformed to interpret (skipped)
     * @param misalignedFields fields whose defined size is not a whole number of their base type's size
     */
    record Outcome(int failedAt, String reason, int badMesgs, int misalignedFields) {
        boolean failed() {
            return failedAt >= 0;
        }
    }

    private PartDecoder() {
    }

    /**
     * Every byte to the SDK, every component expanded, as the SDK does by default: for readers of other messages than
     * FitMessages reads (workout files), which the fast path would leave out.
     */
    static Outcome decode(byte[] b, FitPart part, Consumer<Mesg> sink) {
        return decode(b, part, sink, true);
    }

    /**
     * @param plainSdk  hand the SDK every byte and let it expand every component, as it does by default. Otherwise
     *                  the data messages repcheck never reads are not handed over at all ({@link MessageFrames}),
     *                  and components are expanded only
     *                  from the first definition whose fields repcheck reads through an expansion (see
     *                  {@link #needsExpansion}): expanding speed into enhanced_speed and altitude into
     *                  enhanced_altitude on every record, and the fields nobody reads on every other message, made
     *                  fields for nothing, and FitMessages reads speed and altitude themselves when no enhanced
     *                  field is there.
     */
    static Outcome decode(byte[] b, FitPart part, Consumer<Mesg> sink, boolean plainSdk) {
        Run run = new Run(sink, !plainSdk);
        MessageFrames.Plan plan = plainSdk ? null : MessageFrames.plan(b, part).orElse(null);
        int k = 0;
        int i = part.dataStart();
        try {
            for (; i < part.dataEnd(); i++) {
                if (run.last != Decode.RETURN.CONTINUE) {
                    if (plan != null && k < plan.size() && i == plan.starts()[k]) {
                        // A message the plan leaves out or cuts to the fields repcheck reads; a definition is still
                        // checked as written.
                        int end = plan.ends()[k];
                        if (plan.kinds()[k] == MessageFrames.REWRITE) {
                            run.messageStart = i;
                            for (byte x : plan.replacement(b, k)) {
                                run.step(x, b, i, end);
                            }
                        }
                        i = end - 1;
                        k++;
                        continue;
                    }
                    run.messageStart = i;
                }
                run.step(b[i], b, run.messageStart, i + 1);
            }
        } catch (org.repcheck.io.ReadLimits.Exceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // The SDK throws FitRuntimeException on bad data, and other RuntimeExceptions on hostile data.
            return new Outcome(i, describe(e), run.bad, run.misaligned);
        }
        if (run.last == Decode.RETURN.CONTINUE) {
            return new Outcome(run.messageStart, ENDS_INSIDE_MESSAGE, run.bad, run.misaligned);
        }
        return new Outcome(-1, "", run.bad, run.misaligned);
    }

    /** One part's decoder and what it has counted; {@link #step} hands it one byte. */
    private static final class Run {
        final Decode decode = new Decode();
        final Consumer<Mesg> sink;
        Decode.RETURN last = Decode.RETURN.MESG;
        int bad;
        int misaligned;
        /** Where the message being decoded started: a failure mid-message loses that message, nothing earlier. */
        int messageStart;

        Run(Consumer<Mesg> sink, boolean skipExpansion) {
            this.sink = sink;
            decode.skipHeader();
            decode.enableSkipExpandComponents(skipExpansion);
        }

        /** Feeds one byte; {@code b[defFrom, defTo)} is the message as written, for the checks of a definition. */
        void step(byte x, byte[] b, int defFrom, int defTo) {
            last = decode.read(x);
            if (last == Decode.RETURN.MESG_DEF) {
                misaligned += misalignedFields(b, defFrom, defTo);
                if (needsExpansion(b, defFrom, defTo)) {
                    decode.enableSkipExpandComponents(false); // from here on, as the SDK does by default
                }
            } else if (last == Decode.RETURN.MESG) {
                try {
                    sink.accept(decode.getMesg());
                } catch (org.repcheck.io.ReadLimits.Exceeded e) {
                    throw e;
                } catch (RuntimeException e) {
                    // One malformed message (a field of the wrong shape) must not cost the rest of the file.
                    bad++;
                }
            }
        }
    }

    private static final int RECORD = 20;
    private static final int COMPRESSED_SPEED_DISTANCE = 8;

    /**
     * Whether a definition message ({@code b[from, to)}) defines a record with compressed_speed_distance: the only
     * field repcheck reads whose values exist only once the decoder expands its components (into speed and an
     * accumulated distance, FR70-era watches). Expanding from this definition on gives every message that uses
     * it, and the accumulation, exactly what full expansion gives.
     */
    static boolean needsExpansion(byte[] b, int from, int to) {
        if (to - from < 6) {
            return false;
        }
        boolean bigEndian = b[from + 2] != 0;
        int global = bigEndian ? (b[from + 3] & 0xff) << 8 | (b[from + 4] & 0xff)
                : (b[from + 4] & 0xff) << 8 | (b[from + 3] & 0xff);
        if (global != RECORD) {
            return false;
        }
        int fields = b[from + 5] & 0xff;
        for (int f = 0; f < fields && from + 6 + 3 * f < to; f++) {
            if ((b[from + 6 + 3 * f] & 0xff) == COMPRESSED_SPEED_DISTANCE) {
                return true;
            }
        }
        return false;
    }

    /** Sizes of FIT base types by their number (the low 5 bits of the type byte). */
    private static final int[] BASE_TYPE_SIZE = {1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8};

    /**
     * Counts fields of a definition message ({@code b[from, to)}: header, reserved, arch, global number, field
     * count, then 3 bytes per field) whose size does not divide by their base type's size. The SDK reads what
     * fits and drops the rest, so such files decode, but some values may be lost.
     */
    static int misalignedFields(byte[] b, int from, int to) {
        if (to - from < 6) {
            return 0;
        }
        int fields = b[from + 5] & 0xff;
        int n = 0;
        for (int f = 0; f < fields; f++) {
            int at = from + 6 + 3 * f;
            if (at + 2 >= to) {
                break;
            }
            int size = b[at + 1] & 0xff;
            int type = b[at + 2] & 0x1f;
            if (type < BASE_TYPE_SIZE.length && size % BASE_TYPE_SIZE[type] != 0) {
                n++;
            }
        }
        return n;
    }

    private static String describe(RuntimeException e) {
        String m = Optional.ofNullable(e.getMessage()).orElse("");
        Matcher local = LOCAL_NUM.matcher(m);
        if (local.find()) {
            return "undefined local message type " + local.group(1);
        }
        Matcher endian = ENDIAN.matcher(m);
        if (endian.find()) {
            return "unsupported byte-order flag " + endian.group(1) + " in a message definition";
        }
        if (e instanceof com.garmin.fit.FitRuntimeException && !m.isBlank()) {
            return m.replace("FIT decode error: ", "").replaceAll("\\s*Error at byte:.*", "").replaceAll("\\s+", " ")
                    .trim();
        }
        return "undecodable data";
    }
}
