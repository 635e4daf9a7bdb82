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
import org.repcheck.report.RepsCsv;
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

    /** The batch's result: rows in input order, and the lines to tell the user. */
    public record Result(List<IndexRow> rows, List<String> messages, int unreadable, int overcookedReps) {
    }

    /** @param repLines this file's rows of reps.csv, already rendered (small, unlike its analysis) */
    private record FileResult(IndexRow row, List<String> messages, int overcooked, String repLines) {
    }

    private final Pipeline pipeline;
    private final Options options;

    public BatchRunner(Pipeline pipeline, Options options) {
        this.pipeline = pipeline;
        this.options = options;
    }

    public Result run(List<Input> inputs) throws IOException {
        WarmUp.start();
        List<FileResult> results = new ArrayList<>(inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()), r -> {
            Thread t = new Thread(r, "repcheck-worker");
            t.setDaemon(true);
            return t;
        });
        try (ProgressBar bar = progressBar(inputs.size())) {
            List<Future<FileResult>> futures = new ArrayList<>(inputs.size());
            for (Input in : inputs) {
                futures.add(pool.submit(() -> {
                    FileResult r = process(in);
                    if (bar != null) {
                        bar.step();
                    }
                    return r;
                }));
            }
            for (Future<FileResult> f : futures) {
                results.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("a worker failed: " + e.getCause(), e.getCause());
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
        Path out = options.outDir();
        AtomicFiles.write(out.resolve("index.html"), IndexPage.render(rows, options.units()));
        AtomicFiles.write(out.resolve("summary.csv"), SummaryCsv.render(rows));
        AtomicFiles.write(out.resolve("summary.json"), SummaryJson.render(rows));
        StringBuilder reps = new StringBuilder(RepsCsv.header());
        results.forEach(r -> reps.append(r.repLines()));
        AtomicFiles.write(out.resolve("reps.csv"), reps.toString());
        return new Result(rows, messages, unreadable, overcooked);
    }

    private FileResult process(Input input) {
        Outcome o = pipeline.run(input);
        List<String> messages = new ArrayList<>();
        if (o.error().isPresent()) {
            messages.add(input.name() + ": " + o.error().get());
            return new FileResult(IndexRow.failed(input.name(), o.error().get()), messages, 0, "");
        }
        Analysis a = o.analysis().orElseThrow();
        String id = o.activityId().orElseThrow();
        for (String w : a.session().activity().warnings()) {
            messages.add(input.name() + ": " + w);
        }
        try {
            writeReport(input, a, id);
        } catch (IOException | RuntimeException e) {
            String why = "could not write its report: " + e.getMessage();
            messages.add(input.name() + ": " + why);
            return new FileResult(IndexRow.failed(input.name(), why), messages, 0, "");
        }
        int overcooked = (int) a.reps().stream().filter(r -> r.verdict() == Verdict.OVERCOOKED).count();
        return new FileResult(IndexRow.of(input.name(), id, a), messages, overcooked,
                RepsCsv.rows(input.name(), id, "", a));
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
