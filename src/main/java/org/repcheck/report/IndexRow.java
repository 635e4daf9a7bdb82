package org.repcheck.report;

import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.LocalClock;
import org.repcheck.model.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One input of a batch as the index page, summary.csv and summary.json list it: an analysed activity with its
 * verdict counts, or a file that could not be read, with its error.
 *
 * @param activityId the report's folder name (empty for an unreadable file)
 * @param distanceM  the activity's distance, NaN when unknown or unreadable
 * @param advice     the session's advice sentence (in the batch's units), or ""
 * @param clock      the runner's clock for the activity: its local date decides its week
 * @param athlete    whose run it is (the profile's name), "" when no profile names one
 * @param title      the activity's own name (from the export's listing), "" when it has none
 * @param sameAs     other files holding the same activity, analysed once as this one (the index lists them)
 */
public record IndexRow(String file, Optional<String> activityId, Optional<Instant> start, String sport,
                       double distanceM, int reps, int overcooked, int onTarget, int slow, int unjudged,
                       String advice, Optional<String> error, Optional<LocalClock> clock, String athlete,
                       String title, List<String> sameAs) {
    public IndexRow {
        if (file == null || activityId == null || start == null || sport == null || advice == null
                || error == null || clock == null || athlete == null || title == null || sameAs == null) {
            throw new IllegalArgumentException("index row fields must not be null");
        }
        sameAs = List.copyOf(sameAs);
    }

    /** Newest first; undated activities after dated ones, then by file name. */
    public static final Comparator<IndexRow> NEWEST_FIRST = Comparator
            .comparing((IndexRow r) -> r.start().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(IndexRow::file);

    /** Verdict counts are counted from the judged reps, so they always match the report's table. */
    public static IndexRow of(String file, String activityId, Analysis a) {
        return of(file, activityId, a, Units.METRIC);
    }

    /** The row with its advice worded in {@code units}. */
    public static IndexRow of(String file, String activityId, Analysis a, Units units) {
        return of(file, activityId, a, units, "", "");
    }

    /** The row of {@code athlete}'s run, under the activity's own name {@code title}, advice in {@code units}. */
    public static IndexRow of(String file, String activityId, Analysis a, Units units, String athlete, String title) {
        int[] counts = new int[Verdict.values().length];
        for (JudgedRep j : a.reps()) {
            counts[j.verdict().ordinal()]++;
        }
        var act = a.session().activity();
        return new IndexRow(file, Optional.of(activityId), act.start(), act.sport(), act.distanceM(),
                a.reps().size(), counts[Verdict.OVERCOOKED.ordinal()], counts[Verdict.ON_TARGET.ordinal()],
                counts[Verdict.SLOW.ordinal()], counts[Verdict.UNJUDGED.ordinal()],
                new Sentences(units).advice(a.summary().advice()), Optional.empty(), a.clock(), athlete, title,
                List.of());
    }

    public static IndexRow failed(String file, String error) {
        return failed(file, error, "");
    }

    public static IndexRow failed(String file, String error, String athlete) {
        return new IndexRow(file, Optional.empty(), Optional.empty(), "", Double.NaN, 0, 0, 0, 0, 0, "",
                Optional.of(error), Optional.empty(), athlete, "", List.of());
    }

    /** The same row, listing the other files that hold this activity. */
    public IndexRow withSameAs(List<String> others) {
        return new IndexRow(file, activityId, start, sport, distanceM, reps, overcooked, onTarget, slow, unjudged,
                advice, error, clock, athlete, title, others);
    }

    /** The local date of the start (UTC when the clock is unknown): the day and week the session counts in. */
    public Optional<LocalDate> localDate() {
        return start.map(s -> clock.map(c -> c.date(s)).orElse(s.atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    public boolean isFailed() {
        return error.isPresent();
    }

    /** "20260511-073000-3fa9c2/report.html", the link from the index (empty for an unreadable file). */
    public Optional<String> reportHref() {
        return activityId.map(id -> id + "/report.html");
    }
}
