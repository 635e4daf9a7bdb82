package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10's acceptance on real files, through the command line as a runner uses it. */
class HonestVerdictsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path REPS = Path.of("..", "shared", "corpus", "reps", "files");

    @TempDir
    Path tmp;

    static Path ipbike() {
        Path f = CorpusPaths.requireFiles().resolve("run_4x6min_ipbike_hrv.fit");
        assumeTrue(Files.isRegularFile(f), f + " not found; skipping");
        return f;
    }

    static Path reps(String name) {
        Path f = REPS.resolve(name);
        assumeTrue(Files.isRegularFile(f), f + " not found; skipping");
        return f;
    }

    @Test
    void sixMinuteRepsFarFasterThanEveryBandAreOvercookedNotUnjudged() throws IOException {
        Cli r = Cli.run("judge", ipbike().toString(), "--tt", "5k=20:00", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode reps = JSON.readTree(r.out()).get(0).get("reps");
        assertThat(reps.get(0).get("verdict").asText()).isEqualTo("overcooked");
        assertThat(reps.get(1).get("verdict").asText()).isEqualTo("overcooked");
        for (JsonNode rep : reps) {
            // six-minute reps are judged at threshold, and every judged reason names its rule
            assertThat(rep.get("reason_numbers").get("rule").asText()).isEqualTo("threshold");
            assertThat(rep.get("reason").asText()).isIn("outside_band", "faster_than_race_pace", "straddles_edge",
                    "inside_band");
        }
    }

    @Test
    void imperialOutputHasNoKilometrePacesAnywhereAPersonReads() throws IOException {
        List<String> files = List.of(ipbike().toString(), reps("run_6x400_fr745_workout_f.fit").toString(),
                reps("run_tempo25min_hrtarget_fr245_workout.fit").toString(),
                reps("run_3x1700m_1k_standrest_fr245_manual.fit").toString());
        for (String tt : List.of("5k=20:00@2016-01-01", "5k=25:00")) {
            Cli judge = Cli.run(concat(List.of("judge", "--tt", tt, "--units", "imperial"), files));
            assertThat(judge.exit()).as(judge.err()).isZero();
            assertNoKilometres("judge " + tt, judge.out());
            assertThat(judge.out()).contains("5 km in ", "/mi", "advice: ", "recovery: ",
                    tt.contains("@") ? "time trial: the time trial in force" : "time trial: this run holds");
            Cli reps = Cli.run(concat(List.of("reps", "--units", "imperial"), files));
            assertNoKilometres("reps", reps.out());
        }
        Path out = tmp.resolve("report");
        Cli analyze = Cli.run(concat(List.of("analyze", "--tt", "5k=20:00@2016-01-01", "--units", "imperial", "-o",
                out.toString(), "--no-progress"), files));
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertNoKilometres("index.html", withoutImages(Files.readString(out.resolve("index.html"))));
        try (Stream<Path> dirs = Files.list(out)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String html = withoutImages(Files.readString(d.resolve("report.html")));
                assertNoKilometres(d.getFileName() + "/report.html", html);
                assertThat(html).contains("/mi", "weeks old");
            }
        }
    }

    @Test
    void anOldTtAndAFasterBestEffortAreSaidInTheTerminalAndTheJson() throws IOException {
        Cli text = Cli.run("judge", ipbike().toString(), "--tt", "5k=25:00@2016-01-01");
        assertThat(text.out()).contains("time trial: the time trial in force, 5 km in 25:00 (2016-01-01), is 60 weeks old")
                .containsPattern("time trial: this run holds a 5 km in 2[0-2]:\\d\\d, faster than the 25:00 your time trial")
                .contains("it implies a 5 km time trial of");
        Cli json = Cli.run("judge", ipbike().toString(), "--tt", "5k=25:00@2016-01-01", "--json");
        JsonNode findings = JSON.readTree(json.out()).get(0).get("time_trial_findings");
        assertThat(findings).extracting(n -> n.get("code").asText()).containsExactly("stale_time_trial", "faster_effort");
        assertThat(findings.get(1).get("implied_time_s").asDouble()).isLessThan(1500);
        Cli fresh = Cli.run("judge", ipbike().toString(), "--tt", "5k=20:00@2017-02-01");
        assertThat(fresh.out()).doesNotContain("time trial: the time trial in force", "time trial: this run holds");
    }

    @Test
    void reportAdviceIsGreenOnlyForASessionOnTarget() throws IOException {
        Path out = tmp.resolve("green");
        Cli analyze = Cli.run("analyze", ipbike().toString(), "--tt", "5k=20:00", "-o", out.toString(), "--no-progress");
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        try (Stream<Path> dirs = Files.list(out)) {
            Path d = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
            String html = Files.readString(d.resolve("report.html"));
            assertThat(html).contains("class=\"advice bad\"").doesNotContain("class=\"advice good\"");
        }
    }

    private static void assertNoKilometres(String what, String text) {
        assertThat(text).as(what).doesNotContain("/km", "s/km", "3.11 mi");
    }

    /** Charts are base64 PNGs, whose alphabet can spell "/km" by chance. */
    private static String withoutImages(String html) {
        return html.replaceAll("data:image/[a-z]+;base64,[A-Za-z0-9+/=]+", "");
    }

    private static String[] concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
