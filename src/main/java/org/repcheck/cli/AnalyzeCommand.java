package org.repcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.repcheck.batch.BatchRunner;
import org.repcheck.batch.Input;
import org.repcheck.batch.WorkerBudget;
import org.repcheck.report.IndexRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", aliases = "analyse",
        description = "Analyse files, folders and export .zip files into HTML reports, an index, CSV and JSON.")
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders (searched recursively for .fit, .gpx, .tcx and .gz) and export .zip files"
                    + " (zips inside them too; Strava's activities.csv names the runs).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "repcheck-report",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin
    JudgingOptions judging = new JudgingOptions();

    @Option(names = "--jobs", paramLabel = "N", description = "Files analysed in parallel (default: the machine's cores).")
    Integer jobs;

    @Mixin
    UnitsOption units = new UnitsOption();

    @Option(names = "--fail-on-overcooked", description = "Exit 4 when any rep is overcooked (unless a file was unreadable: 1).")
    boolean failOnOvercooked;

    @Option(names = "--no-progress", description = "No progress bar (there is none anyway when stderr is not a terminal).")
    boolean noProgress;

    @Option(names = "--no-history", description = "Write no history page, history.json or week-after boxes"
            + " (the index lists the runs only).")
    boolean noHistory;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems: no progress bar, no closing summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new UsageException("--jobs " + n + ": give at least 1");
        }
        OutputDir.check(outDir);
        Athletes athletes = judging.athletes();
        List<Input> found = Inputs.discoverOrSayNone(inputs, err);
        if (found.isEmpty()) {
            return ExitCode.NO_INPUT;
        }
        WorkerBudget workers = WorkerBudget.of(n, found.size());
        if (workers.cappedByMemory(found.size()) && jobs != null) {
            err.println("repcheck: --jobs " + n + ": running " + workers.granted() + " at a time, as many as the "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap holds (a bigger one, JAVA_OPTS=-Xmx2g,"
                    + " holds more)");
        }
        athletes.check(found);
        boolean progress = !noProgress && !quiet && System.console() != null;
        BatchRunner runner = new BatchRunner(athletes, new BatchRunner.Options(outDir, n, units.units(), progress,
                !noHistory));
        BatchRunner.Result result = runInterruptibly(runner, found, err);
        for (String m : result.messages()) {
            err.println("repcheck: " + org.repcheck.batch.Failures.safe(m));
        }
        err.flush();
        if (!quiet) {
            summarise(out, found.size(), result, athletes.anyTimeTrial());
        }
        if (result.unreadable() > 0 || result.outputProblems() > 0 || Inputs.hadProblems(inputs)) {
            return ExitCode.SOME_UNREADABLE;
        }
        return failOnOvercooked && result.overcookedReps() > 0 ? ExitCode.OVERCOOKED : ExitCode.OK;
    }

    /**
     * Ctrl-C and SIGTERM reach the JVM as a shutdown: the hook has the runner write the index for the files
     * finished and remove its temporary files, then exits 130 (SIGTERM too, so scripts see one code for "stopped").
     */
    private static BatchRunner.Result runInterruptibly(BatchRunner runner, List<Input> found, PrintWriter err)
            throws IOException {
        Thread hook = new Thread(() -> {
            try {
                BatchRunner.Result done = runner.interrupt();
                err.println("repcheck: interrupted; the index lists the " + done.rows().size() + " of " + found.size()
                        + " files finished");
            } catch (IOException | RuntimeException e) {
                err.println("repcheck: interrupted; could not write the index: " + (e instanceof IOException io
                        ? org.repcheck.batch.Failures.describe(io) : "an unexpected failure"));
            }
            err.flush();
            Runtime.getRuntime().halt(ExitCode.INTERRUPTED);
        }, "repcheck-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return runner.run(found);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running; it decides the exit code
            }
        }
    }

    private void summarise(PrintWriter out, int files, BatchRunner.Result result, boolean anyTimeTrial) {
        int reps = result.rows().stream().mapToInt(IndexRow::reps).sum();
        int same = files - result.rows().size();
        out.printf("Analysed %d file%s (%d unreadable%s): %d reps, %d overcooked.%n", files,
                files == 1 ? "" : "s", result.unreadable(), same > 0 ? ", " + same + " the same run as another" : "",
                reps, result.overcookedReps());
        if (!anyTimeTrial) {
            out.println("No time trial given, so reps are found but not judged: add --tt 5k=20:00, --profile FILE,"
                    + " or an athlete.yaml in the input folder.");
        }
        out.println("Report: " + outDir.resolve("index.html").toAbsolutePath().normalize());
        out.flush();
    }
}
