package org.repcheck.detect;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.repcheck.io.Readers;
import org.repcheck.model.Session;

/** One session of the real epix2 history (../shared, never copied), detected as a user would. */
final class Epix2Session {
    private Epix2Session() {
    }

    /** The session of activity {@code id}, detected with the cascade; the test is skipped when ../shared is absent. */
    static Session detected(String id) throws Exception {
        Path f = Path.of("..", "shared", "history", "epix2_madison_2024", id + "_ACTIVITY.fit");
        assumeTrue(Files.isRegularFile(f), "epix2 history not found at " + f.toAbsolutePath() + "; skipping");
        return new RepDetector().detect(new Readers().read(f), DetectMode.AUTO);
    }
}
