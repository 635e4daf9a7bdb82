package org.repcheck.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.repcheck.batch.InputDiscovery;
import org.repcheck.targets.TargetException;

/**
 * The job: list activity files ({@code binaryFile}, recursive, optionally only those modified after
 * {@code --since}), run the CLI's per-file pipeline on each, and write the tables activities, reps, recoveries and
 * errors under the output folder, partitioned by date. An unreadable file is a row of errors, never a failed job.
 */
public final class RepcheckJob {
    /** Names Spark lists at all (any case); {@link InputDiscovery#isActivityName} then has the last word. */
    static final String ACTIVITY_GLOB = "*.{[fF][iI][tT],[gG][pP][xX],[tT][cC][xX],[gG][zZ]}";
    private static final DateTimeFormatter SPARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final SparkSession spark;

    public RepcheckJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs once; a bad {@code --tt}, {@code --model} or {@code --since} is a TargetException before any file is read. */
    public JobResult run(JobOptions o) throws TargetException {
        spark.conf().set("spark.sql.session.timeZone", "UTC");
        TableWriter writer = new TableWriter(spark, o.output());
        Optional<Instant> since = Since.resolve(o.since(), writer);
        Athletes who = new Athletes(roots(o.inputs()), yamls(o.inputs()), ProfilesTable.read(spark, o.profiles()),
                o.timeTrials(), o.model().orElse(""));
        who.plan(Athletes.DEFAULT);
        Broadcast<Athletes> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(who);
        Dataset<Row> scanned = activityFiles(o.inputs(), since);
        Dataset<Row> analysed = scanned.mapPartitions(new FileAnalyzer(shared, o.detect()), Encoders.row(Tables.RESULT));
        Dataset<Row> results = analysed.union(EmptyFiles.rows(spark, scanned, who))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // One pass that also fills the cache the four tables are cut from.
            Row n = results.agg(count(lit(1)), count(col("activity")), coalesce(sum(size(col("reps"))), lit(0L)),
                    coalesce(sum(size(col("recoveries"))), lit(0L)), count(col("error"))).first();
            if (n.getLong(0) == 0) {
                return JobResult.nothingRead(since);
            }
            Dataset<Row> files = results.select(Tables.FILE);
            Dataset<Row> activities = results.filter(col("activity").isNotNull()).select("activity.*");
            Dataset<Row> reps = results.select(explode(col("reps")).as("r")).select("r.*");
            Dataset<Row> recoveries = results.select(explode(col("recoveries")).as("r")).select("r.*");
            Dataset<Row> errors = results.filter(col("error").isNotNull()).select("error.*");
            writer.write("activities", activities, files);
            writer.write("reps", reps, files);
            writer.write("recoveries", recoveries, files);
            writer.write("errors", errors, files);
            return new JobResult(n.getLong(0), n.getLong(1), n.getLong(2), n.getLong(3), n.getLong(4), since);
        } finally {
            results.unpersist();
            shared.destroy();
        }
    }

    private Dataset<Row> activityFiles(List<String> inputs, Optional<Instant> since) {
        DataFrameReader reader = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", ACTIVITY_GLOB);
        since.ifPresent(t -> reader.option("modifiedAfter", SPARK_TIME.format(t.atOffset(ZoneOffset.UTC))));
        UserDefinedFunction isActivity = udf((UDF1<String, Boolean>) InputDiscovery::isActivityName,
                DataTypes.BooleanType);
        return reader.load(inputs.toArray(String[]::new)).filter(isActivity.apply(col("path")));
    }

    /** Every athlete.yaml under the inputs, by the folder holding it (few and small: read on the driver). */
    private Map<String, String> yamls(List<String> inputs) {
        Map<String, String> out = new HashMap<>();
        List<Row> found = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "athlete.{yaml,yml}")
                .load(inputs.toArray(String[]::new))
                .select("path", "content").collectAsList();
        for (Row r : found) {
            out.put(Athletes.parent(r.getString(0)), new String((byte[]) r.get(1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Each input as Spark will list its files (qualified, "/"-ended), up to its first glob. */
    private List<String> roots(List<String> inputs) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            int glob = indexOfGlob(in);
            String plain = glob < 0 ? in : in.substring(0, in.lastIndexOf('/', glob) + 1);
            try {
                Path p = new Path(plain.isEmpty() ? "." : plain);
                String q = p.getFileSystem(conf).makeQualified(p).toString();
                out.add(q.endsWith("/") ? q : q + "/");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reach " + in + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static int indexOfGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
