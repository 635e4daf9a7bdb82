package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.repcheck.history.History;

/**
 * The history's outputs on a known history ({@link SampleHistories}): every week-after statement carries its
 * evidence (acceptance 3), the JSON keeps the contract's conventions, the CSV carries every value of the JSON, and the
 * report's box goes into its slot and is replaced on a rerun.
 */
class HistoryOutputsTest {
    private final History history = SampleHistories.history();

    @Test
    void everyWeekAfterBoxNamesItsRunsBaselineIntervalAndCaveats() {
        HistoryView v = new HistoryPage(Units.METRIC, true).view(history, false);
        assertThat(v.weekAfters()).hasSize(2);
        HistoryView.WeekAfterBox slower = v.weekAfters().get(0);
        assertThat(slower.finding()).isEqualTo("Slower at the same HR.");
        assertThat(slower.statement()).contains("10.7 s/km slower at 150 bpm", "+6.1 to +15.3 s/km", "2.1 s/km");
        assertThat(slower.runsUsed()).extracting(HistoryView.Link::text)
                .anySatisfy(t -> assertThat(t).contains(SampleHistories.E1 + ".fit", "D+1", "+12.3 s/km"))
                .anySatisfy(t -> assertThat(t).contains(SampleHistories.E2 + ".fit", "D+2"))
                .anySatisfy(t -> assertThat(t).startsWith("not used:").contains("treadmill"));
        assertThat(slower.runsUsed().get(0).href()).isEqualTo(SampleHistories.E1 + "/report.html");
        assertThat(slower.baseline()).contains("8 easy runs", "112 steady windows", "2026-04-13 – 2026-05-08",
                "reference HR 150 bpm", "typical error 4.2 s/km");
        assertThat(slower.interval()).contains("+10.7 s/km", "+6.1 to +15.3", "7 df");
        assertThat(slower.caveats()).hasSize(3).anySatisfy(c -> assertThat(c).contains("wrist"));
    }

    @Test
    void aSessionWithoutEnoughEasyRunsSaysSoAndGivesNoNumber() {
        HistoryView.WeekAfterBox none = new HistoryPage(Units.METRIC, true).view(history, false).weekAfters().get(1);
        assertThat(none.enough()).isFalse();
        assertThat(none.finding()).isEqualTo("Not enough easy runs to compare.");
        assertThat(none.statement()).contains("No easy run", "needs 2").doesNotContainPattern("\\d\\.\\d s/km");
        assertThat(none.interval()).startsWith("none");
        assertThat(none.baseline()).contains("8 easy runs"); // the baseline's size is shown even without a number
    }

    @Test
    void imperialUnitsLeaveNoKilometreBehind() {
        HistoryView v = new HistoryPage(Units.IMPERIAL, true).view(history, false);
        assertThat(v.weekAfters().get(0).statement()).contains("s/mi").doesNotContain("/km");
        assertThat(v.weekAfters().get(0).interval()).doesNotContain("/km");
    }

    @Test
    void theJsonStartsWithSchemaVersionAndHasNoNaNAndOnlySnakeCaseKeys() {
        ObjectNode doc = HistoryJson.document(List.of(history), true);
        assertThat(doc.fieldNames().next()).isEqualTo("schema_version");
        JsonNode h = doc.get("histories").get(0);
        assertThat(h.get("runs")).hasSize(4);
        assertThat(h.get("runs").get(0).get("class").asText()).isEqualTo("interval");
        assertThat(h.get("runs").get(0).get("report").asText()).isEqualTo(SampleHistories.S1 + "/report.html");
        JsonNode wa = h.get("week_after");
        assertThat(wa.get(0).get("finding").asText()).isEqualTo("slower_at_same_hr");
        assertThat(wa.get(0).get("interval").get("low_s_per_km").asDouble()).isEqualTo(6.1);
        assertThat(wa.get(0).get("baseline").get("run_count").asInt()).isEqualTo(8);
        assertThat(wa.get(0).get("post_runs")).extracting(p -> p.get("id").asText())
                .containsExactly(SampleHistories.E1, SampleHistories.E2);
        assertThat(wa.get(1).get("finding").asText()).isEqualTo("not_enough_easy_runs");
        assertThat(wa.get(1).get("interval").isNull()).isTrue();
        assertThat(h.get("load").get("method").asText()).isEqualTo("edwards");
        assertThat(h.get("workouts").get(0).get("structure").get("text").asText()).isEqualTo("6 × 400 m");
        assertThat(h.get("trials").get(0).get("delta_s").asDouble()).isEqualTo(-15.0);
        String text = Json.pretty(doc);
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        List<String> keys = new ArrayList<>();
        collectKeys(doc, keys);
        assertThat(keys).allMatch(k -> k.matches("[a-z][a-z0-9_]*"), "snake_case");
        // Within a list, every object has the same keys (docs/json.md).
        for (String part : List.of("runs", "week_after", "weeks", "efficiency")) {
            Set<String> first = names(h.get(part).get(0));
            h.get(part).forEach(o -> assertThat(names(o)).as(part).isEqualTo(first));
        }
    }

    @Test
    void theLongCsvCarriesEveryValueOfTheJson() {
        ObjectNode doc = HistoryJson.document(List.of(history), true);
        String csv = HistoryCsv.longForm(doc);
        assertThat(csv).startsWith("athlete,part,item,field,value\r\n");
        List<String> leaves = new ArrayList<>();
        collectLeaves(doc.get("histories").get(0), "", leaves);
        long numbers = leaves.stream().filter(l -> l.matches(".*=-?\\d+(\\.\\d+)?")).count();
        assertThat(numbers).as("numeric values in history.json").isGreaterThan(100);
        List<String> rows = List.of(csv.split("\r\n"));
        // Each numeric leaf appears as a row ending in its field and value.
        for (String leaf : leaves) {
            String field = leaf.substring(0, leaf.indexOf('='));
            String value = leaf.substring(leaf.indexOf('=') + 1);
            if (!value.matches("-?\\d+(\\.\\d+)?")) {
                continue;
            }
            String fieldTail = field.substring(field.indexOf('.') + 1);
            assertThat(rows).as("a history.csv row for %s", leaf)
                    .anyMatch(r -> r.endsWith("," + stripIndex(fieldTail) + "," + value));
        }
        String wide = HistoryCsv.weekAfter(doc);
        assertThat(wide.split("\r\n")).hasSize(3);
        assertThat(wide).contains(SampleHistories.E1 + " | " + SampleHistories.E2);
    }

    @Test
    void theReportBoxFillsItsSlotAndARerunReplacesIt() {
        String report = HtmlReport.render(SampleAnalyses.trackSession("run.fit"), Units.METRIC,
                ReportContext.inBatch("run.fit", SampleHistories.S1, Instant.parse("2026-05-20T00:00:00Z")));
        assertThat(report).contains("<section id=\"week-after\" class=\"slot\"></section>");
        HistoryPage page = new HistoryPage(Units.METRIC, true);
        Map<String, org.repcheck.history.ClassifiedRun> byId = HistoryPage.byId(history);
        String box = WeekAfterSlot.render(page.box(history.weekAfters().get(0), byId, "../"), "../index.html#history");
        String once = WeekAfterSlot.fill(report, box).orElseThrow();
        assertThat(once).contains("Slower at the same HR.", "../" + SampleHistories.E1 + "/report.html",
                "../index.html#history");
        String none = WeekAfterSlot.render(page.box(history.weekAfters().get(1), byId, "../"), "");
        assertThat(WeekAfterSlot.fill(once, box).orElseThrow()).as("filling the same box again changes nothing")
                .isEqualTo(once);
        String twice = WeekAfterSlot.fill(once, none).orElseThrow();
        assertThat(twice).contains("Not enough easy runs to compare.").doesNotContain("Slower at the same HR.");
        assertThat(twice.split("id=\"week-after\"", -1)).hasSize(2);
        String slot = "<section id=\"week-after\" class=\"slot\"></section>";
        assertThat(twice).startsWith(report.substring(0, report.indexOf(slot)))
                .endsWith(report.substring(report.indexOf(slot) + slot.length()));
    }

    @Test
    void theIndexBecomesTheHistoryPageWithItsFiveParts() {
        HistoryView v = new HistoryPage(Units.METRIC, true).view(history);
        assertThat(v.charts()).extracting(Charts.ChartImage::id)
                .containsExactly("load", "workouts", "efficiency", "week-after");
        String html = IndexPage.render(List.of(), Units.METRIC, Instant.parse("2026-06-01T00:00:00Z"), List.of(v));
        assertThat(html).contains("<h1>Training history</h1>", "id=\"history-runs\"", "id=\"history-week-after\"",
                "id=\"history-workouts\"", "id=\"history-load\"", "id=\"history-trials\"",
                "2.0 s/km faster than last time (7 days before) at 4 bpm less", "Load: Edwards", "TRIMP (minutes in 50–60",
                "a 5 km time trial of 19:45", "0:15 faster than the time trial in force");
    }

    @Test
    void aCoachsFolderPutsEachAthletesHistoryOnTheirPageAndTheIndexLinksIt() {
        HistoryPage page = new HistoryPage(Units.METRIC, true);
        History alex = withAthlete("Alex");
        History chris = withAthlete("Chris");
        List<IndexRow> rows = List.of(
                IndexRow.of("a.fit", "id-a", SampleAnalyses.trackSession("a.fit"), Units.METRIC, "Alex", ""),
                IndexRow.of("c.fit", "id-c", SampleAnalyses.trackSession("c.fit"), Units.METRIC, "Chris", ""));
        List<HistoryView> views = List.of(page.view(alex, false), page.view(chris, false));
        String index = IndexPage.render(rows, Units.METRIC, Instant.parse("2026-06-01T00:00:00Z"), views);
        assertThat(index).contains("id=\"histories\"", "href=\"athlete-alex.html#history-alex\"",
                "href=\"athlete-chris.html#history-chris\"").doesNotContain("id=\"history-alex-runs\"");
        assertThat(IndexPage.historyPage(rows, 2, "Alex")).isEqualTo("athlete-alex.html");
        List<IndexPage.AthletePage> pages = IndexPage.athletePages(rows, Units.METRIC, views);
        assertThat(pages).extracting(IndexPage.AthletePage::fileName)
                .containsExactly("athlete-alex.html", "athlete-chris.html");
        assertThat(pages.get(0).html()).contains("id=\"history-alex-week-after\"")
                .doesNotContain("id=\"history-chris");
        assertThat(pages.get(1).html()).contains("id=\"history-chris-week-after\"");
    }

    private History withAthlete(String name) {
        History h = history;
        return new History(name, h.runs(), h.weekAfters(), h.cost(), h.groups(), h.weeks(), h.load(), h.trials(),
                h.efficiency(), h.options());
    }

    private static String stripIndex(String s) {
        return s;
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new HashSet<>();
        o.fieldNames().forEachRemaining(s::add);
        return s;
    }

    private static void collectKeys(JsonNode n, List<String> keys) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                var e = it.next();
                keys.add(e.getKey());
                collectKeys(e.getValue(), keys);
            }
        } else if (n.isArray()) {
            n.forEach(x -> collectKeys(x, keys));
        }
    }

    /** "part.field.sub=value" leaves, list elements by 1-based index below the part's items. */
    private static void collectLeaves(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collectLeaves(e.getValue(), path.isEmpty() ? e.getKey()
                    : path + "." + e.getKey(), out));
        } else if (n.isArray()) {
            int i = 1;
            boolean partItems = !path.contains(".");
            for (JsonNode x : n) {
                // A part's items are named by their id in the CSV's item column, not in the field path.
                collectLeaves(x, partItems ? path + ".#" : path + "." + i, out);
                i++;
            }
        } else if (!n.isNull()) {
            out.add(path.replace(".#", "") + "=" + n.asText());
        }
    }
}
