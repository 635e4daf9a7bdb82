package org.repcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.repcheck.batch.Failures;

/**
 * What {@code -o DIR} must be before any file is analysed: a folder that can be written, or a path where one can
 * be made. Checked up front — the one place for it — so a typo like {@code -o /etc/passwd}, a device
 * ({@code /dev/null}) or a read-only place is a usage error of one line (exit 2), not a failure found out after the
 * whole batch has run and the work is lost.
 */
final class OutputDir {
    private OutputDir() {
    }

    /** Creates the folder if needed and proves it writable; throws the problem in words when it is not. */
    static void check(Path dir) {
        String where = "-o " + Failures.safe(dir.toString()) + ": ";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(where + (Files.isRegularFile(dir) ? "is a file, not a folder"
                    : "is not a folder (a device or pipe?)") + "; give a folder for the reports (it is made when"
                    + " missing)");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".repcheck-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new UsageException(where + "cannot write the reports there: " + Failures.describe(e));
        }
    }
}
