package org.repcheck.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.repcheck.batch.Input;
import org.repcheck.batch.InputDiscovery;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.targets.TargetPlan;

/**
 * Zero-byte files. Spark's file scan never hands a zero-length file to a reader, so without this an empty upload
 * would vanish instead of becoming an errors row. They are the files Spark listed but the scan did not return;
 * each gets the pipeline's own verdict on empty bytes (the CLI's "empty file" line). Few, so on the driver.
 */
final class EmptyFiles {
    private EmptyFiles() {
    }

    /** Result rows for the activity files Spark listed for {@code scanned} that its scan does not return. */
    static Dataset<Row> rows(SparkSession spark, Dataset<Row> scanned, Athletes who) {
        // Only the path column: binaryFile then reads no file's content for this. The listing itself is on the
        // driver already (Spark's file index), so the names are compared there, without a shuffle.
        Set<String> scannedPaths = new HashSet<>(scanned.select("path").as(Encoders.STRING()).collectAsList());
        List<String> missing = Arrays.stream(scanned.inputFiles()).map(EmptyFiles::normal)
                .filter(InputDiscovery::isActivityName).filter(p -> !scannedPaths.contains(p)).toList();
        List<Row> rows = new ArrayList<>();
        Pipeline pipeline = new Pipeline(DetectMode.AUTO, TargetPlan.none("coach"));
        for (String file : missing) {
            Path p = new Path(URI.create(file));
            try {
                FileStatus s = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getFileStatus(p);
                Rows.FileFacts facts = new Rows.FileFacts(file, who.athleteOf(file),
                        new Timestamp(s.getModificationTime()), s.getLen());
                rows.add(Rows.result(facts, pipeline.run(new Input(file, () -> new ByteArrayInputStream(new byte[0])))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look at " + file + ": " + e.getMessage(), e);
            }
        }
        return spark.createDataFrame(rows, Tables.RESULT);
    }

    /** The spelling of a path that binaryFile's "path" column uses. */
    private static String normal(String uri) {
        return new Path(URI.create(uri)).toString();
    }
}
