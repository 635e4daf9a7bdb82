package org.repcheck.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.cli.Main;

/**
 * Issue 12, acceptance 1 and 3, in a real (headless) Chromium: {@code analyze} of one runner's history
 * (../shared/history/epix2_madison_2024) makes the index the history page with its five parts and its charts; the
 * page shows the numbers of history.json; every week-after statement names the runs it used, the baseline size, the
 * interval and the caveats, or says there was not enough data; each interval session's report has its box.
 *
 * <p>Page contract: {@code section#history-runs tr.run} one per run; {@code section#history-load tr.week} one per
 * week; {@code article.week-after[data-session][data-finding]} one per interval session, with {@code .statement},
 * {@code .runs-used dd}, {@code .baseline dd}, {@code .interval dd} and {@code .caveats dd}; charts as data: URIs.
 * Skips when ../shared or Chromium is absent (fails without Chromium when {@code CI=true}, as the other browser
 * tests do).
 */
class HistoryPageInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EPIX2 = Path.of(System.getProperty("repcheck.history",
            "../shared/history/epix2_madison_2024"));

    @TempDir
    static Path out;

    private static HeadlessChromium browser;
    private static JsonNode history;

    @BeforeEach
    void analyzeTheHistoryAndStartBrowser() throws Exception {
        if (browser != null) {
            return;
        }
        if (!Files.isDirectory(EPIX2)) {
            skip(EPIX2.toAbsolutePath() + " is absent (it lives in ../shared); skipping the history page test");
        }
        HeadlessChromium.requireExecutable();
        StringWriter se = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(se), "analyze", EPIX2.toString(),
                "-o", out.toString(), "--no-progress", "-q");
        assertThat(code).as("analyze exit code; stderr:\n%s", se).isIn(0, 1);
        history = JSON.readTree(out.resolve("history.json").toFile()).get("histories").get(0);
        browser = HeadlessChromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theIndexIsTheHistoryPageWithItsFivePartsChartsAndNumbers() throws IOException {
        browser.setViewport(1280, 800, false);
        browser.open(out.resolve("index.html"));
        assertThat(browser.consoleErrors()).as("console errors on index.html").isEmpty();
        JsonNode page = browser.evaluate("""
                ({parts: ['runs', 'week-after', 'workouts', 'load', 'trials']
                    .map(p => !!document.getElementById('history-' + p)),
                  runs: document.querySelectorAll('#history-runs tr.run').length,
                  weeks: document.querySelectorAll('#history-load tr.week').length,
                  groups: document.querySelectorAll('#history-workouts .workout-group').length,
                  trials: document.querySelectorAll('#history-trials li.trial').length,
                  charts: [...document.querySelectorAll('section.history figure img')].map(i =>
                      ({ok: i.complete && i.naturalWidth > 0, data: i.src.startsWith('data:'),
                        id: i.closest('figure').id})),
                  scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth})""");
        assertThat(page.get("parts")).allMatch(JsonNode::asBoolean, "all five parts are on the page");
        assertThat(page.get("runs").asInt()).isEqualTo(history.get("runs").size());
        assertThat(page.get("weeks").asInt()).isEqualTo(history.get("weeks").size());
        assertThat(page.get("groups").asInt()).isEqualTo(history.get("workouts").size());
        assertThat(page.get("trials").asInt()).isEqualTo(history.get("trials").size());
        List<String> charts = new ArrayList<>();
        for (JsonNode c : page.get("charts")) {
            assertThat(c.get("ok").asBoolean() && c.get("data").asBoolean()).as("chart %s decoded, embedded", c).isTrue();
            charts.add(c.get("id").asText());
        }
        assertThat(charts).contains("history-chart-load", "history-chart-efficiency");
        assertThat(page.get("scrollWidth").asDouble()).as("index scrolls sideways at 1280 px")
                .isLessThanOrEqualTo(page.get("width").asDouble());
    }

    @Test
    void everyWeekAfterStatementCarriesItsEvidence() throws IOException {
        browser.setViewport(1280, 800, false);
        browser.open(out.resolve("index.html"));
        JsonNode boxes = browser.evaluate("""
                [...document.querySelectorAll('#history-week-after article.week-after')].map(a => ({
                  session: a.dataset.session, finding: a.dataset.finding,
                  statement: a.querySelector('.statement').textContent,
                  runs: a.querySelector('.runs-used dd').textContent,
                  runLinks: a.querySelectorAll('.runs-used dd a').length,
                  baseline: a.querySelector('.baseline dd').textContent,
                  interval: a.querySelector('.interval dd').textContent,
                  caveats: a.querySelector('.caveats dd').textContent,
                  report: a.querySelector('h3 a') ? a.querySelector('h3 a').getAttribute('href') : ''}))""");
        JsonNode expected = history.get("week_after");
        assertThat(boxes.size()).as("week-after boxes vs history.json").isEqualTo(expected.size()).isPositive();
        for (int i = 0; i < boxes.size(); i++) {
            JsonNode b = boxes.get(i);
            JsonNode w = expected.get(i);
            String name = b.get("session").asText();
            assertThat(name).isEqualTo(w.get("session").asText());
            assertThat(b.get("finding").asText()).isEqualTo(w.get("finding").asText());
            assertThat(b.get("baseline").asText()).as(name)
                    .contains(w.get("baseline").get("run_count").asText() + " easy run",
                            w.get("baseline").get("windows").asText() + " steady windows");
            assertThat(b.get("caveats").asText()).as(name).isNotBlank();
            assertThat(b.get("runLinks").asInt()).as(name + ": every run named links its report")
                    .isEqualTo(w.get("post_runs").size() + w.get("skipped").size());
            if (w.get("interval").isNull()) {
                assertThat(b.get("statement").asText()).as(name).contains("no number is given");
                assertThat(b.get("interval").asText()).as(name).startsWith("none");
            } else {
                JsonNode iv = w.get("interval");
                assertThat(b.get("interval").asText()).as(name).contains("90 % interval",
                        signed(iv.get("low_s_per_km").asDouble()), signed(iv.get("high_s_per_km").asDouble()));
                for (JsonNode p : w.get("post_runs")) {
                    assertThat(b.get("runs").asText()).as(name).contains(p.get("date").asText());
                }
            }
            Path report = out.resolve(b.get("report").asText()).normalize();
            assertThat(report).as("%s: the box links its session's report", name).isRegularFile();
        }
    }

    @Test
    void eachIntervalSessionsReportShowsItsBoxOnAPhone() throws IOException {
        browser.setViewport(390, 844, true);
        browser.open(out.resolve("index.html"));
        JsonNode index = browser.evaluate("({scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth})");
        assertThat(index.get("scrollWidth").asDouble()).as("the history page scrolls sideways at 390 px")
                .isLessThanOrEqualTo(index.get("width").asDouble());
        for (JsonNode w : history.get("week_after")) {
            Path report = out.resolve(w.get("session").asText()).resolve("report.html");
            browser.open(report);
            assertThat(browser.consoleErrors()).as("console errors on %s", report).isEmpty();
            JsonNode box = browser.evaluate("""
                    ({finding: (document.querySelector('#week-after article.week-after') || {dataset: {}}).dataset.finding,
                      links: [...document.querySelectorAll('#week-after a')].map(a => a.getAttribute('href')),
                      scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth})""");
            assertThat(box.get("finding").asText()).as(report.toString()).isEqualTo(w.get("finding").asText());
            for (JsonNode href : box.get("links")) {
                Path target = report.getParent().resolve(href.asText().replaceFirst("#.*$", "")).normalize();
                assertThat(target).as("%s links %s", report, href).isRegularFile();
            }
            assertThat(box.get("scrollWidth").asDouble()).as("%s scrolls sideways at 390 px", report)
                    .isLessThanOrEqualTo(box.get("width").asDouble());
        }
    }

    /** How the page words a pace difference in s/km: "+6.1", "−3.0". */
    private static String signed(double v) {
        return String.format(java.util.Locale.ROOT, "%+.1f", v).replace('-', '−');
    }

    private static void skip(String why) {
        System.err.println("[repcheck browser tests] " + why);
        abort(why);
    }
}
