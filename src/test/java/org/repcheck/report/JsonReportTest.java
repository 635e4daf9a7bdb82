package org.repcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {
    private final Analysis analysis = SampleAnalyses.trackSession("run.fit");

    @Test
    void inspectHasEveryContractKeyInSnakeCaseWithIsoStart() {
        ObjectNode o = JsonReport.inspect(analysis.session().activity());
        assertThat(fieldNames(o)).containsExactly("schema_version", "file", "format", "sport", "sub_sport", "start",
                "local_start", "zone_source", "elapsed_s",
                "timer_s", "distance_m", "samples", "laps", "workout_steps", "has_hr", "has_gps", "device",
                "warnings", "error");
        assertThat(o.get("file").asText()).isEqualTo("run.fit");
        assertThat(o.get("format").asText()).isEqualTo("fit");
        assertThat(o.get("start").asText()).isEqualTo("2026-05-11T07:30:00Z");
        assertThat(o.get("has_hr").asBoolean()).isTrue();
        assertThat(o.get("device").asText()).isEqualTo("garmin forerunner745");
        assertThat(o.get("error").isNull()).isTrue();
        assertThat(o.get("warnings")).hasSize(1);
    }

    @Test
    void inspectErrorKeepsEveryKeyWithNullsButFileAndError() {
        ObjectNode o = JsonReport.inspectError("bad.fit", "truncated FIT file");
        // schema_version (issue 11) and local_start, zone_source (issue 10) beside the original 16
        assertThat(o.size()).isEqualTo(19);
        assertThat(o.get("start").isNull()).isTrue();
        assertThat(o.get("samples").isNull()).isTrue();
        assertThat(o.get("error").asText()).isEqualTo("truncated FIT file");
    }

    @Test
    void repsCarryInstantSecondsMetresAndPaceRoundedToTenths() {
        ObjectNode o = JsonReport.reps(analysis.session());
        assertThat(o.get("source").asText()).isEqualTo("workout");
        JsonNode rep = o.get("reps").get(0);
        assertThat(fieldNames(rep)).contains("index", "start", "start_s", "end_s", "duration_s", "distance_m",
                "measured_distance_m", "distance_basis", "nominal_distance_m", "pace_s_per_km", "avg_hr", "max_hr");
        assertThat(rep.get("start").asText()).isEqualTo("2026-05-11T07:40:00Z");
        assertThat(rep.get("start_s").asDouble()).isEqualTo(600.0);
        assertThat(rep.get("distance_basis").asText()).isEqualTo("workout_step");
        assertThat(rep.get("nominal_distance_m").isIntegralNumber()).isTrue();
        assertThat(rep.get("nominal_distance_m").asInt()).isEqualTo(400);
        assertThat(rep.get("nominal_duration_s").isNull()).isTrue();
        assertThat(rep.get("pace_s_per_km").asDouble()).isEqualTo(220.0);
        assertThat(rep.get("avg_hr").isIntegralNumber()).isTrue();
        JsonNode rec = o.get("recoveries").get(0);
        assertThat(fieldNames(rec)).contains("after_rep", "start_s", "duration_s", "distance_m", "avg_hr", "hr_drop",
                "standing");
        assertThat(rec.get("hr_drop").asInt()).isEqualTo(25);
        assertThat(o.has("judge")).isFalse();
        assertThat(o.has("summary")).isFalse();
    }

    @Test
    void judgeAddsTargetVerdictSummaryTimeTrialAndModel() {
        ObjectNode o = JsonReport.judge(analysis);
        JsonNode rep = o.get("reps").get(0);
        assertThat(rep.get("verdict").asText()).isEqualTo("overcooked");
        assertThat(rep.get("delta_s_per_km").asDouble()).isEqualTo(-8.0);
        assertThat(rep.get("target").get("fast_s_per_km").asDouble()).isEqualTo(228.0);
        assertThat(rep.get("target").get("slow_s_per_km").asDouble()).isEqualTo(232.0);
        assertThat(rep.get("target").get("model").asText()).isEqualTo("coach");
        assertThat(rep.get("target").get("extrapolated").asBoolean()).isFalse();
        assertThat(o.get("reps").get(2).get("verdict").asText()).isEqualTo("on_target");
        assertThat(o.get("reps").get(2).get("delta_s_per_km").asDouble()).isEqualTo(0.0);
        JsonNode summary = o.get("summary");
        assertThat(fieldNames(summary)).containsExactly("overcooked", "on_target", "slow", "unjudged",
                "fade_s_per_km_per_rep", "advice", "advice_code", "recovery_notes", "recovery_findings");
        assertThat(summary.get("advice_code").asText()).isEqualTo("overcooked");
        assertThat(summary.get("recovery_findings").get(0).get("code").asText()).isEqualTo("too_long");
        assertThat(summary.get("recovery_findings").get(0).get("work_pace").asText()).isEqualTo("R");
        assertThat(rep.get("reason").asText()).isEqualTo("outside_band");
        assertThat(rep.get("reason_numbers").get("gap_s_per_km").asDouble()).isEqualTo(-8.0);
        assertThat(rep.get("reason_numbers").get("rule").asText()).isEqualTo("interval");
        assertThat(rep.get("verdict_reason").asText())
                .isEqualTo("8.0 s/km faster than the coach band 3:48.0–3:52.0/km for 400 m, ±0.9 s/km");
        assertThat(o.get("local_start").asText()).isEqualTo("2026-05-11T07:30Z");
        assertThat(o.get("zone_source").asText()).isEqualTo("fit");
        assertThat(summary.get("overcooked").asInt()).isEqualTo(3);
        assertThat(o.get("time_trial").get("distance_m").asInt()).isEqualTo(5000);
        assertThat(o.get("time_trial").get("time_s").asDouble()).isEqualTo(1200.0);
        assertThat(o.get("time_trial").get("date").asText()).isEqualTo("2026-04-01");
        assertThat(o.get("model").asText()).isEqualTo("coach");
        assertThat(o.get("notes")).extracting(JsonNode::asText)
                .contains("reps from the workout's steps", "TT 5 km in 20:00 from athlete.yaml");
    }

    @Test
    void judgeWritesNullForMissingTargetDeltaAndTimeTrial() {
        Analysis a = SampleAnalyses.trackSession("run.fit");
        var unjudged = a.reps().stream().map(j -> new org.repcheck.model.JudgedRep(j.rep(), Optional.empty(),
                org.repcheck.model.Verdict.UNJUDGED, new org.repcheck.model.VerdictReason.NoTimeTrial(Optional.empty()),
                Double.NaN, Double.NaN)).toList();
        Analysis none = new Analysis(a.session(), Optional.empty(), "coach", unjudged, a.summary(), Optional.empty(),
                List.of());
        ObjectNode o = JsonReport.judge(none);
        JsonNode rep = o.get("reps").get(0);
        assertThat(rep.get("target").isNull()).isTrue();
        assertThat(rep.get("delta_s_per_km").isNull()).isTrue();
        assertThat(o.get("time_trial").isNull()).isTrue();
        assertThat(JsonReport.array(List.of(o))).doesNotContain("NaN");
    }

    @Test
    void errorObjectHasOnlyTheSchemaVersionFileAndError() {
        assertThat(fieldNames(JsonReport.error("x.gpx", "not XML"))).containsExactly("schema_version", "file", "error");
    }

    @Test
    void arrayIsAPrettyJsonArrayInInputOrder() throws Exception {
        String s = JsonReport.array(List.of(JsonReport.error("a", "e1"), JsonReport.error("b", "e2")));
        JsonNode back = JsonReport.mapper().readTree(s);
        assertThat(back.isArray()).isTrue();
        assertThat(back.get(1).get("file").asText()).isEqualTo("b");
        assertThat(s).contains("\n");
    }

    static List<String> fieldNames(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
