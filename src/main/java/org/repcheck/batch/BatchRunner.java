package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.repcheck.model.Analysis;
import org.repcheck.model.Verdict;
import org.repcheck.report.HtmlReport;
import org.repcheck.report.IndexPage;
import org.repcheck.report.IndexRow;
import org.repcheck.report.JsonReport;
import org.repcheck.report.ReportContext;
import org.repcheck.report.SummaryCsv;
import org.repcheck.report.SummaryJson;
import org.repcheck.report.Units;
import org.repcheck.report.WarmUp;

/**
 * {@code analyze}: every input through the pipeline in parallel, each file's report written as soon as it is
 * judged, then the index and summaries. Each worker keeps only a small index row per file, so memory does not
 * grow with the number of files.
 */
public final class BatchRunner {
    /**
     * @param progress draw a progress bar (the caller decides: only on a terminal)
     */
    public record Options(Path outDir, int jobs, Units units, boolean progress) {
    }

    /**
     * The batch's result: rows in input order, and the lines to tell the user.
     *
     * @param outputProblems outputs (index, summaries) that could not be written; their lines are in messages
     */
    public record Result(List<IndexRow> rows, List<String> messages, int unreadable, int overcookedReps,
                         int outputProblems) {
    }

    private record FileResult(IndexRow row, List<String> messages, int overcooked) {
        /** The error row of an input and its one line. */
        static FileResult failed(Input in, String why) {
            return new FileResult(IndexRow.failed(in.name(), why), List.of(Failures.safe(in.name()) + ": " + why), 0);
        }
    }

    private final Pipeline pipeline;
    private final Options options;
    /** One writer per report folder: the same activity given twice is written once, by one worker at a time. */
    private final ReportClaims claims = new ReportClaims();

    public BatchRunner(Pipeline pipeline, Options options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public Result run(List<Input> inputs) throws IOException {
        WarmUp.start();
        List<FileResult> results = new ArrayList<>(inputs.size());
        ReportClaims.sweepStale(options.outDir());
        int workers = WorkerBudget.of(options.jobs(), inputs.size()).granted();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "repcheck-worker");
            t.setDaemon(true);
            return t;
        });
        try (ProgressBar bar = progressBar(inputs.size())) {
            List<Future<FileResult>> futures = new ArrayList<>(inputs.size());
            for (Input in : inputs) {
                futures.add(pool.submit(() -> {
                    FileResult r = isolated(in);
                    if (bar != null) {
                        bar.step();
                    }
                    return r;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                results.add(outcomeOf(futures.get(i), inputs.get(i)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }

        List<IndexRow> rows = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int unreadable = 0;
        int overcooked = 0;
        for (FileResult r : results) {
            rows.add(r.row());
            messages.addAll(r.messages());
            if (r.row().error().isPresent()) {
                unreadable++;
            }
            overcooked += r.overcooked();
        }
        int outputProblems = writeSummaries(rows, messages);
        return new Result(rows, messages, unreadable, overcooked, outputProblems);
    }

    /** The index and summaries, each on its own: one that cannot be written does not stop the others. */
    private int writeSummaries(List<IndexRow> rows, List<String> messages) {
        Path out = options.outDir();
        int problems = 0;
        problems += writeOne(out.resolve("index.html"), () -> IndexPage.render(rows, options.units()), messages);
        problems += writeOne(out.resolve("summary.csv"), () -> SummaryCsv.render(rows), messages);
        problems += writeOne(out.resolve("summary.json"), () -> SummaryJson.render(rows), messages);
        return problems;
    }

    private static int writeOne(Path target, java.util.function.Supplier<String> content, List<String> messages) {
        try {
            AtomicFiles.write(target, content.get());
            return 0;
        } catch (IOException e) {
            messages.add("cannot write " + Failures.describe(target, e));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            messages.add(Failures.safe(target.toString()) + ": not written: "
                    + Failures.internal("rendering it", e));
        }
        return 1;
    }

    /** A worker's result; a worker that died anyway (it should not) costs only its own input. */
    private static FileResult outcomeOf(Future<FileResult> f, Input in) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return FileResult.failed(in, Failures.internal("analysing it", e.getCause()));
        }
    }

    private FileResult isolated(Input input) {
        try {
            return process(input);
        } catch (OutOfMemoryError e) {
            return FileResult.failed(input, Failures.outOfMemory("writing its report"));
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.failed(input, Failures.internal("writing its report", e));
        }
    }

    private FileResult process(Input input) {
        Outcome o = pipeline.run(input);
        List<String> messages = new ArrayList<>();
        String shown = Failures.safe(input.name());
        if (o.error().isPresent()) {
            return FileResult.failed(input, o.error().get());
        }
        Analysis a = o.analysis().orElseThrow();
        String id = o.activityId().orElseThrow();
        for (String w : a.session().activity().warnings()) {
            messages.add(shown + ": " + w);
        }
        try {
            claims.writeOnce(id, () -> writeReport(input, a, id));
        } catch (IOException e) {
            String why = "could not write its report: " + Failures.describe(options.outDir().resolve(id), e);
            messages.add(shown + ": " + why);
            return new FileResult(IndexRow.failed(input.name(), why), messages, 0);
        } catch (RuntimeException | StackOverflowError e) {
            String why = Failures.internal("writing its report", e);
            messages.add(shown + ": " + why);
            return new FileResult(IndexRow.failed(input.name(), why), messages, 0);
        }
        int overcooked = (int) a.reps().stream().filter(r -> r.verdict() == Verdict.OVERCOOKED).count();
        return new FileResult(IndexRow.of(input.name(), id, a), messages, overcooked);
    }

    private void writeReport(Input input, Analysis a, String id) throws IOException {
        Path target = options.outDir().resolve(id);
        Path staged = AtomicFiles.stagingFor(target);
        try {
            ReportContext ctx = ReportContext.inBatch(input.name(), id, Instant.now());
            java.nio.file.Files.writeString(staged.resolve("report.html"), HtmlReport.render(a, options.units(), ctx));
            // The same object `judge --json` prints for this file.
            java.nio.file.Files.writeString(staged.resolve("analysis.json"), JsonReport.pretty(JsonReport.judge(a)));
            AtomicFiles.replaceDirectory(staged, target);
        } finally {
            AtomicFiles.deleteTree(staged);
        }
    }

    private ProgressBar progressBar(int total) {
        if (!options.progress()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("analyse").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(200).build();
    }
}
