package org.repcheck.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.repcheck.detect.DetectMode;
import org.repcheck.targets.TargetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit target/repcheck-spark.jar INPUT… -o OUT}: the entry point. The master, executors and object
 * store credentials come from spark-submit, as for any Spark job. Exit 0 when the tables are written, whatever
 * the files held (unreadable files are rows of the errors table); 2 for a bad option.
 */
@Command(name = "repcheck-spark", mixinStandardHelpOptions = true,
        description = "repcheck's analysis of every activity file under INPUT, as Parquet tables under OUT.")
public final class SparkJob implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Folders, files or globs (file:, hdfs:, s3a:, …).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Folder of the tables.")
    String output;

    @Option(names = "--profiles", paramLabel = "TABLE",
            description = "Athletes' time trials: CSV (header athlete,tt[,model]) or Parquet.")
    String profiles;

    @Option(names = "--tt", paramLabel = "DIST=TIME[@DATE]", description = "Time trials for files with no profile.")
    List<String> timeTrials = new ArrayList<>();

    @Option(names = "--model", paramLabel = "MODEL", description = "coach, daniels, riegel or critical-speed.")
    String model;

    @Option(names = "--detect", paramLabel = "auto|workout|laps|signal", defaultValue = "auto")
    DetectMode detect;

    @Option(names = "--since", paramLabel = "last|DATE|INSTANT",
            description = "Read only files modified after this; 'last': after the newest already in the tables.")
    String since;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    JobOptions options() {
        return new JobOptions(inputs, output, Optional.ofNullable(profiles), timeTrials, Optional.ofNullable(model),
                detect, Optional.ofNullable(since));
    }

    @Override
    public Integer call() {
        SparkSession spark = SparkSession.builder().appName("repcheck").getOrCreate();
        try {
            JobResult r = new RepcheckJob(spark).run(options());
            System.out.printf("repcheck-spark: %d files read%s: %d activities, %d reps, %d recoveries, %d unreadable → %s%n",
                    r.filesRead(), r.since().map(t -> " (modified after " + t + ")").orElse(""), r.activities(),
                    r.reps(), r.recoveries(), r.errors(), output);
            return 0;
        } catch (TargetException e) {
            System.err.println("repcheck-spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }
}
