package org.repcheck.report;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static final Instant NOW = Instant.parse("2026-05-12T06:00:00Z");
    private final Analysis analysis = SampleAnalyses.trackSession("run.fit");

    private String render(Analysis a, String file) {
        return HtmlReport.render(a, Units.METRIC, ReportContext.inBatch(file, "20260511-073000-3fa9c2", NOW));
    }

    @Test
    void repTableHasARowPerRepWithVerdictAndRecoveryRowsBetween() throws Exception {
        String html = render(analysis, "run.fit");
        Files.writeString(Path.of("target", "sample-report.html"), html);
        assertThat(count(html, "<tr class=\"rep overcooked\">")).isEqualTo(3);
        assertThat(count(html, "<tr class=\"rep on-target\">")).isEqualTo(2);
        assertThat(count(html, "<tr class=\"rep slow\">")).isEqualTo(1);
        assertThat(count(html, "<tr class=\"recovery\">")).isEqualTo(5);
        assertThat(html).contains("OVERCOOKED", "3:48.0–3:52.0", "3:40.0", "−8.0", "recovery 1:30 jog 135 m", "drop 25", "workout step");
    }

    @Test
    void headerShowsDateSportDeviceTimeTrialModelAndAdvice() {
        String html = render(analysis, "run.fit");
        assertThat(html).contains("Mon 11 May 2026, 07:30 (UTC)", "running (track)", "garmin forerunner745",
                "5 km in 20:00", "coach", "Reps 1–3 were 3–9 s/km too fast", "class=\"advice bad\"");
    }

    @Test
    void readingWarningsAndDetectionNotesAreShown() {
        String html = render(analysis, "run.fit");
        assertThat(html).contains("Reading warnings", "paused 5 s at 5:00", "reps from the workout's steps",
                "recovery after rep 4 was 2:30, longer than the 90 s rep needs (HR fell 22 bpm) — Daniels: after R-pace");
    }

    @Test
    void hostileFileNameIsEscaped() {
        String html = render(analysis, "<script>alert('x')</script>.fit");
        assertThat(html).doesNotContain("<script>");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void fourEmbeddedChartsDecodeAndNothingIsFetchedFromOutside() throws Exception {
        String html = render(analysis, "run.fit");
        List<String> uris = new ArrayList<>();
        Matcher m = Pattern.compile("src=\"(data:image/svg\\+xml;base64,[^\"]+)\"").matcher(html);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertThat(uris).hasSize(4);
        for (String uri : uris) {
            assertThat(ChartsTest.decode(uri).width()).isGreaterThan(0);
        }
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?\\s*(https?:)?//");
        assertThat(html).doesNotContainPattern("(?i)<link\\b|<script\\b|@import|url\\(");
        assertThat(html).contains("href=\"../index.html\"", "name=\"viewport\"");
    }

    @Test
    void standaloneReportHasNoIndexLink() {
        String html = HtmlReport.render(analysis, Units.IMPERIAL,
                ReportContext.standalone("run.fit", "20260511-073000-3fa9c2", NOW));
        assertThat(html).doesNotContain("index.html").contains("/mi");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
