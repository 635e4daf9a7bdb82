package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirTest {
    @TempDir
    Path dir;

    @Test
    void anOutputThatIsAFileOrADeviceIsRefusedBeforeTheWorkAndAMissingOneIsMade() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThatThrownBy(() -> OutputDir.check(file)).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("-o " + file + ": is a file, not a folder; give a folder for the reports");
        assertThatThrownBy(() -> OutputDir.check(Path.of("/dev/null"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("is not a folder (a device or pipe?)");
        OutputDir.check(dir.resolve("new/deeper"));
        assertThat(dir.resolve("new/deeper")).isDirectory().isEmptyDirectory();
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
