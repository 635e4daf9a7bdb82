package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerBudgetTest {
    @TempDir
    Path dir;

    @Test
    void workersAreCappedByTheHeapNotOnlyByTheRequest() {
        WorkerBudget b = WorkerBudget.of(10_000, 300, 448L << 20);
        assertThat(b.granted()).isEqualTo(2);
        assertThat(b.cappedByMemory(300)).isTrue();
        assertThat(WorkerBudget.of(4, 300, 8L << 30).granted()).isEqualTo(4);
        assertThat(WorkerBudget.of(4, 1, 8L << 30).granted()).isEqualTo(1);
        assertThat(WorkerBudget.of(4, 300, 64L << 20).granted()).as("at least one").isEqualTo(1);
    }

    @Test
    void anOutputThatIsAFileOrADeviceIsRefusedBeforeTheWork() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        assertThat(OutputFolder.prepare(file)).get().asString().endsWith("is a file, not a folder; give -o a folder for the reports");
        assertThat(OutputFolder.prepare(Path.of("/dev/null"))).get().asString().contains("is not a folder");
        assertThat(OutputFolder.prepare(dir.resolve("new/deeper"))).isEmpty();
        assertThat(dir.resolve("new/deeper")).isDirectory().isEmptyDirectory();
    }
}
