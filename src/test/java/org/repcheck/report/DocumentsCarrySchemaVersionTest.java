package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;

/** Every JSON document (and every per-file object of an array) says which shape it has; reps.csv has a row per rep. */
class DocumentsCarrySchemaVersionTest {
    private final Analysis analysis = SampleAnalyses.trackSession("run.fit");

    @Test
    void everyTopLevelObjectStartsWithTheSchemaVersion() throws Exception {
        List<JsonNode> docs = List.of(JsonReport.inspect(analysis.session().activity()),
                JsonReport.inspectError("bad.fit", "truncated"), JsonReport.error("bad.fit", "truncated"),
                JsonReport.reps(analysis.session()), JsonReport.judge(analysis),
                Json.MAPPER.readTree(SummaryJson.render(List.of(IndexRow.of("run.fit", "id", analysis)))).get(0),
                HistoryJson.document(List.of(SampleHistories.history()), true),
                HistoryJson.document(List.of(), false));
        for (JsonNode d : docs) {
            assertThat(d.fieldNames().next()).as(d.toString()).isEqualTo("schema_version");
            assertThat(d.get("schema_version").asInt()).isEqualTo(Json.SCHEMA_VERSION);
        }
    }

    @Test
    void repsCsvHasOneCrlfRowPerRepWithItsVerdictAndBand() {
        String csv = RepsCsv.header() + RepsCsv.rows("run, tuesday.fit", "20260511-073000-3fa9c2", "Alex", analysis);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + analysis.reps().size());
        assertThat(lines[0]).startsWith("file,activity_id,athlete,rep,start,start_s,duration_s,distance_m");
        int cols = lines[0].split(",").length;
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).startsWith("\"run, tuesday.fit\",20260511-073000-3fa9c2,Alex," + i + ",");
            assertThat(lines[i].replace("\"run, tuesday.fit\"", "x").split(",", -1)).hasSize(cols);
            assertThat(lines[i]).contains("," + analysis.reps().get(i - 1).verdict().label() + ",");
        }
    }
}
