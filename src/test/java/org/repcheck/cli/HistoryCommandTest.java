package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 1 of issue 12 on the real epix2 history (../shared/history/epix2_madison_2024, 144 files of one
 * runner): {@code repcheck history --json} gives the numbers analyze writes into history.json and puts on the page,
 * a rerun from the cache gives them again, and every interval session's report has its week-after box. Skips with
 * a message when ../shared is absent.
 */
class HistoryCommandTest {
    static final Path EPIX2 = Path.of(System.getProperty("repcheck.history", "../shared/history/epix2_madison_2024"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static JsonNode analyzed;
    private static Run analyze;

    record Run(int exit, String out, String err) {
    }

    static Run repcheck(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(code, o.toString(), e.toString());
    }

    @BeforeAll
    static void analyzeTheHistoryOnce() throws Exception {
        if (!Files.isDirectory(EPIX2)) {
            System.err.println("[repcheck history tests] " + EPIX2.toAbsolutePath() + " absent; skipping");
            return;
        }
        analyze = repcheck("analyze", EPIX2.toString(), "-o", tmp.resolve("h").toString(), "--no-progress", "-q");
        analyzed = JSON.readTree(tmp.resolve("h/history.json").toFile());
    }

    private static void requireData() {
        assumeTrue(analyzed != null, EPIX2 + " is absent (it lives in ../shared); skipping");
    }

    @Test
    void historyJsonGivesTheNumbersAnalyzeWrote() throws Exception {
        requireData();
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyzed.get("histories")).as("epix2 is one runner's history").hasSize(1);
        Run history = repcheck("history", EPIX2.toString(), "--json");
        assertThat(history.exit()).as(history.err()).isZero();
        JsonNode printed = JSON.readTree(history.out());
        // The one difference allowed: analyze links each run's report, history has no reports to link.
        assertThat(withoutReports(printed)).isEqualTo(withoutReports(analyzed));
        assertThat(printed.get("histories").get(0).get("runs").get(0).get("report").isNull()).isTrue();
        assertThat(analyzed.get("histories").get(0).get("runs")).hasSizeGreaterThanOrEqualTo(140);
    }

    @Test
    void aRerunFromTheCacheGivesTheSameHistory() throws Exception {
        requireData();
        Path again = tmp.resolve("again");
        assertThat(repcheck("analyze", EPIX2.toString(), "-o", again.toString(), "--no-progress", "-q").exit())
                .isZero();
        JsonNode fresh = JSON.readTree(again.resolve("history.json").toFile());
        Run rerun = repcheck("analyze", EPIX2.toString(), "-o", again.toString(), "--no-progress", "-q");
        assertThat(rerun.exit()).as(rerun.err()).isZero();
        assertThat(JSON.readTree(again.resolve("history.json").toFile())).isEqualTo(fresh);
        assertThat(fresh).isEqualTo(analyzed);
    }

    @Test
    void everyIntervalSessionsReportHasItsWeekAfterBox() throws Exception {
        requireData();
        JsonNode weekAfters = analyzed.get("histories").get(0).get("week_after");
        assertThat(weekAfters).as("week-after entries (one per interval session)").isNotEmpty();
        for (JsonNode w : weekAfters) {
            String html = Files.readString(tmp.resolve("h").resolve(w.get("session").asText()).resolve("report.html"));
            assertThat(html).as(w.get("session").asText()).contains("<h2>The week after</h2>",
                    "data-finding=\"" + w.get("finding").asText() + "\"", "Baseline", "90 % interval", "Caveats");
        }
        String index = Files.readString(tmp.resolve("h/index.html"));
        assertThat(index).contains("<h1>Training history</h1>", "id=\"history-week-after\"");
    }

    @Test
    void historyTextHasTheFivePartsAndTheCsvHasEveryRow() throws Exception {
        requireData();
        Path csv = tmp.resolve("history.csv");
        Run text = repcheck("history", EPIX2.toString(), "--csv", csv.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("1. Every run classified", "2. The week after each interval session",
                "3. The same workout over time", "4. Weekly load", "5. Time trials");
        String rows = Files.readString(csv);
        assertThat(rows).startsWith("athlete,part,item,field,value\r\n");
        assertThat(rows).isEqualTo(org.repcheck.report.HistoryCsv.longForm(
                (ObjectNode) JSON.readTree(repcheck("history", EPIX2.toString(), "--json").out())));
    }

    @Test
    void sixRunsOverTwoWeeksMakeAHistoryAndOneRunSaysItDoesNot() throws Exception {
        Run one = repcheck("history", "samples/intervals_6x400_workout.fit", "--json");
        assertThat(one.exit()).isZero();
        assertThat(one.err()).contains("no history: a history needs 6 runs");
        assertThat(JSON.readTree(one.out()).get("histories")).isEmpty();
        // samples/: 7 runs of one athlete, 2026-10-04 to 2026-11-11.
        Run samples = repcheck("history", "samples", "--json");
        assertThat(samples.exit()).as(samples.err()).isZero();
        JsonNode h = JSON.readTree(samples.out()).get("histories");
        assertThat(h).hasSize(1);
        assertThat(h.get(0).get("runs")).hasSize(7);
    }

    @Test
    void overTheWholeCorpusEachBadFileIsOneLineAndTheRestMakeTheHistory() throws Exception {
        Path files = CorpusPaths.requireFiles();
        Cli r = Cli.run("history", files.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.SOME_UNREADABLE);
        assertThat(r.noStackTrace()).as(r.err()).isTrue();
        assertThat(r.err().lines().filter(l -> !l.startsWith("repcheck: "))).as(r.err()).isEmpty();
        assertThat(r.err().lines().filter(l -> l.startsWith("repcheck: " + files))).as(r.err()).isNotEmpty();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("schema_version").asInt()).isEqualTo(1);
        int runs = 0;
        for (JsonNode h : doc.get("histories")) {
            runs += h.get("runs").size();
        }
        assertThat(runs).as("activities in the corpus's histories").isGreaterThan(30);
    }

    @Test
    void theProfilesHrAnchorsMakeTheLoadBanistersTrimp() throws Exception {
        requireData();
        assertThat(analyzed.get("histories").get(0).get("load").get("method").asText()).isEqualTo("edwards");
        assertThat(analyzed.get("histories").get(0).get("load").get("hr_max_from").asText()).isEqualTo("history_peak");
        Path profile = tmp.resolve("anchors.yaml");
        Files.writeString(profile, "name: Madison\nhr_max: 201\nhr_rest: 45\n");
        Run r = repcheck("history", EPIX2.toString(), "--profile", profile.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode load = JSON.readTree(r.out()).get("histories").get(0).get("load");
        assertThat(load.get("method").asText()).isEqualTo("banister");
        assertThat(load.get("hr_max_bpm").asInt()).isEqualTo(201);
        assertThat(load.get("hr_rest_bpm").asDouble()).isEqualTo(45);
        assertThat(load.get("hr_max_from").asText()).isEqualTo("given");
    }

    private static JsonNode withoutReports(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        for (JsonNode h : copy.get("histories")) {
            for (JsonNode run : h.get("runs")) {
                ((ObjectNode) run).remove("report");
            }
        }
        return copy;
    }
}
