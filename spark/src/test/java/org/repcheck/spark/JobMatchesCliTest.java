package org.repcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.detect.DetectMode;

/**
 * Acceptance 1 of issue 15: the job's tables say what {@code repcheck judge --json} says for the same files and
 * time trials — the same reps, bands and verdicts, and for an unreadable file the CLI's one-line message.
 */
class JobMatchesCliTest {
    private final SparkSession spark = LocalSpark.get();

    @TempDir
    Path out;

    @Test
    void repsTableOfTheRealDeviceCorpusEqualsJudgeJson() throws Exception {
        Path corpus = LocalSpark.corpus();
        assumeTrue(corpus != null, "../shared/corpus is absent: the corpus comparison is skipped");
        JobResult r = job(corpus, List.of("5k=20:00"));
        CliJson cli = CliJson.judge(corpus.toString(), "--tt", "5k=20:00");

        assertThat(r.filesRead()).isEqualTo(cli.byFile().size());
        long cliReps = assertSameAsCli(corpus, cli);
        assertThat(cliReps).as("the corpus holds interval sessions, so the comparison is not vacuous").isPositive();
        assertThat(cli.byFile().values().stream().filter(f -> f.hasNonNull("error")).count())
                .as("unreadable corpus files are error rows").isEqualTo(r.errors()).isPositive();
        assertThat(r.reps()).isEqualTo(cliReps);
    }

    @Test
    void samplesJudgedByTheirFoldersAthleteYamlEqualJudgeJson() throws Exception {
        Path samples = LocalSpark.projectRoot().resolve("samples");
        JobResult r = job(samples, List.of());
        CliJson cli = CliJson.judge(samples.toString());

        assertSameAsCli(samples, cli);
        List<Row> tts = spark.read().parquet(out.resolve("activities").toString())
                .select("tt_distance_m", "tt_time_s").distinct().collectAsList();
        assertThat(tts).as("samples/athlete.yaml's 20:00 5 km is in force for every sample")
                .extracting(t -> t.getDouble(0) + "/" + t.getDouble(1)).containsExactly("5000.0/1200.0");
        assertThat(spark.read().parquet(out.resolve("reps").toString()).where("verdict = 'overcooked'").count())
                .as("the 6 x 400 m sample's first three reps").isGreaterThanOrEqualTo(3);
        assertThat(r.errors()).isZero();
    }

    @Test
    void unreadableFilesAreErrorRowsWithTheClisMessageAndTheRestIsAnalysed(@TempDir Path in) throws Exception {
        Path samples = LocalSpark.projectRoot().resolve("samples");
        byte[] fit = Files.readAllBytes(samples.resolve("intervals_6x400_workout.fit"));
        Files.write(in.resolve("good.fit"), fit);
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("good-too.fit.gz")))) {
            gz.write(fit);
        }
        Files.write(in.resolve("junk.fit"), "this is not a FIT file at all".getBytes());
        Files.write(in.resolve("empty.gpx"), new byte[0]);
        Files.writeString(in.resolve("broken.tcx"), "<TrainingCenterDatabase><Activities><Act");
        Files.write(in.resolve("notes.txt"), "not an activity: not listed".getBytes());

        JobResult r = job(in, List.of("5k=20:00"));
        CliJson cli = CliJson.judge(in.toString(), "--tt", "5k=20:00");

        assertThat(r.filesRead()).isEqualTo(5);
        assertThat(r.errors()).isEqualTo(3);
        assertSameAsCli(in, cli);
        Map<String, String> errors = new HashMap<>();
        for (Row e : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
            errors.put(relative(in, e.getAs("file")), e.getAs("error"));
        }
        assertThat(errors).containsOnlyKeys("junk.fit", "empty.gpx", "broken.tcx");
        errors.forEach((file, why) -> {
            assertThat(why).isNotBlank().isEqualTo(cli.byFile().get(file).get("error").asText());
            assertThat(cli.stderr()).contains("repcheck: " + in.resolve(file) + ": " + why);
        });
    }

    private JobResult job(Path in, List<String> tts) throws Exception {
        return new RepcheckJob(spark).run(new JobOptions(List.of(in.toString()), out.toString(), Optional.empty(),
                tts, Optional.empty(), DetectMode.AUTO, Optional.empty()));
    }

    /** Every file's reps as the CLI gives them, column by column; returns the number of reps compared. */
    private long assertSameAsCli(Path in, CliJson cli) {
        Map<String, List<Row>> repsByFile = new HashMap<>();
        for (Row rep : spark.read().parquet(out.resolve("reps").toString()).collectAsList()) {
            repsByFile.computeIfAbsent(relative(in, rep.getAs("file")), f -> new ArrayList<>()).add(rep);
        }
        Map<String, Row> activities = new HashMap<>();
        spark.read().parquet(out.resolve("activities").toString()).collectAsList()
                .forEach(a -> activities.put(relative(in, a.getAs("file")), a));
        long compared = 0;
        for (Map.Entry<String, JsonNode> e : cli.byFile().entrySet()) {
            JsonNode file = e.getValue();
            if (file.hasNonNull("error")) {
                assertThat(activities).as(e.getKey()).doesNotContainKey(e.getKey());
                continue;
            }
            Row activity = activities.get(e.getKey());
            assertThat(activity).as("activity row of " + e.getKey()).isNotNull();
            assertThat((Integer) activity.getAs("overcooked")).isEqualTo(file.at("/summary/overcooked").intValue());
            assertThat((String) activity.getAs("source")).isEqualTo(file.get("source").asText());
            List<Row> rows = new ArrayList<>(repsByFile.getOrDefault(e.getKey(), List.of()));
            rows.sort(Comparator.comparing(r -> r.<Integer>getAs("index")));
            JsonNode reps = file.get("reps");
            assertThat(rows).as("reps of " + e.getKey()).hasSize(reps.size());
            for (int i = 0; i < rows.size(); i++) {
                assertRepEquals(e.getKey(), reps.get(i), rows.get(i));
                compared++;
            }
        }
        return compared;
    }

    private static void assertRepEquals(String file, JsonNode cli, Row row) {
        String where = file + " rep " + cli.get("index");
        assertThat((String) row.getAs("verdict")).as(where).isEqualTo(cli.get("verdict").asText());
        assertThat((String) row.getAs("verdict_reason")).as(where).isEqualTo(cli.get("verdict_reason").asText());
        JsonNode band = cli.get("target");
        if (band.isNull()) {
            assertThat((Object) row.getAs("target_fast_s_per_km")).as(where).isNull();
        } else {
            assertThat((Double) row.getAs("target_fast_s_per_km")).as(where).isEqualTo(band.get("fast_s_per_km").doubleValue());
            assertThat((Double) row.getAs("target_slow_s_per_km")).as(where).isEqualTo(band.get("slow_s_per_km").doubleValue());
        }
        for (Column c : Tables.REP) {
            Object expected = c.valueIn(cli);
            Object actual = row.getAs(c.name());
            if (expected instanceof Timestamp t && actual instanceof Timestamp a) {
                // Spark keeps microseconds; the JSON may carry nanoseconds.
                assertThat(Duration.between(t.toInstant(), a.toInstant()).abs()).as(where + " " + c.name())
                        .isLessThan(Duration.ofNanos(1000));
            } else {
                assertThat(actual).as(where + " " + c.name()).isEqualTo(expected);
            }
        }
    }

    static String relative(Path root, String uri) {
        String abs = Path.of(java.net.URI.create(uri)).toString();
        return abs.substring(root.toAbsolutePath().toString().length() + 1);
    }

    static void touch(Path p, long epochMillis) throws IOException {
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(epochMillis));
    }
}
