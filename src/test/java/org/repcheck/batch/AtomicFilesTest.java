package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesContentAndLeavesNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("out/index.html");
        AtomicFiles.write(target, "one");
        AtomicFiles.write(target, "two");

        assertThat(Files.readString(target)).isEqualTo("two");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s).containsExactly(target);
        }
    }

    @Test
    void replacingAFolderSwapsItWholeSoNoStaleFileSurvives() throws IOException {
        Path target = dir.resolve("20260511-073000-abc123");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.png"), "old");

        Path staged = AtomicFiles.stagingFor(target);
        Files.writeString(staged.resolve("report.html"), "new");
        AtomicFiles.replaceDirectory(staged, target);

        try (Stream<Path> s = Files.list(target)) {
            assertThat(s).containsExactly(target.resolve("report.html"));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s).containsExactly(target);
        }
    }
}
