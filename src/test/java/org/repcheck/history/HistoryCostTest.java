package org.repcheck.history;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.repcheck.model.Analysis;
import org.repcheck.targets.TargetPlan;

/**
 * What the history costs on top of the per-file pipeline, on the real epix2 folder (acceptance 4: at most 15 % of
 * analyze): the digests plus the build, against read + detect + judge of the same files, both warm, best of 3.
 * The report writing that analyze also does is not counted here, so the share of a real analyze is smaller still.
 */
class HistoryCostTest {
    @Test
    void digestsAndBuildAddAtMostFifteenPercentToThePipeline() throws Exception {
        Epix2.requireFolder();
        List<Path> files;
        try (Stream<Path> s = Files.list(Epix2.FOLDER)) {
            files = s.filter(f -> f.toString().endsWith(".fit")).sorted().toList();
        }
        Pipeline pipeline = new Pipeline(DetectMode.AUTO, TargetPlan.none("coach"));
        List<Analysis> analyses = new ArrayList<>();
        long pipeNs = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            analyses.clear();
            long t0 = System.nanoTime();
            for (Path p : files) {
                Outcome o = pipeline.run(new Input(p.getFileName().toString(), () -> Files.newInputStream(p)));
                o.analysis().ifPresent(analyses::add);
            }
            pipeNs = Math.min(pipeNs, System.nanoTime() - t0);
        }
        long digestNs = Long.MAX_VALUE;
        long buildNs = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            List<RunDigest> digests = new ArrayList<>();
            for (int i = 0; i < analyses.size(); i++) {
                digests.add(RunDigests.of("r" + i, analyses.get(i)));
            }
            long t1 = System.nanoTime();
            HistoryBuilder.build(digests, HistoryOptions.defaults());
            long t2 = System.nanoTime();
            digestNs = Math.min(digestNs, t1 - t0);
            buildNs = Math.min(buildNs, t2 - t1);
        }
        double share = 100.0 * (digestNs + buildNs) / pipeNs;
        System.out.printf(java.util.Locale.ROOT, "history cost on epix2 (%d files): pipeline %.0f ms, digests %.0f ms, "
                + "build %.0f ms: +%.1f %% of read+detect+judge%n", files.size(), pipeNs / 1e6, digestNs / 1e6,
                buildNs / 1e6, share);
        assertThat(share).isLessThanOrEqualTo(15.0);
    }

    @Test
    void aFourYearHistoryOfFourteenHundredRunsBuildsInUnderThreeSeconds() {
        org.repcheck.synth.history.HistorySpec spec = new org.repcheck.synth.history.HistorySpec(8, 200, 0.01, 0,
                java.util.Set.of(), 3, false, 0.1, java.util.Set.of());
        List<RunDigest> digests = org.repcheck.synth.history.GeneratedDigests.of(
                org.repcheck.synth.history.HistoryGenerator.plan(spec));
        long best = Long.MAX_VALUE;
        History h = null;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            h = HistoryBuilder.build(digests, HistoryOptions.defaults());
            best = Math.min(best, System.nanoTime() - t0);
        }
        long windows = digests.stream().mapToLong(d -> d.windows().size()).sum();
        System.out.printf(java.util.Locale.ROOT, "history build at scale: %d runs, %d sessions, %d windows: %.0f ms%n",
                digests.size(), h.weekAfters().size(), windows, best / 1e6);
        assertThat(h.weekAfters()).hasSize(200);
        assertThat(best / 1e6).isLessThan(3000);
    }
}
