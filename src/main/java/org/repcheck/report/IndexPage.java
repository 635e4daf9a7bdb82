package org.repcheck.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch's index.html: every analysed input newest first with its verdict counts and a link to its report, a
 * chart of overcooked reps per ISO week, and the files that could not be read with their error. Self-contained
 * like the reports.
 */
public final class IndexPage {
    private IndexPage() {
    }

    public static String render(List<IndexRow> rows, Units units) {
        return render(rows, units, Instant.now());
    }

    public static String render(List<IndexRow> rows, Units units, Instant generatedAt) {
        List<IndexRow> ok = rows.stream().filter(r -> !r.isFailed()).sorted(IndexRow.NEWEST_FIRST).toList();
        List<IndexView.Row> shown = new ArrayList<>();
        int reps = 0, overcooked = 0;
        for (IndexRow r : ok) {
            shown.add(new IndexView.Row(Formats.when(r.start(), r.clock()), r.file(), r.sport(), units.distance(r.distanceM()),
                    r.reps(), r.overcooked(), r.onTarget(), r.slow(), r.unjudged(), r.reportHref().orElse(""),
                    r.advice()));
            reps += r.reps();
            overcooked += r.overcooked();
        }
        List<IndexView.Failed> failed = rows.stream().filter(IndexRow::isFailed)
                .map(r -> new IndexView.Failed(r.file(), r.error().orElse(""))).toList();
        List<Charts.ChartImage> charts = new Charts(units).overcookedPerWeek(rows).stream().toList();
        IndexView view = new IndexView(DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS)),
                rows.size(), ok.size(), failed.size(), reps, overcooked, shown, failed, charts);
        return Templates.render("index.jte", view);
    }
}
