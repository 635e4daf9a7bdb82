package org.repcheck.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real device files, beside the project; tests skip with a message when it is absent. */
final class CorpusPaths {
    static final Path FILES = Path.of("..", "shared", "corpus", "files");

    private CorpusPaths() {
    }

    static Path requireFiles() {
        assumeTrue(Files.isDirectory(FILES), "corpus not found at " + FILES.toAbsolutePath() + "; skipping");
        return FILES;
    }
}
