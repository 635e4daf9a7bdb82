package org.repcheck.io.fit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.repcheck.io.ActivityReader;
import org.repcheck.io.ReadException;
import org.repcheck.model.Activity;

/**
 * Reads FIT activity files with the Garmin FIT SDK: every chained part, in order, into one {@link Activity}.
 * Damage is salvaged, not refused: whatever decoded before the damage is kept and a warning says what was lost.
 * Stateless and thread-safe; each part gets a fresh SDK decoder.
 */
public final class FitReader implements ActivityReader {
    private final boolean plainSdk;

    public FitReader() {
        this(false);
    }

    private FitReader(boolean plainSdk) {
        this.plainSdk = plainSdk;
    }

    /**
     * A reader that hands the SDK every byte and lets it expand every component, as it does by default: what the
     * fast path (PartDecoder) must read exactly as.
     */
    static FitReader plainSdk() {
        return new FitReader(true);
    }

    @Override
    public Activity read(String name, InputStream in) throws ReadException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ReadException(name, "cannot read: " + e.getMessage());
        }
        // Running out of memory is answered once for every format, by Readers.
        try {
            return read(name, bytes);
        } catch (ReadException | org.repcheck.io.ReadLimits.Exceeded e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // The boundary promise: whatever the bytes, a ReadException and never a stack trace.
            throw new ReadException(name, "unreadable FIT data (" + (e instanceof StackOverflowError
                    ? "nested too deeply" : "the decoder failed where no damage check expected it") + ")", e);
        }
    }

    /** Reads FIT bytes already in memory (the whole file, all chained parts). */
    public Activity read(String name, byte[] bytes) throws ReadException {
        FitFraming framing = FitFraming.of(bytes);
        if (framing.parts().isEmpty()) {
            throw new ReadException(name, bytes.length < FitFraming.MIN_HEADER
                    ? "not a FIT file (only " + bytes.length + " bytes)" : "not a FIT file (no valid FIT header)");
        }
        FitMessages msgs = new FitMessages();
        List<String> warnings = new ArrayList<>(framing.warnings());
        String firstFailure = "";
        for (FitPart part : framing.parts()) {
            msgs.currentPart = part.number();
            int before = msgs.records.size();
            PartDecoder.Outcome outcome = PartDecoder.decode(bytes, part, msgs::accept, plainSdk);
            if (outcome.badMesgs() > 0) {
                warnings.add(outcome.badMesgs() + " malformed message" + (outcome.badMesgs() == 1 ? "" : "s")
                        + FitFraming.partLabel(part.number(), part.offset()) + " skipped");
            }
            if (outcome.misalignedFields() > 0) {
                warnings.add(outcome.misalignedFields() + " field definition" + (outcome.misalignedFields() == 1
                        ? " has a size" : "s have sizes") + " that do not match the base type"
                        + FitFraming.partLabel(part.number(), part.offset()) + "; those fields read as far as they fit");
            }
            String damage = damage(part, outcome, msgs.records.size() - before);
            if (!damage.isEmpty()) {
                warnings.add(damage);
                if (firstFailure.isEmpty()) {
                    firstFailure = damage;
                }
            }
        }
        ActivityAssembler assembler = ActivityAssembler.of(msgs);
        if (!assembler.isActivity()) {
            String failure = firstFailure.replaceFirst("; \\d+ samples? kept$", "");
            throw new ReadException(name, failure.isEmpty() ? assembler.whatItIs()
                    : msgs.fileIds.isEmpty() ? "nothing readable: " + failure
                    : assembler.whatItIs() + "; " + failure);
        }
        return assembler.build(name, warnings);
    }

    /** One line on what a part lost, or "" when it decoded whole. */
    private static String damage(FitPart part, PartDecoder.Outcome outcome, int samplesKept) {
        String kept = "; " + samplesKept + " sample" + (samplesKept == 1 ? "" : "s") + " kept";
        boolean cutMidMessage = outcome.reason().equals(PartDecoder.ENDS_INSIDE_MESSAGE);
        if (part.truncated()) {
            int end = outcome.failed() ? outcome.failedAt() : part.dataEnd();
            String why = outcome.failed() && !cutMidMessage ? ": " + outcome.reason() : "";
            String what = part.number() == 1 ? "truncated FIT file"
                    : "truncated chained FIT part " + part.number() + " (starting at byte " + part.offset() + ")";
            return what + " (data ends at byte " + end + why + ")" + kept;
        }
        if (!outcome.failed()) {
            return "";
        }
        if (part.promised() == 0 && outcome.failedAt() >= part.dataEnd() - 2) {
            // A file never closed may still end with a CRC the decoder reads as a message start.
            return "";
        }
        String where = FitFraming.partLabel(part.number(), part.offset());
        if (cutMidMessage) {
            return "last message cut off at byte " + outcome.failedAt() + where
                    + " (the header's data size ends inside it)" + kept;
        }
        return outcome.reason() + where + " at byte " + outcome.failedAt() + "; rest of the data skipped" + kept;
    }
}
