package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed --json array is byte for byte the array built in memory, for none, one and several reports. */
class JsonArrayWriterTest {
    @Test
    void streamedArrayIsByteIdenticalToTheArrayBuiltInMemory() {
        List<JsonNode> reports = new ArrayList<>();
        reports.add(JsonReport.judge(SampleAnalyses.trackSession("a.fit")));
        reports.add(JsonReport.error("broken.fit", "truncated FIT file"));
        reports.add(JsonReport.judge(SampleAnalyses.trackSession("b.fit")));
        for (int n = 0; n <= reports.size(); n++) {
            List<JsonNode> some = reports.subList(0, n);
            StringWriter out = new StringWriter();
            try (Json.ArrayWriter w = JsonReport.arrayWriter(out)) {
                some.forEach(w::add);
            }
            assertThat(out.toString()).as("%d elements", n).isEqualTo(JsonReport.array(some));
        }
    }

    @Test
    void eachElementIsOutBeforeTheNextIsAdded() {
        StringWriter out = new StringWriter();
        Json.ArrayWriter w = JsonReport.arrayWriter(out);
        w.add(JsonReport.error("first.fit", "not a FIT file"));
        assertThat(out.toString()).contains("first.fit");
        w.close();
    }
}
