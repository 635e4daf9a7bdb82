package org.repcheck.report;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch's index.html: every analysed input grouped by athlete, newest first, with its verdict counts and a
 * link to its report, a chart of overcooked reps per ISO week, and the files that could not be read with their
 * error; and a page per named athlete with their runs alone. Self-contained like the reports.
 */
public final class IndexPage {
    /** Athlete pages sit beside index.html as athlete-&lt;name&gt;.html, so their links to reports are the same. */
    public static final String ATHLETE_PAGE_PREFIX = "athlete-";

    /** One athlete's page, ready to write. */
    public record AthletePage(String athlete, String fileName, String html) {
    }

    private IndexPage() {
    }

    public static String render(List<IndexRow> rows, Units units) {
        return render(rows, units, Instant.now());
    }

    public static String render(List<IndexRow> rows, Units units, Instant generatedAt) {
        return render(rows, units, generatedAt, List.of());
    }

    /**
     * The index with the histories of the input (issue 12): it becomes the history page. One history is shown on
     * the index itself; with several (a coach's folder), each named athlete's history is on their page and the
     * index links it, and only the history of runs no profile names stays on the index.
     */
    public static String render(List<IndexRow> rows, Units units, Instant generatedAt, List<HistoryView> histories) {
        Map<String, String> names = pageNames(rows);
        List<HistoryView> here = histories.stream()
                .filter(h -> historyPage(rows, histories.size(), h.athlete()).equals("index.html")).toList();
        List<IndexView.HistoryLink> links = histories.stream().filter(h -> !here.contains(h))
                .map(h -> new IndexView.HistoryLink(h.athlete(), names.get(h.athlete()) + "#" + h.anchor(), h.span()))
                .toList();
        return page(here.isEmpty() ? "All workouts" : "Training history", "", rows, units, generatedAt, names,
                here, links);
    }

    /**
     * The page that shows an athlete's history: index.html when the batch has one history, or for runs no profile
     * names; else the athlete's own page.
     */
    public static String historyPage(List<IndexRow> rows, int histories, String athlete) {
        Map<String, String> names = pageNames(rows);
        return histories == 1 || !names.containsKey(athlete) ? "index.html" : names.get(athlete);
    }

    /** A page for each named athlete (none when no profile names anyone). */
    public static List<AthletePage> athletePages(List<IndexRow> rows, Units units) {
        return athletePages(rows, units, List.of());
    }

    /** A page for each named athlete, each with that athlete's history when there is one. */
    public static List<AthletePage> athletePages(List<IndexRow> rows, Units units, List<HistoryView> histories) {
        Map<String, String> names = pageNames(rows);
        List<AthletePage> pages = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<IndexRow> mine = rows.stream().filter(r -> r.athlete().equals(e.getKey())).toList();
            List<HistoryView> theirs = histories.stream().filter(h -> h.athlete().equals(e.getKey())).toList();
            pages.add(new AthletePage(e.getKey(), e.getValue(),
                    page(e.getKey(), "index.html", mine, units, now, Map.of(), theirs, List.of())));
        }
        return pages;
    }

    /** Athlete → page file name, in order of first appearance; two names with one slug get -2, -3. */
    static Map<String, String> pageNames(List<IndexRow> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndexRow r : rows) {
            if (!r.athlete().isEmpty() && !names.containsKey(r.athlete())) {
                String slug = r.athlete().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
                String base = ATHLETE_PAGE_PREFIX + (slug.isEmpty() ? "athlete" : slug);
                String name = base + ".html";
                for (int i = 2; names.containsValue(name); i++) {
                    name = base + "-" + i + ".html";
                }
                names.put(r.athlete(), name);
            }
        }
        return names;
    }

    private static String page(String title, String back, List<IndexRow> rows, Units units, Instant generatedAt,
                               Map<String, String> athleteHrefs, List<HistoryView> histories,
                               List<IndexView.HistoryLink> historyLinks) {
        Map<String, List<IndexRow>> byAthlete = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.isFailed()).sorted(IndexRow.NEWEST_FIRST)
                .forEach(r -> byAthlete.computeIfAbsent(r.athlete(), k -> new ArrayList<>()).add(r));
        List<IndexView.Group> groups = new ArrayList<>();
        int reps = 0, overcooked = 0, analysed = 0;
        for (Map.Entry<String, List<IndexRow>> e : byAthlete.entrySet()) {
            List<IndexView.Row> shown = new ArrayList<>();
            int groupReps = 0, groupOvercooked = 0;
            for (IndexRow r : e.getValue()) {
                shown.add(new IndexView.Row(Formats.when(r.start(), r.clock()), r.file(), r.title(), r.sport(),
                        units.distance(r.distanceM()), r.reps(), r.overcooked(), r.onTarget(), r.slow(),
                        r.unjudged(), r.reportHref().orElse(""), r.advice(), r.sameAs()));
                groupReps += r.reps();
                groupOvercooked += r.overcooked();
            }
            groups.add(new IndexView.Group(e.getKey(), athleteHrefs.getOrDefault(e.getKey(), ""), groupReps,
                    groupOvercooked, shown));
            reps += groupReps;
            overcooked += groupOvercooked;
            analysed += shown.size();
        }
        List<IndexView.Failed> failed = rows.stream().filter(IndexRow::isFailed)
                .map(r -> new IndexView.Failed(r.file(), r.error().orElse(""))).toList();
        List<Charts.ChartImage> charts = new Charts(units).overcookedPerWeek(rows).stream().toList();
        IndexView view = new IndexView(title, back,
                DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS)), rows.size(),
                analysed, failed.size(), reps, overcooked, groups, failed, charts, histories, historyLinks);
        return Templates.render("index.jte", view);
    }
}
