package org.repcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.detect.DetectMode;
import org.repcheck.history.RunDigest;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.TargetPlan;

/**
 * A cached file must give the history the very digest a fresh analysis gives (issue 12: the rerun cache keeps it),
 * so the digest survives its trip through the cache's JSON exactly, NaNs, optionals and arrays included.
 */
class DigestJsonTest {
    @Test
    void everySampleDigestComesBackFromTheCacheEqual() throws Exception {
        TargetPlan plan = TargetPlan.from(List.of(new TimeTrial(5000, 1200, Optional.empty())), Optional.empty(),
                Optional.empty(), org.repcheck.targets.TargetOptions.DEFAULTS);
        Pipeline pipeline = new Pipeline(DetectMode.AUTO, plan);
        int checked = 0;
        try (var files = Files.list(Path.of("samples"))) {
            for (Path f : files.filter(p -> !p.toString().endsWith(".yaml")).sorted().toList()) {
                Outcome o = pipeline.run(new Input(f.toString(), () -> Files.newInputStream(f), Optional.of(f),
                        Optional.empty()));
                if (o.analysis().isEmpty()) {
                    continue;
                }
                RunDigest d = HistoryRuns.digest(o.activityId().orElseThrow(), o.analysis().get());
                RunDigest back = DigestJson.read(DigestJson.write(d));
                assertThat(back).as(f.toString()).isEqualTo(d);
                checked++;
            }
        }
        assertThat(checked).as("sample files digested").isGreaterThanOrEqualTo(6);
    }
}
