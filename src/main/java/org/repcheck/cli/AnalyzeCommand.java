package org.repcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.repcheck.batch.BatchRunner;
import org.repcheck.batch.Input;
import org.repcheck.batch.Pipeline;
import org.repcheck.detect.DetectMode;
import org.repcheck.report.IndexRow;
import org.repcheck.targets.TargetPlan;
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
            description = "Files, folders (searched recursively for .fit, .gpx, .tcx and .gz) and export .zip files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "repcheck-report",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin
    TargetArgs targets = new TargetArgs();

    @Option(names = "--detect", paramLabel = "auto|workout|laps|signal", defaultValue = "auto",
            description = "Where reps come from (see 'reps').")
    DetectMode detect;

    @Option(names = "--jobs", paramLabel = "N", description = "Files analysed in parallel (default: the machine's cores).")
    Integer jobs;

    @Mixin
    UnitsOption units = new UnitsOption();

    @Option(names = "--fail-on-overcooked", description = "Exit 4 when any rep is overcooked (unless a file was unreadable: 1).")
    boolean failOnOvercooked;

    @Option(names = "--no-progress", description = "No progress bar (there is none anyway when stderr is not a terminal).")
    boolean noProgress;

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
        TargetPlan plan = targets.plan(Inputs.athleteYaml(inputs));
        List<Input> found = Inputs.discover(inputs, err);
        if (found.isEmpty()) {
            err.println("repcheck: no input files found in " + inputs);
            err.flush();
            return ExitCode.NO_INPUT;
        }
        boolean progress = !noProgress && !quiet && System.console() != null;
        BatchRunner runner = new BatchRunner(new Pipeline(detect, plan),
                new BatchRunner.Options(outDir, n, units.units(), progress));
        BatchRunner.Result result = runner.run(found);
        for (String m : result.messages()) {
            err.println("repcheck: " + m);
        }
        err.flush();
        if (!quiet) {
            summarise(out, found.size(), result, plan);
        }
        if (result.unreadable() > 0 || Inputs.hadProblems(inputs)) {
            return ExitCode.SOME_UNREADABLE;
        }
        return failOnOvercooked && result.overcookedReps() > 0 ? ExitCode.OVERCOOKED : ExitCode.OK;
    }

    private void summarise(PrintWriter out, int files, BatchRunner.Result result, TargetPlan plan) {
        int reps = result.rows().stream().mapToInt(IndexRow::reps).sum();
        out.printf("Analysed %d file%s (%d unreadable): %d reps, %d overcooked.%n", files,
                files == 1 ? "" : "s", result.unreadable(), reps, result.overcookedReps());
        if (plan.trials().isEmpty()) {
            out.println("No time trial given, so reps are found but not judged: add --tt 5k=20:00, --profile FILE,"
                    + " or an athlete.yaml in the input folder.");
        }
        out.println("Report: " + outDir.resolve("index.html").toAbsolutePath().normalize());
        out.flush();
    }
}
