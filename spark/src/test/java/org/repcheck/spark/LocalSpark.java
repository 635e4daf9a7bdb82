package org.repcheck.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One in-process Spark for the tests: two local cores, loopback only, no UI. */
final class LocalSpark {
    private static SparkSession spark;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("repcheck-test")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
        }
        return spark;
    }

    /** The project's root (this module's parent folder). */
    static Path projectRoot() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    }

    /** ../shared/corpus (device files, real interval sessions and their GPX exports), or null when absent. */
    static Path corpus() {
        Path p = projectRoot().resolve("../shared/corpus").normalize();
        return Files.isDirectory(p) ? p : null;
    }
}
