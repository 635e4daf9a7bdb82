package org.repcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.repcheck.batch.HistoryBatch;
import org.repcheck.batch.HistoryRuns;
import org.repcheck.batch.Input;
import org.repcheck.history.History;
import org.repcheck.report.HistoryCsv;
import org.repcheck.report.HistoryJson;
import org.repcheck.report.HistoryText;
import org.repcheck.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", description = "A runner's training history: every run classified, the week after each"
        + " interval session, the same workout over time, weekly load and the time trials found.")
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders and export .zip files, as for 'analyze'; each athlete's runs make one history.")
    List<Path> inputs = new ArrayList<>();

    @Mixin
    JudgingOptions judging = new JudgingOptions();

    @Mixin
    UnitsOption units = new UnitsOption();

    @Option(names = "--json", description = "Print the histories as JSON (the same document as analyze's history.json).")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Also write every number as CSV (one row per value, as analyze's history.csv).")
    Path csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Athletes athletes = judging.athletes();
        List<Input> found = Inputs.discoverOrSayNone(inputs, err);
        if (found.isEmpty()) {
            return ExitCode.NO_INPUT;
        }
        athletes.check(found);
        // Each input's position, as analyze numbers them: duplicates keep the same file in both.
        java.util.Map<Input, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            order.put(found.get(i), i);
        }
        List<HistoryBatch.Digested> digested = Inputs.mapInOrder(found,
                in -> HistoryBatch.digest(order.get(in), in, athletes.of(in)));
        int unreadable = 0;
        for (HistoryBatch.Digested d : digested) {
            d.messages().forEach(m -> err.println("repcheck: " + org.repcheck.batch.Failures.safe(m)));
            unreadable += d.failed() ? 1 : 0;
        }
        List<History> histories = HistoryBatch.histories(digested);
        if (histories.isEmpty()) {
            err.println("repcheck: no history: a history needs " + HistoryRuns.MIN_RUNS + " runs or more of one"
                    + " athlete over " + HistoryRuns.MIN_DAYS + " days or more");
        }
        err.flush();
        var doc = HistoryJson.document(histories, false);
        if (json) {
            out.println(Json.pretty(doc));
        } else {
            out.print(HistoryText.render(histories, units.units()));
        }
        out.flush();
        if (csv != null) {
            try {
                Files.writeString(csv, HistoryCsv.longForm(doc));
            } catch (IOException e) {
                err.println("repcheck: cannot write " + org.repcheck.batch.Failures.describe(csv, e));
                err.flush();
                return ExitCode.SOME_UNREADABLE;
            }
        }
        return unreadable > 0 || Inputs.hadProblems(inputs) ? ExitCode.SOME_UNREADABLE : ExitCode.OK;
    }
}
