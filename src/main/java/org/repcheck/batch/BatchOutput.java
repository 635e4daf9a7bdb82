package org.repcheck.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.repcheck.report.HistoryView;
import org.repcheck.report.IndexPage;
import org.repcheck.report.IndexRow;
import org.repcheck.report.RepsCsv;
import org.repcheck.report.SummaryCsv;
import org.repcheck.report.SummaryJson;
import org.repcheck.report.Units;

/**
 * The batch's closing writes, from the small per-file results: duplicates folded into the file kept, then
 * index.html (grouped by athlete, with a page per athlete), summary.csv, summary.json and reps.csv, and the report
 * folders no input of this run owns any more removed — those of duplicates and of inputs no longer given.
 */
final class BatchOutput {
    /** The report folders repcheck names ({@link org.repcheck.report.ActivityId}); nothing else is ever removed. */
    private static final Pattern REPORT_FOLDER = Pattern.compile("(\\d{8}-\\d{6}|undated)-[0-9a-f]{6}");

    private BatchOutput() {
    }

    /** @param history also build and write each athlete's history (issue 12; {@link HistoryFiles}) */
    static BatchRunner.Result write(Path out, Units units, List<BatchRunner.FileResult> results, boolean complete,
                                    boolean history) throws IOException {
        List<Duplicates.Print> prints = results.stream().flatMap(r -> r.print().stream()).toList();
        Map<Integer, Integer> loserToKept = Duplicates.find(prints);
        Map<Integer, List<String>> sameAs = new LinkedHashMap<>();
        Map<Integer, String> fileByOrder = new LinkedHashMap<>();
        for (BatchRunner.FileResult r : results) {
            r.print().ifPresent(p -> fileByOrder.put(p.order(), r.row().file()));
        }
        loserToKept.forEach((loser, kept) -> sameAs.computeIfAbsent(kept, k -> new ArrayList<>())
                .add(fileByOrder.get(loser)));

        List<IndexRow> rows = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        StringBuilder reps = new StringBuilder(RepsCsv.header());
        Set<String> keptIds = new HashSet<>();
        int unreadable = 0;
        int overcooked = 0;
        for (BatchRunner.FileResult r : results) {
            messages.addAll(r.messages());
            Optional<Integer> order = r.print().map(Duplicates.Print::order);
            if (order.isPresent() && loserToKept.containsKey(order.get())) {
                continue;
            }
            IndexRow row = order.map(o -> sameAs.getOrDefault(o, List.of())).filter(l -> !l.isEmpty())
                    .map(r.row()::withSameAs).orElse(r.row());
            rows.add(row);
            row.activityId().ifPresent(keptIds::add);
            reps.append(r.repLines());
            unreadable += row.isFailed() ? 1 : 0;
            overcooked += r.overcooked();
        }
        HistoryFiles.Built histories = history ? HistoryFiles.build(results, loserToKept.keySet(), units, messages)
                : HistoryFiles.Built.none();
        int problems = writeAll(out, units, rows, reps.toString(), messages, histories.views());
        if (history) {
            problems += HistoryFiles.write(out, histories, rows, units, messages);
        }
        if (complete && problems == 0) {
            // An interrupted run has not seen every input, so it must not judge any report an orphan; nor may a
            // run whose index could not be written, whose old index may still link the old folders.
            try {
                removeUnowned(out, keptIds, IndexPage.athletePages(rows, units, histories.views()).stream()
                        .map(IndexPage.AthletePage::fileName).toList());
            } catch (IOException e) {
                messages.add("could not tidy old reports in " + Failures.describe(out, e));
            }
        }
        return new BatchRunner.Result(rows, messages, unreadable, overcooked, complete, problems);
    }

    /**
     * The index, the athletes' pages and the summaries, each on its own: one that cannot be written (or drawn)
     * does not stop the others. Returns how many failed; their lines are added to {@code messages}.
     */
    private static int writeAll(Path out, Units units, List<IndexRow> rows, String reps, List<String> messages,
                                List<HistoryView> histories) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            messages.add("cannot write " + Failures.describe(out, e));
            return 1;
        }
        int problems = writeOne(out.resolve("index.html"),
                () -> IndexPage.render(rows, units, java.time.Instant.now(), histories), messages);
        List<IndexPage.AthletePage> pages;
        try {
            pages = IndexPage.athletePages(rows, units, histories);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            messages.add(Failures.safe(out.toString()) + ": athletes' pages not written: "
                    + Failures.internal("rendering them", e));
            pages = List.of();
            problems++;
        }
        for (IndexPage.AthletePage page : pages) {
            problems += writeOne(out.resolve(page.fileName()), page::html, messages);
        }
        problems += writeOne(out.resolve("summary.csv"), () -> SummaryCsv.render(rows), messages);
        problems += writeOne(out.resolve("summary.json"), () -> SummaryJson.render(rows), messages);
        problems += writeOne(out.resolve("reps.csv"), () -> reps, messages);
        return problems;
    }

    private static int writeOne(Path target, Supplier<String> content, List<String> messages) {
        try {
            AtomicFiles.write(target, content.get());
            return 0;
        } catch (IOException e) {
            messages.add("cannot write " + Failures.describe(target, e));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            messages.add(Failures.safe(target.toString()) + ": not written: " + Failures.internal("rendering it", e));
        }
        return 1;
    }

    /** Report folders and athlete pages from earlier runs that no input of this run owns. */
    private static void removeUnowned(Path out, Set<String> keptIds, List<String> athletePages) throws IOException {
        try (var s = Files.list(out)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                boolean report = Files.isDirectory(p) && REPORT_FOLDER.matcher(n).matches()
                        && Files.isRegularFile(p.resolve("report.html"));
                boolean page = n.startsWith(IndexPage.ATHLETE_PAGE_PREFIX) && n.endsWith(".html");
                if (report && !keptIds.contains(n)) {
                    AtomicFiles.deleteTree(p);
                } else if (page && !athletePages.contains(n)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
