package org.repcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Asserts that the job's tables under {@code out} say, for the files below a folder, what the CLI said. */
final class SameAsCli {
    private SameAsCli() {
    }

    /** Every file's reps as the CLI gives them, column by column; returns the number of reps compared. */
    static long assertReps(SparkSession spark, Path out, Path in, CliJson cli) {
        Map<String, List<Row>> repsByFile = new HashMap<>();
        for (Row rep : spark.read().parquet(out.resolve("reps").toString()).collectAsList()) {
            if (relative(in, rep.getAs("file")) == null) {
                continue;
            }
            repsByFile.computeIfAbsent(relative(in, rep.getAs("file")), f -> new ArrayList<>()).add(rep);
        }
        Map<String, Row> activities = new HashMap<>();
        for (Row a : spark.read().parquet(out.resolve("activities").toString()).collectAsList()) {
            if (relative(in, a.getAs("file")) != null) {
                activities.put(relative(in, a.getAs("file")), a);
            }
        }
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

    /** The job's file URI as a path below {@code root}, or null when it is not below it. */
    static String relative(Path root, String uri) {
        Path abs = Path.of(java.net.URI.create(uri));
        return abs.startsWith(root.toAbsolutePath()) ? root.toAbsolutePath().relativize(abs).toString() : null;
    }

}
