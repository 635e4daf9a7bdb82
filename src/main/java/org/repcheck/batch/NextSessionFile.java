package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.repcheck.io.fit.WorkoutFileWriter;
import org.repcheck.model.Analysis;
import org.repcheck.plan.NextSession;
import org.repcheck.targets.TargetPlan;

/** {@code next-session.fit} beside an interval session's report: the session again, with its bands as alerts. */
final class NextSessionFile {
    static final String NAME = "next-session.fit";

    private NextSessionFile() {
    }

    /** Writes the file into the report's folder when the session has a next one; its name for the link. */
    static Optional<String> write(Path reportDir, Analysis a, TargetPlan targets, Instant created) throws IOException {
        var next = NextSession.of(a, targets);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Files.write(reportDir.resolve(NAME), WorkoutFileWriter.write(next.get().workout(), created));
        return Optional.of(NAME);
    }
}
