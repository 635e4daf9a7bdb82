package org.repcheck.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.repcheck.history.ClassifiedRun;
import org.repcheck.history.History;
import org.repcheck.history.WeekAfter;
import org.repcheck.report.HistoryCsv;
import org.repcheck.report.HistoryJson;
import org.repcheck.report.HistoryPage;
import org.repcheck.report.HistoryView;
import org.repcheck.report.IndexPage;
import org.repcheck.report.IndexRow;
import org.repcheck.report.Json;
import org.repcheck.report.Units;
import org.repcheck.report.WeekAfterSlot;

/**
 * The history's part of the batch's closing writes (issue 12): each athlete's history built from the digests the
 * workers kept, its section for the index or the athlete's page, DIR/history.json, DIR/history.csv and
 * DIR/week-after.csv, and the "week after" box filled into each interval session's report. Like the other closing
 * writes, a failure here is one line and costs only its own output.
 */
final class HistoryFiles {
    /** The histories of the batch and their page sections, in the same order. */
    record Built(List<History> histories, List<HistoryView> views) {
        static Built none() {
            return new Built(List.of(), List.of());
        }
    }

    private HistoryFiles() {
    }

    /** Builds every athlete's history from the kept inputs' digests ({@code duplicates}: the inputs folded away). */
    static Built build(List<BatchRunner.FileResult> results, Set<Integer> duplicates, Units units,
                       List<String> messages) {
        HistoryRuns runs = new HistoryRuns();
        for (BatchRunner.FileResult r : results) {
            if (r.digest().isPresent() && r.print().isPresent() && r.athlete().isPresent()) {
                runs.add(r.print().get().order(), r.athlete().get(), r.digest().get());
            }
        }
        try {
            List<History> histories = runs.build(duplicates).stream().map(HistoryRuns.AthleteHistory::history)
                    .toList();
            HistoryPage page = new HistoryPage(units, true);
            List<HistoryView> views = histories.stream().map(page::view).toList();
            return new Built(histories, views);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            messages.add("the history could not be built: " + Failures.internal("building it", e)
                    + "; the reports and the index are written without it");
            return Built.none();
        }
    }

    /** history.json, history.csv, week-after.csv and the week-after boxes; returns how many could not be written. */
    static int write(Path out, Built built, List<IndexRow> rows, Units units, List<String> messages) {
        int problems = 0;
        ObjectNode doc;
        try {
            doc = HistoryJson.document(built.histories(), true);
        } catch (RuntimeException e) {
            messages.add(Failures.safe(out.resolve("history.json").toString()) + ": not written: "
                    + Failures.internal("rendering it", e));
            return 1;
        }
        problems += writeOne(out.resolve("history.json"), Json.pretty(doc), messages);
        problems += writeOne(out.resolve("history.csv"), HistoryCsv.longForm(doc), messages);
        problems += writeOne(out.resolve("week-after.csv"), HistoryCsv.weekAfter(doc), messages);
        HistoryPage page = new HistoryPage(units, true);
        List<Path> reports = new java.util.ArrayList<>();
        List<String> boxes = new java.util.ArrayList<>();
        for (int i = 0; i < built.histories().size(); i++) {
            History h = built.histories().get(i);
            String historyHref = "../" + IndexPage.historyPage(rows, built.histories().size(), h.athlete()) + "#"
                    + built.views().get(i).anchor();
            Map<String, ClassifiedRun> byId = HistoryPage.byId(h);
            for (WeekAfter w : h.weekAfters()) {
                reports.add(out.resolve(w.sessionId()).resolve("report.html"));
                boxes.add(WeekAfterSlot.render(page.box(w, byId, "../"), historyHref));
            }
        }
        // Each box is a read and an atomic rewrite of one report, on its own: on every core, since the batch's
        // workers are done and this is the last thing a run waits for. What each says is kept in its place, so the
        // messages come out in the same order every run.
        List<List<String>> said = java.util.stream.IntStream.range(0, reports.size()).parallel().mapToObj(k -> {
            List<String> one = new java.util.ArrayList<>(1);
            try {
                fillBox(reports.get(k), boxes.get(k), one);
            } catch (RuntimeException e) {
                one.add("cannot write the week-after box into " + Failures.safe(reports.get(k).toString()) + ": "
                        + Failures.internal("filling it", e));
            }
            return one;
        }).toList();
        for (List<String> one : said) {
            messages.addAll(one);
            problems += one.size();
        }
        return problems;
    }

    /** Puts the box into a report's slot; a report not on disk (interrupted, unwritable) is left alone. */
    private static int fillBox(Path report, String box, List<String> messages) {
        if (!Files.isRegularFile(report)) {
            return 0;
        }
        try {
            String html = Files.readString(report);
            Optional<String> filled = WeekAfterSlot.fill(html, box);
            // An unchanged box is not rewritten: a rerun leaves the reports it reuses as they were.
            if (filled.isPresent() && !filled.get().equals(html)) {
                AtomicFiles.write(report, filled.get());
            }
            return 0;
        } catch (IOException e) {
            messages.add("cannot write the week-after box into " + Failures.describe(report, e));
            return 1;
        }
    }

    private static int writeOne(Path target, String content, List<String> messages) {
        try {
            AtomicFiles.write(target, content);
            return 0;
        } catch (IOException e) {
            messages.add("cannot write " + Failures.describe(target, e));
            return 1;
        }
    }
}
