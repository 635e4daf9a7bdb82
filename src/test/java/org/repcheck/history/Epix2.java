package org.repcheck.history;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.repcheck.batch.Input;
import org.repcheck.batch.Outcome;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.targets.TargetPlan;

/**
 * The real epix2_madison_2024 history (../shared, never copied): its files run through the batch pipeline and
 * digested, once per test JVM. Tests skip with a message when the folder is absent.
 */
final class Epix2 {
    static final Path FOLDER = Path.of("..", "shared", "history", "epix2_madison_2024");
    private static List<RunDigest> digests;

    private Epix2() {
    }

    static Path requireFolder() {
        assumeTrue(Files.isDirectory(FOLDER), "epix2 history not found at " + FOLDER.toAbsolutePath() + "; skipping");
        return FOLDER;
    }

    static synchronized List<RunDigest> digests() throws IOException {
        requireFolder();
        if (digests == null) {
            Pipeline pipeline = new Pipeline(DetectMode.AUTO, TargetPlan.none("coach"));
            List<RunDigest> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(FOLDER)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".fit")).sorted().toList()) {
                    Outcome o = pipeline.run(new Input(p.getFileName().toString(), () -> Files.newInputStream(p)));
                    o.analysis().ifPresent(a -> out.add(RunDigests.of(fileId(p), a)));
                }
            }
            digests = List.copyOf(out);
        }
        return digests;
    }

    /** "17532451185" from 17532451185_ACTIVITY.fit: the README's name for the file. */
    static String fileId(Path p) {
        String n = p.getFileName().toString();
        int u = n.indexOf('_');
        return u > 0 ? n.substring(0, u) : n;
    }

    /** The 13 structured quality sessions the README lists (Anaerobic, Sprint, Threshold, Tempo). */
    static final List<String> STRUCTURED = List.of("17532451185", "17628594588", "17682810072", "18023755694",
            "18063351897", "18124364506", "18153097604", "18192315457", "18243551777", "18249734650", "18262350703",
            "18403641766", "18437440128");
}
