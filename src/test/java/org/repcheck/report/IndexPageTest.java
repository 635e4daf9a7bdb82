package org.repcheck.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexPageTest {
    @Test
    void listsWorkoutsNewestFirstWithLinksCountsChartAndUnreadableFiles() throws Exception {
        var older = IndexRow.of("tuesday.fit", "20260511-073000-aaaaaa", SampleAnalyses.trackSession("tuesday.fit"));
        var newer = IndexRow.of("friday.fit", "20260602-070000-bbbbbb", SampleAnalyses.trackSession("friday.fit",
                Instant.parse("2026-06-02T07:00:00Z"), false));
        var bad = IndexRow.failed("<b>broken</b>.fit", "truncated FIT file (data ends at byte 7472)");
        String html = IndexPage.render(List.of(older, bad, newer), Units.METRIC, Instant.parse("2026-06-03T00:00:00Z"));
        Files.writeString(Path.of("target", "sample-index.html"), html);
        assertThat(html.indexOf("friday.fit")).isLessThan(html.indexOf("tuesday.fit"));
        assertThat(html).contains("href=\"20260602-070000-bbbbbb/report.html\"",
                "href=\"20260511-073000-aaaaaa/report.html\"");
        assertThat(html).contains("Files that could not be read", "&lt;b&gt;broken&lt;/b&gt;.fit",
                "truncated FIT file (data ends at byte 7472)");
        assertThat(html).contains(ChartsTest.SVG_URI);
        assertThat(html).contains("12 reps", "6 overcooked");
    }
}
