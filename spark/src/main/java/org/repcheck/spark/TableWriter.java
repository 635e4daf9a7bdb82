package org.repcheck.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a table so that a rerun replaces, never duplicates: the table is keyed by file, and a run rewrites only
 * the date partitions it touches (dynamic partition overwrite), carrying over the rows there of files it did not
 * read. So a rerun over the same input, a {@code --since} run over a few new files, and runs over different
 * inputs into the same tables all leave exactly one copy of each file's rows.
 */
final class TableWriter {
    private final SparkSession spark;
    private final String output;

    TableWriter(SparkSession spark, String output) {
        this.spark = spark;
        this.output = output;
    }

    String path(String table) {
        return output.endsWith("/") ? output + table : output + "/" + table;
    }

    boolean exists(String table) {
        Path p = new Path(path(table));
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + p + ": " + e.getMessage(), e);
        }
    }

    /** The table as written so far (read with our schema, so an empty table needs no schema inference). */
    Dataset<Row> existing(String table, StructType schema) {
        return spark.read().schema(schema).parquet(path(table));
    }

    /** Writes {@code fresh} (rows of the files in {@code freshFiles}, one column "file") into the table. */
    void write(String table, Dataset<Row> fresh, Dataset<Row> freshFiles) {
        Dataset<Row> rows = fresh;
        if (exists(table)) {
            Dataset<Row> old = existing(table, fresh.schema());
            // Partitions to rewrite: those getting new rows, and those holding old rows of the files read again
            // (a file whose activity date changed, e.g. once local time is known, leaves its old partition).
            List<Row> dates = fresh.select(Tables.DATE)
                    .union(old.join(broadcast(freshFiles), Tables.FILE).select(Tables.DATE))
                    .distinct().collectAsList();
            Dataset<Row> kept = old.filter(in(dates))
                    .join(broadcast(freshFiles), old.col(Tables.FILE).equalTo(freshFiles.col(Tables.FILE)), "left_anti");
            // Materialised before the overwrite: the old files under those partitions are about to be replaced.
            rows = fresh.unionByName(kept).localCheckpoint(true);
        }
        // One task per date, so one file per date partition rather than one per date per input split.
        rows.repartition(col(Tables.DATE)).write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
                .partitionBy(Tables.DATE).parquet(path(table));
        writeSchema(table, fresh.schema());
    }

    /**
     * Leaves the table's schema in {@code _common_metadata}, a Parquet file without rows that Spark's readers
     * take the schema from first: a table without rows (errors, after a clean run) is otherwise an empty folder
     * that {@code spark.read().parquet(…)} refuses ("unable to infer schema"). Rewritten each run, so it follows
     * the job's columns. The date is left out, as in the data files: it lives in the folder names.
     */
    private void writeSchema(String table, StructType schema) {
        Path tmp = new Path(path(table) + "-schema.tmp");
        spark.createDataFrame(List.<Row>of(), schema).drop(Tables.DATE).coalesce(1)
                .write().mode(SaveMode.Overwrite).parquet(tmp.toString());
        try {
            FileSystem fs = tmp.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (org.apache.hadoop.fs.FileStatus f : fs.listStatus(tmp)) {
                if (f.getPath().getName().endsWith(".parquet")) {
                    Path summary = new Path(path(table), "_common_metadata");
                    fs.delete(summary, false);
                    fs.rename(f.getPath(), summary);
                }
            }
            fs.delete(tmp, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schema of " + path(table) + ": " + e.getMessage(), e);
        }
    }

    private static org.apache.spark.sql.Column in(List<Row> dates) {
        List<Object> values = new ArrayList<>();
        boolean nullDate = false;
        for (Row r : dates) {
            if (r.isNullAt(0)) {
                nullDate = true;
            } else {
                values.add(r.get(0));
            }
        }
        org.apache.spark.sql.Column c = values.isEmpty() ? lit(false) : col(Tables.DATE).isin(values.toArray());
        return nullDate ? c.or(col(Tables.DATE).isNull()) : c;
    }
}
