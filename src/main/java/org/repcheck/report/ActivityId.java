package org.repcheck.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The folder name of one activity's report: "20260511-073000-3fa9c2", its UTC start plus 6 hex digits of a hash of
 * the file's content. The same file always gets the same id, so reruns overwrite its report instead of adding a
 * second one; two different files that started in the same second still get different ids.
 *
 * <p>The hash is CRC-32C: six hex digits are 24 bits, which no digest makes safer against a chance collision than a
 * CRC does (no one forges a run to collide with another), and CRC-32C is the one hash the JVM computes with the
 * CPU's own instruction at every compiler tier. SHA-256 ran as plain Java code under the client compiler repcheck
 * starts with, and was a tenth of a 1,000-file batch's CPU (issue 14's profile).
 */
public final class ActivityId {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private ActivityId() {
    }

    /** A fresh hash of a file's bytes, for a stream to update as it is read. */
    public static Checksum newContentHash() {
        return new CRC32C();
    }

    /** From the activity's start and the {@link #newContentHash() content hash} of the file's bytes. */
    public static String of(Optional<Instant> start, Checksum contentHash) {
        return of(start, (int) contentHash.getValue());
    }

    /** From the activity's start and a 32-bit content hash, of which the top 24 bits name it. */
    static String of(Optional<Instant> start, int hash32) {
        String hash = HexFormat.of().toHexDigits(hash32).substring(0, 6);
        return start.map(t -> STAMP.format(t) + "-" + hash).orElse("undated-" + hash);
    }

    /** Hashes the bytes and names them. */
    public static String ofContent(Optional<Instant> start, byte[] content) {
        Checksum h = newContentHash();
        h.update(content, 0, content.length);
        return of(start, h);
    }
}
