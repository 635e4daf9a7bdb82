package org.repcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
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
        long cliReps = SameAsCli.assertReps(spark, out, corpus, cli);
        assertThat(cliReps).as("the corpus holds interval sessions, so the comparison is not vacuous").isGreaterThan(100);
        assertThat(cli.byFile().values().stream().filter(f -> f.hasNonNull("error")).count())
                .as("unreadable corpus files are error rows").isEqualTo(r.errors()).isPositive();
        assertThat(r.reps()).isEqualTo(cliReps);
    }

    @Test
    void samplesJudgedByTheirFoldersAthleteYamlEqualJudgeJson() throws Exception {
        Path samples = LocalSpark.projectRoot().resolve("samples");
        JobResult r = job(samples, List.of());
        CliJson cli = CliJson.judge(samples.toString());

        SameAsCli.assertReps(spark, out, samples, cli);
        List<Row> tts = spark.read().parquet(out.resolve("activities").toString())
                .select("tt_distance_m", "tt_time_s").distinct().collectAsList();
        assertThat(tts).as("samples/athlete.yaml's 20:00 5 km is in force for every sample")
                .extracting(t -> t.getDouble(0) + "/" + t.getDouble(1)).containsExactly("5000.0/1200.0");
        assertThat(spark.read().parquet(out.resolve("reps").toString()).where("verdict = 'overcooked'").count())
                .as("the 6 x 400 m sample's first three reps").isGreaterThanOrEqualTo(3);
        assertThat(r.errors()).isZero();
        assertThat(spark.read().parquet(out.resolve("errors").toString()).columns())
                .as("a table without rows still reads, with its columns").contains("file", "error");
        for (Row a : spark.read().parquet(out.resolve("activities").toString()).collectAsList()) {
            assertThat(a.<java.sql.Date>getAs("date").toLocalDate()).as("partition of " + a.getAs("file"))
                    .isEqualTo(a.<Timestamp>getAs("start").toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate());
        }
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
        SameAsCli.assertReps(spark, out, in, cli);
        Map<String, String> errors = new HashMap<>();
        for (Row e : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
            errors.put(SameAsCli.relative(in, e.getAs("file")), e.getAs("error"));
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

}
