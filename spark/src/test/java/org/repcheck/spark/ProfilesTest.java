package org.repcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.detect.DetectMode;

/**
 * Each athlete judged by their own time trials, as the CLI would judge their folder: the profiles table first,
 * then the nearest athlete.yaml above the file, then the job's --tt.
 */
class ProfilesTest {
    private static final Path SAMPLES = LocalSpark.projectRoot().resolve("samples");
    private final SparkSession spark = LocalSpark.get();

    @TempDir
    Path out;

    @Test
    void profilesTableThenNearestAthleteYamlThenTheJobsTimeTrial(@TempDir Path in) throws Exception {
        for (String athlete : List.of("alex", "sam/2026/10", "kim")) {
            Files.createDirectories(in.resolve(athlete));
            Files.copy(SAMPLES.resolve("intervals_6x400_workout.fit"), in.resolve(athlete).resolve("session.fit"));
        }
        Files.copy(SAMPLES.resolve("intervals_8x400_no_laps.gpx"), in.resolve("alex/track.gpx"));
        Files.writeString(in.resolve("sam/athlete.yaml"), "name: Sam\ntime_trials:\n"
                + "  - { distance: 5k, time: \"24:30\", date: 2026-09-01 }\nmodel: daniels\n");
        Path profiles = in.resolve("profiles.csv");
        Files.writeString(profiles, "athlete,tt,model\nalex,5k=19:10@2026-01-05,\nalex,8k=31:40@2026-09-20,riegel\n");

        JobResult r = new RepcheckJob(spark).run(new JobOptions(List.of(in.toString()), out.toString(),
                Optional.of(profiles.toString()), List.of("5k=22:00"), Optional.empty(), DetectMode.AUTO,
                Optional.empty()));

        assertThat(r.filesRead()).isEqualTo(4);
        SameAsCli.assertReps(spark, out, in.resolve("alex"),
                CliJson.judge(in.resolve("alex").toString(), "--tt", "5k=19:10@2026-01-05", "--tt",
                        "8k=31:40@2026-09-20", "--model", "riegel"));
        SameAsCli.assertReps(spark, out, in.resolve("sam/2026/10"),
                CliJson.judge(in.resolve("sam/2026/10").toString(), "--profile", in.resolve("sam/athlete.yaml").toString()));
        SameAsCli.assertReps(spark, out, in.resolve("kim"), CliJson.judge(in.resolve("kim").toString(), "--tt", "5k=22:00"));
        List<Row> models = spark.read().parquet(out.resolve("activities").toString())
                .select("athlete", "model").distinct().orderBy("athlete").collectAsList();
        assertThat(models).extracting(m -> m.getString(0) + ":" + m.getString(1))
                .containsExactly("alex:riegel", "kim:coach", "sam:daniels");
    }

    @Test
    void aBadTimeTrialInTheTableMakesErrorRowsForThatAthleteOnly(@TempDir Path in) throws Exception {
        for (String athlete : List.of("alex", "kim")) {
            Files.createDirectories(in.resolve(athlete));
            Files.copy(SAMPLES.resolve("intervals_6x400_workout.fit"), in.resolve(athlete).resolve("session.fit"));
        }
        Path profiles = in.resolve("profiles.csv");
        Files.writeString(profiles, "athlete,tt\nalex,5k=twenty minutes\n");

        JobResult r = new RepcheckJob(spark).run(new JobOptions(List.of(in.toString()), out.toString(),
                Optional.of(profiles.toString()), List.of("5k=22:00"), Optional.empty(), DetectMode.AUTO,
                Optional.empty()));

        assertThat(r.activities()).isEqualTo(1);
        Row error = spark.read().parquet(out.resolve("errors").toString()).first();
        assertThat(error.<String>getAs("athlete")).isEqualTo("alex");
        assertThat(error.<String>getAs("error")).contains("twenty minutes");
    }
}
