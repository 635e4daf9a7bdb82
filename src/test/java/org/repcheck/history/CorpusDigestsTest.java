package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repcheck.batch.Input;
import org.repcheck.batch.Outcome;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.targets.TargetPlan;

/**
 * Every real device file of the shared corpus (rides, swims, GPX routes without times, chained and damaged files)
 * that the pipeline analyses gives a digest without failing, and the history of all of them builds: the digest is
 * made in the batch worker, where one odd file must not cost the batch.
 */
class CorpusDigestsTest {
    static final Path FILES = Path.of("..", "shared", "corpus", "files");

    @Test
    void everyAnalysedCorpusFileGivesASmallDigestAndTheirHistoryBuilds() throws Exception {
        assumeTrue(Files.isDirectory(FILES), "corpus not found at " + FILES.toAbsolutePath() + "; skipping");
        Pipeline pipeline = new Pipeline(DetectMode.AUTO, TargetPlan.none("coach"));
        List<RunDigest> digests = new ArrayList<>();
        int running = 0;
        try (Stream<Path> s = Files.list(FILES)) {
            for (Path p : s.sorted().toList()) {
                Outcome o = pipeline.run(new Input(p.getFileName().toString(), () -> Files.newInputStream(p)));
                if (o.analysis().isPresent()) {
                    RunDigest d = RunDigests.of(p.getFileName().toString(), o.analysis().get());
                    assertThat(d.windows().size()).isLessThanOrEqualTo(SteadyWindows.MAX);
                    assertThat(d.hrCoverage()).isBetween(0.0, 1.0);
                    running += d.isRunning() ? 1 : 0;
                    digests.add(d);
                }
            }
        }
        History h = HistoryBuilder.build(digests, HistoryOptions.defaults());
        assertThat(h.runs()).hasSize(digests.size());
        assertThat(running).isGreaterThan(10);
        System.out.printf("corpus digests: %d files analysed, %d runs, %d with steady windows, %d weeks%n",
                digests.size(), running, digests.stream().filter(d -> !d.windows().isEmpty()).count(),
                h.weeks().size());
    }
}
