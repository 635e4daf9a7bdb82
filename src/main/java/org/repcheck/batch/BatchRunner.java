package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.repcheck.history.RunDigest;
import org.repcheck.model.Analysis;
import org.repcheck.model.Verdict;
import org.repcheck.report.HtmlReport;
import org.repcheck.report.IndexRow;
import org.repcheck.report.JsonReport;
import org.repcheck.report.ReportContext;
import org.repcheck.report.RepsCsv;
import org.repcheck.report.Units;
import org.repcheck.report.WarmUp;

/**
 * {@code analyze}: every input through its athlete's pipeline in parallel, each file's report written as soon as
 * it is judged, then the index, the athletes' pages and the summaries ({@link BatchOutput}). Each worker keeps
 * only a small index row per file, so memory does not grow with the number of files. The same activity given twice
 * is reported once ({@link Duplicates}) and its folder written by one worker ({@link ReportClaims}). Each input is
 * isolated: whatever any stage of it throws — out of memory or stack on one pathological file included — becomes
 * that input's error row, and the rest of the batch goes on. {@link #interrupt()} finishes early with what is done.
 */
public final class BatchRunner {
    /**
     * @param progress draw a progress bar (the caller decides: only on a terminal)
     * @param history  digest every run and write each athlete's history (docs/cli.md); off only to measure its cost
     */
    public record Options(Path outDir, int jobs, Units units, boolean progress, boolean history) {
        public Options(Path outDir, int jobs, Units units, boolean progress) {
            this(outDir, jobs, units, progress, true);
        }
    }

    /**
     * The batch's result: rows in input order (duplicates folded into the row kept), and the lines to tell the user.
     *
     * @param complete       false when {@link #interrupt()} cut the batch short
     * @param outputProblems outputs (index, summaries, pages) that could not be written; their lines are in messages
     */
    public record Result(List<IndexRow> rows, List<String> messages, int unreadable, int overcookedReps,
                         boolean complete, int outputProblems) {
    }

    /**
     * @param repLines this file's rows of reps.csv, already rendered (small, unlike its analysis)
     * @param athlete  whose run it is (the history is built per athlete)
     * @param digest   what the history keeps of the run (issue 12); empty with the history off or unreadable
     */
    record FileResult(IndexRow row, List<String> messages, int overcooked, String repLines,
                      Optional<Duplicates.Print> print, Optional<Athlete> athlete, Optional<RunDigest> digest) {
        FileResult(IndexRow row, List<String> messages, int overcooked, String repLines,
                   Optional<Duplicates.Print> print) {
            this(row, messages, overcooked, repLines, print, Optional.empty(), Optional.empty());
        }

        /** The error row of an input and its one line. */
        static FileResult failed(Input in, String why, String athlete) {
            return new FileResult(IndexRow.failed(in.name(), why, athlete),
                    List.of(Failures.safe(in.name()) + ": " + why), 0, "", Optional.empty());
        }

        FileResult withDigest(Athlete who, Optional<RunDigest> d) {
            return new FileResult(row, messages, overcooked, repLines, print, Optional.of(who), d);
        }
    }

    private final Athlete.Roster roster;
    private final Options options;
    /** One writer per report folder: identical files must not race for one folder. */
    private final ReportClaims claims = new ReportClaims();
    private final Map<Integer, FileResult> done = new ConcurrentHashMap<>();
    private List<Input> inputs = List.of();
    private RerunCache cache;
    private ExecutorService pool;
    private Result finished;

    public BatchRunner(Pipeline pipeline, Options options) {
        this(in -> Athlete.everyone("", pipeline), options);
    }

    public BatchRunner(Athlete.Roster roster, Options options) {
        this.roster = roster;
        this.options = options;
    }

    public Result run(List<Input> batch) throws IOException {
        WarmUp.start();
        synchronized (this) {
            inputs = List.copyOf(batch);
            cache = RerunCache.load(options.outDir(), options.units(), options.history());
            ReportClaims.sweepStale(options.outDir());
            // No more workers than the heap holds at one worker's read budget, whatever --jobs asked.
            int workers = WorkerBudget.of(options.jobs(), batch.size()).granted();
            pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "repcheck-worker");
                t.setDaemon(true);
                return t;
            });
        }
        try (ProgressBar bar = progressBar(batch.size())) {
            List<Future<?>> futures = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                int order = i;
                futures.add(pool.submit(() -> {
                    done.put(order, isolated(order, batch.get(order)));
                    if (bar != null) {
                        bar.step();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (ExecutionException e) {
                    // A worker that died anyway (it should not) costs only its own input.
                    done.putIfAbsent(i, FileResult.failed(batch.get(i), Failures.internal("analysing it", e.getCause()),
                            ""));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return finish(true);
    }

    /**
     * Stops the batch (Ctrl-C, SIGTERM): no new file is started, those being analysed get a few seconds, then the
     * index and summaries list what was finished and the temporary files go. Returns the result written, or the
     * one already written when the batch had finished.
     */
    public Result interrupt() throws IOException {
        synchronized (this) {
            if (finished != null) {
                return finished;
            }
            if (pool == null) {
                // Stopped before the batch began: nothing to list, and an earlier run's index stays as it was.
                finished = new Result(List.of(), List.of(), 0, 0, false, 0);
                return finished;
            }
            pool.shutdownNow();
        }
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Result r = finish(false);
        AtomicFiles.removeLeftovers(options.outDir());
        return r;
    }

    private synchronized Result finish(boolean complete) throws IOException {
        if (finished != null) {
            return finished;
        }
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            FileResult r = done.get(i);
            if (r != null) {
                results.add(r);
            }
        }
        finished = BatchOutput.write(options.outDir(), options.units(), results, complete, options.history());
        try {
            cache.save(complete);
        } catch (IOException | RuntimeException e) {
            // The cache only saves time on the next run; this run's outputs are written.
            List<String> messages = new ArrayList<>(finished.messages());
            messages.add("could not save the rerun cache: " + (e instanceof IOException io
                    ? Failures.describe(io) : Failures.internal("saving it", e)) + "; the next run analyses every file");
            finished = new Result(finished.rows(), messages, finished.unreadable(), finished.overcookedReps(),
                    finished.complete(), finished.outputProblems());
        }
        return finished;
    }

    /** One input, whatever happens to it: a failure of any stage is its own row, never the batch's. */
    private FileResult isolated(int order, Input input) {
        String stage = "finding its athlete";
        String athlete = "";
        try {
            Athlete a = roster.of(input);
            athlete = a.name();
            stage = "writing its report";
            return process(order, input, a);
        } catch (OutOfMemoryError e) {
            return FileResult.failed(input, Failures.outOfMemory(stage), athlete);
        } catch (RuntimeException | StackOverflowError e) {
            return FileResult.failed(input, Failures.internal(stage, e), athlete);
        }
    }

    private FileResult process(int order, Input input, Athlete athlete) {
        Optional<FileResult> reused = cache.reuse(order, input, athlete);
        if (reused.isPresent()) {
            claims.alreadyWritten(reused.get().row().activityId().orElseThrow());
            return reused.get();
        }
        FileResult fresh = analyse(order, input, athlete);
        cache.remember(order, input, athlete, fresh);
        return fresh;
    }

    private FileResult analyse(int order, Input input, Athlete athlete) {
        Outcome o = athlete.pipeline().run(input);
        List<String> messages = new ArrayList<>();
        String shown = Failures.safe(input.name());
        if (o.error().isPresent()) {
            return FileResult.failed(input, o.error().get(), athlete.name());
        }
        Analysis a = o.analysis().orElseThrow();
        String id = athlete.reportId(o.activityId().orElseThrow(), a.session().activity().start());
        for (String w : a.session().activity().warnings()) {
            messages.add(shown + ": " + w);
        }
        String title = input.export().map(ExportListing.Entry::name).orElse("");
        try {
            claims.writeOnce(id, () -> writeReport(input, a, id, athlete, title));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            String why = e instanceof IOException io
                    ? "could not write its report: " + Failures.describe(options.outDir().resolve(id), io)
                    : Failures.internal("writing its report", e);
            messages.add(shown + ": " + why);
            return new FileResult(IndexRow.failed(input.name(), why, athlete.name()), messages, 0, "",
                    Optional.empty());
        }
        int overcooked = (int) a.reps().stream().filter(r -> r.verdict() == Verdict.OVERCOOKED).count();
        var act = a.session().activity();
        return new FileResult(IndexRow.of(input.name(), id, a, options.units(), athlete.name(), title), messages,
                overcooked, RepsCsv.rows(input.name(), id, athlete.name(), a),
                Optional.of(new Duplicates.Print(order, athlete.key(), id, act.start(), act.distanceM(), act.format(),
                        act.warnings().size()))).withDigest(athlete, digest(input, id, a, messages));
    }

    /** The run's history digest, from the analysis in hand; a failure costs the history this run, not the report. */
    private Optional<RunDigest> digest(Input input, String id, Analysis a, List<String> messages) {
        if (!options.history()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HistoryRuns.digest(id, a));
        } catch (RuntimeException | StackOverflowError e) {
            messages.add(Failures.safe(input.name()) + ": left out of the history: "
                    + Failures.internal("digesting it", e));
            return Optional.empty();
        }
    }

    private void writeReport(Input input, Analysis a, String id, Athlete athlete, String title) throws IOException {
        Path target = options.outDir().resolve(id);
        Path staged = AtomicFiles.stagingFor(target);
        try {
            ReportContext ctx = ReportContext.inBatch(input.name(), id, Instant.now()).about(athlete.name(), title);
            // The next session's alerts come from the bands this athlete's report judged against.
            ctx = NextSessionFile.write(staged, a, athlete.pipeline().plan(), ctx.generatedAt())
                    .map(ctx::withNextSession).orElse(ctx);
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
