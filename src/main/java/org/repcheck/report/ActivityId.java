package org.repcheck.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The folder name of one activity's report: "20260511-073000-3fa9c2", its UTC start plus 6 hex digits of a hash of
 * the file's content. The same file always gets the same id, so reruns overwrite its report instead of adding a
 * second one; two different files that started in the same second still get different ids.
 */
public final class ActivityId {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private ActivityId() {
    }

    /** From the activity's start and the SHA-256 (or any hash of at least 3 bytes) of the file's bytes. */
    public static String of(Optional<Instant> start, byte[] contentHash) {
        if (contentHash == null || contentHash.length < 3) {
            throw new IllegalArgumentException("content hash needs at least 3 bytes");
        }
        String hash = HexFormat.of().formatHex(contentHash, 0, 3);
        return start.map(t -> STAMP.format(t) + "-" + hash).orElse("undated-" + hash);
    }

    /** Hashes the file's bytes with SHA-256 and names it. */
    public static String ofContent(Optional<Instant> start, byte[] content) {
        return of(start, sha256(content));
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
