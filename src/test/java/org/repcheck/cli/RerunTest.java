package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reruns into the same -o over a copy of samples/: what is unchanged is reused (its report is not rewritten and
 * its row is the same), a TT added to the profile re-judges exactly the runs on or after its date, and the report
 * of an input no longer given goes; another {@code --sport} re-judges everything.
 */
class RerunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path in;
    private Path out;

    @BeforeEach
    void analyseACopyOfTheSamples() throws IOException {
        in = Files.createDirectories(tmp.resolve("samples"));
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path f : s.toList()) {
                Files.copy(f, in.resolve(f.getFileName().toString()));
            }
        }
        out = tmp.resolve("report");
        assertThat(analyze().exit()).isZero();
    }

    @Test
    void anUnchangedRerunReusesEveryAnalysisAndListsTheSameRows() throws IOException {
        JsonNode before = JSON.readTree(out.resolve("summary.json").toFile());
        Map<String, FileTime> written = reportTimes();

        assertThat(analyze().exit()).isZero();

        assertThat(reportTimes()).isEqualTo(written);
        assertThat(JSON.readTree(out.resolve("summary.json").toFile())).isEqualTo(before);
    }

    @Test
    void aTimeTrialAddedToTheProfileReJudgesTheRunsAfterItAndNothingElse() throws IOException {
        Map<String, FileTime> written = reportTimes();
        Path profile = in.resolve("athlete.yaml");
        Files.writeString(profile, Files.readString(profile).replace(
                "  - { distance: 5k, time: \"20:00\", date: 2026-10-04 }",
                "  - { distance: 5k, time: \"20:00\", date: 2026-10-04 }\n"
                        + "  - { distance: 5k, time: \"19:30\", date: 2026-10-25 }"));

        assertThat(analyze().exit()).isZero();

        Map<String, FileTime> now = reportTimes();
        TreeSet<String> rewritten = new TreeSet<>();
        now.forEach((id, t) -> {
            if (!t.equals(written.get(id))) {
                rewritten.add(id);
            }
        });
        TreeSet<String> after = new TreeSet<>();
        for (JsonNode r : JSON.readTree(out.resolve("summary.json").toFile())) {
            if (Instant.parse(r.get("start").asText()).isAfter(Instant.parse("2026-10-25T00:00:00Z"))) {
                after.add(r.get("activity_id").asText());
            }
        }
        assertThat(after).hasSize(2);
        assertThat(rewritten).isEqualTo(after);
        for (String id : after) {
            JsonNode a = JSON.readTree(out.resolve(id).resolve("analysis.json").toFile());
            assertThat(a.get("time_trial").get("time_s").asDouble()).isEqualTo(1170.0);
        }
    }

    @Test
    void aRerunWithAnotherSportReJudgesEveryRun() throws IOException {
        Map<String, FileTime> written = reportTimes();
        int judgedBefore = 0;
        for (JsonNode r : JSON.readTree(out.resolve("summary.json").toFile())) {
            judgedBefore += r.get("overcooked").asInt() + r.get("on_target").asInt() + r.get("slow").asInt();
        }
        assertThat(judgedBefore).as("the samples have judged reps to lose").isPositive();

        // --sport changes the verdicts (a ride is not judged), so no cached analysis may stand for it.
        assertThat(Cli.run("analyze", in.toString(), "-o", out.toString(), "--quiet", "--sport", "cycling").exit())
                .isZero();

        Map<String, FileTime> now = reportTimes();
        assertThat(now.keySet()).isEqualTo(written.keySet());
        now.forEach((id, t) -> assertThat(t).as(id).isNotEqualTo(written.get(id)));
        for (JsonNode r : JSON.readTree(out.resolve("summary.json").toFile())) {
            assertThat(r.get("sport").asText()).as(r.get("file").asText()).isEqualTo("cycling");
            assertThat(r.get("overcooked").asInt() + r.get("on_target").asInt() + r.get("slow").asInt()).isZero();
        }
    }

    @Test
    void theReportOfAnInputNoLongerGivenIsRemoved() throws IOException {
        Map<String, FileTime> before = reportTimes();
        Files.delete(in.resolve("intervals_6x400_workout.fit"));

        assertThat(analyze().exit()).isZero();

        assertThat(reportTimes().keySet()).hasSize(before.size() - 1);
        assertThat(before.keySet()).containsAll(reportTimes().keySet());
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("intervals_6x400_workout.fit");
    }

    @Test
    void aChangedFileIsAnalysedAgain() throws IOException {
        Path f = in.resolve("intervals_8x400_no_laps.gpx");
        Files.writeString(f, Files.readString(f).replace("<trkpt ", "<trkpt  "));
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(analyze().exit()).isZero();

        JsonNode rows = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(rows.size()).isEqualTo(7);
        long gpx = 0;
        for (JsonNode r : rows) {
            if (r.get("file").asText().endsWith(".gpx")) {
                gpx++;
                assertThat(out.resolve(r.get("activity_id").asText()).resolve("report.html")).isRegularFile();
            }
        }
        assertThat(gpx).isEqualTo(1);
    }

    private Cli analyze() {
        return Cli.run("analyze", in.toString(), "-o", out.toString(), "--quiet");
    }

    private Map<String, FileTime> reportTimes() throws IOException {
        Map<String, FileTime> times = new HashMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path d : s.filter(d -> Files.isRegularFile(d.resolve("report.html"))).toList()) {
                times.put(d.getFileName().toString(), Files.getLastModifiedTime(d.resolve("report.html")));
            }
        }
        return times;
    }
}
