package org.repcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code -o DIR} must be before any file is analysed: a folder, or a path where one can be made. Checked up
 * front so a typo like {@code -o /etc/passwd} is a usage error of one line (exit 2), not a failure after the whole
 * batch has run.
 */
final class OutputDir {
    private OutputDir() {
    }

    static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("-o " + dir + ": is a file, not a folder; give a folder for the reports"
                    + " (it is made when missing)");
        }
    }
}
