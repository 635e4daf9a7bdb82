package org.repcheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.history.History;
import org.repcheck.history.RunDigest;
import org.repcheck.model.Analysis;

/**
 * {@code repcheck history} without reports: each input read, judged and digested as {@code analyze}'s worker does
 * (the same pipeline, the same report-folder ids, the same duplicate folding), then each athlete's history built by
 * {@link HistoryRuns} — so its numbers are analyze's. Only the small digest of a file outlives its worker.
 */
public final class HistoryBatch {
    /**
     * One input's part: its digest when it was read, else the one line why not.
     *
     * @param messages lines for stderr (warnings of a salvaged file, or why it could not be read)
     */
    public record Digested(int order, Athlete athlete, Optional<RunDigest> digest, Optional<Duplicates.Print> print,
                           List<String> messages, boolean failed) {
    }

    private HistoryBatch() {
    }

    /** Reads, judges and digests one input; never throws (a failure is the input's own). */
    public static Digested digest(int order, Input input, Athlete athlete) {
        String shown = Failures.safe(input.name());
        try {
            Outcome o = athlete.pipeline().run(input);
            if (o.error().isPresent()) {
                return new Digested(order, athlete, Optional.empty(), Optional.empty(),
                        List.of(shown + ": " + o.error().get()), true);
            }
            Analysis a = o.analysis().orElseThrow();
            var act = a.session().activity();
            String id = athlete.reportId(o.activityId().orElseThrow(), act.start());
            List<String> messages = new ArrayList<>();
            act.warnings().forEach(w -> messages.add(shown + ": " + w));
            return new Digested(order, athlete, Optional.of(HistoryRuns.digest(id, a)),
                    Optional.of(new Duplicates.Print(order, athlete.key(), id, act.start(), act.distanceM(),
                            act.format(), act.warnings().size())), messages, false);
        } catch (OutOfMemoryError e) {
            return new Digested(order, athlete, Optional.empty(), Optional.empty(),
                    List.of(shown + ": " + Failures.outOfMemory("digesting it")), true);
        } catch (RuntimeException | StackOverflowError e) {
            return new Digested(order, athlete, Optional.empty(), Optional.empty(),
                    List.of(shown + ": " + Failures.internal("digesting it", e)), true);
        }
    }

    /** Every athlete's history from the digested inputs, the same run given twice counted once. */
    public static List<History> histories(List<Digested> inputs) {
        List<Duplicates.Print> prints = inputs.stream().flatMap(d -> d.print().stream()).toList();
        var duplicates = Duplicates.find(prints).keySet();
        HistoryRuns runs = new HistoryRuns();
        for (Digested d : inputs) {
            d.digest().ifPresent(x -> runs.add(d.order(), d.athlete(), x));
        }
        return runs.build(duplicates).stream().map(HistoryRuns.AthleteHistory::history).toList();
    }
}
