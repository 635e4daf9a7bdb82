package org.repcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.detect.DetectMode;

/** Acceptance 2 of issue 15: reruns replace rows instead of adding copies, and --since reads only new files. */
class RerunTest {
    private static final Path SAMPLES = LocalSpark.projectRoot().resolve("samples");
    private static final List<String> TABLES = List.of("activities", "reps", "recoveries", "errors");
    private final SparkSession spark = LocalSpark.get();

    @TempDir
    Path out;

    @Test
    void aRerunOverTheSameInputLeavesTheSameRowCounts(@TempDir Path in) throws Exception {
        copy("intervals_6x400_workout.fit", in.resolve("alex"), 0);
        copy("intervals_8x400_no_laps.gpx", in.resolve("alex"), 0);
        copy("treadmill_no_gps.fit", in.resolve("sam"), 0);
        Files.writeString(in.resolve("sam/cut.fit"), "truncated");
        JobResult first = run(in, Optional.empty());
        Map<String, Long> once = counts();
        JobResult second = run(in, Optional.empty());

        assertThat(counts()).isEqualTo(once);
        assertThat(second).isEqualTo(first);
        assertThat(once).containsEntry("activities", 3L).containsEntry("errors", 1L);
        assertThat(once.get("reps")).isEqualTo(first.reps()).isEqualTo(6 + 8 + 5);
        assertThat(spark.read().parquet(out.resolve("reps").toString()).select("file", "index").distinct().count())
                .as("no rep twice").isEqualTo(once.get("reps"));
    }

    @Test
    void sinceLastReadsOnlyTheFilesAddedSinceAndKeepsTheRest(@TempDir Path in, @TempDir Path whole) throws Exception {
        long twoHoursAgo = Instant.now().minusSeconds(7200).toEpochMilli();
        copy("intervals_6x400_workout.fit", in.resolve("alex"), twoHoursAgo);
        copy("intervals_5x1k_manual_laps.fit", in.resolve("alex"), twoHoursAgo);
        copy("steady_autolaps.fit", in.resolve("sam"), twoHoursAgo);
        assertThat(run(in, Optional.of("last")).filesRead()).as("no tables yet: every file is new").isEqualTo(3);

        copy("intervals_8x400_no_laps.gpx", in.resolve("alex"), 0);
        Files.writeString(in.resolve("sam/broken.tcx"), "<TrainingCenterDatabase>");
        JobResult incremental = run(in, Optional.of("last"));

        assertThat(incremental.filesRead()).isEqualTo(2);
        assertThat(incremental.since()).contains(Instant.ofEpochMilli(twoHoursAgo));
        assertThat(incremental.errors()).isEqualTo(1);
        assertThat(run(in, Optional.of("last")).filesRead()).as("nothing new").isZero();
        Map<String, Long> afterIncrements = counts();
        out = whole;
        run(in, Optional.empty());
        assertThat(afterIncrements).as("the increments add up to one full run").isEqualTo(counts());
    }

    @Test
    void sinceAnInstantReadsOnlyFilesModifiedAfterIt(@TempDir Path in) throws Exception {
        copy("intervals_6x400_workout.fit", in, Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
        copy("treadmill_no_gps.fit", in, Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
        JobResult r = run(in, Optional.of("2026-02-01T00:00:00Z"));
        assertThat(r.filesRead()).isEqualTo(1);
        assertThat(spark.read().parquet(out.resolve("activities").toString()).first().<String>getAs("file"))
                .endsWith("/treadmill_no_gps.fit");
    }

    private JobResult run(Path in, Optional<String> since) throws Exception {
        return new RepcheckJob(spark).run(new JobOptions(List.of(in.toString()), out.toString(), Optional.empty(),
                List.of("5k=20:00"), Optional.empty(), DetectMode.AUTO, since));
    }

    private Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : TABLES) {
            c.put(t, spark.read().parquet(out.resolve(t).toString()).count());
        }
        return c;
    }

    /** A sample copied into {@code dir}, with the given modification time (0: now). */
    private static void copy(String sample, Path dir, long modifiedMillis) throws IOException {
        Files.createDirectories(dir);
        Path to = dir.resolve(sample);
        Files.copy(SAMPLES.resolve(sample), to);
        if (modifiedMillis > 0) {
            Files.setLastModifiedTime(to, FileTime.fromMillis(modifiedMillis));
        }
    }
}
