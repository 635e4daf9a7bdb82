package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportClaimsTest {
    @TempDir
    Path dir;

    @Test
    void anIdIsWrittenOnceInARunHoweverManyInputsShareIt() throws Exception {
        ReportClaims claims = new ReportClaims();
        AtomicInteger writes = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            claims.writeOnce("20260511-073000-abcdef", writes::incrementAndGet);
        }
        claims.writeOnce("20260512-073000-abcdef", writes::incrementAndGet);
        assertThat(writes).hasValue(2);
    }

    @Test
    void stagingFoldersOfAKilledRunAreSweptWhenOldButNotWhileFresh() throws Exception {
        Path old = Files.createDirectories(dir.resolve(".20260511-073000-abcdef." + UUID.randomUUID() + ".tmp"));
        Files.writeString(old.resolve("report.html"), "half");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.createDirectories(dir.resolve(".20260512-073000-abcdef." + UUID.randomUUID() + ".tmp"));
        Path report = Files.createDirectories(dir.resolve("20260511-073000-abcdef"));

        ReportClaims.sweepStale(dir);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
        assertThat(report).exists();
    }
}
