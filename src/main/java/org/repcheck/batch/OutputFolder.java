package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any input is read, that the report folder can be written: an {@code -o} that is a file, a
 * device ({@code /dev/null}) or a read-only place would otherwise be found out only after every file was analysed,
 * and the work lost.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    /** Creates the folder if needed and proves it writable; the problem in words when it is not, else empty. */
    public static java.util.Optional<String> prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return java.util.Optional.of(Failures.safe(dir.toString()) + ": "
                    + (Files.isRegularFile(dir) ? "is a file, not a folder" : "is not a folder (a device or pipe?)")
                    + "; give -o a folder for the reports");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".repcheck-write-check", ".tmp");
            Files.delete(probe);
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of("cannot write the reports to " + Failures.describe(dir, e));
        }
    }
}
