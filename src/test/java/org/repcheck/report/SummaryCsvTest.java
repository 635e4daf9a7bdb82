package org.repcheck.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryCsvTest {
    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaksPerRfc4180() {
        assertThat(SummaryCsv.field("plain.fit")).isEqualTo("plain.fit");
        assertThat(SummaryCsv.field("a,b.fit")).isEqualTo("\"a,b.fit\"");
        assertThat(SummaryCsv.field("say \"hi\".fit")).isEqualTo("\"say \"\"hi\"\".fit\"");
        assertThat(SummaryCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void writesAHeaderAndOneCrlfRowPerInputIncludingUnreadableOnes() {
        var a = SampleAnalyses.trackSession("track, tuesday.fit");
        String csv = SummaryCsv.render(List.of(IndexRow.of("track, tuesday.fit", "20260511-073000-3fa9c2", a),
                IndexRow.failed("bad.fit", "truncated FIT file, \"header\" only")));
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("file,activity_id,start,sport,distance_m,reps,overcooked,on_target,slow");
        assertThat(lines[1]).startsWith("\"track, tuesday.fit\",20260511-073000-3fa9c2,2026-05-11T07:30:00Z,running,")
                .contains(",6,3,2,1,0,");
        assertThat(lines[2]).startsWith("bad.fit,,,,,,,,,,,").endsWith("\"truncated FIT file, \"\"header\"\" only\",,,");
    }

    @Test
    void summaryJsonHasOneObjectPerInputWithNullsForAFailedFile() throws Exception {
        var a = SampleAnalyses.trackSession("run.fit");
        var node = Json.MAPPER.readTree(SummaryJson.render(List.of(IndexRow.of("run.fit", "id1", a),
                IndexRow.failed("bad.fit", "not a FIT file"))));
        assertThat(node).hasSize(2);
        assertThat(node.get(0).get("overcooked").asInt()).isEqualTo(3);
        assertThat(node.get(0).get("report").asText()).isEqualTo("id1/report.html");
        assertThat(node.get(1).get("reps").isNull()).isTrue();
        assertThat(node.get(1).get("error").asText()).isEqualTo("not a FIT file");
    }
}
