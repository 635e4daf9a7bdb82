package org.repcheck.spark;

import java.util.List;
import java.util.Optional;
import org.repcheck.detect.DetectMode;

/**
 * What one run of the job was asked to do.
 *
 * @param inputs     folders, files or globs, on any file system Spark reaches (file:, hdfs:, s3a:, gs:, abfss:)
 * @param output     the folder holding the four tables (created on the first run)
 * @param profiles   a CSV (with a header) or Parquet table with columns athlete, tt and optionally model
 * @param timeTrials {@code --tt} values for files with no profile
 * @param since      "last" (after the newest file already in the tables), an instant or a date (UTC)
 */
public record JobOptions(List<String> inputs, String output, Optional<String> profiles, List<String> timeTrials,
                         Optional<String> model, DetectMode detect, Optional<String> since) {
    public JobOptions {
        inputs = List.copyOf(inputs);
        timeTrials = List.copyOf(timeTrials);
    }
}
