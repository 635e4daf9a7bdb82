package org.repcheck.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.cli.Main;

/**
 * The committed {@code samples/} folder: {@code analyze} finds in each what its name promises, and regenerating it
 * gives the same bytes (so the samples are reproducible, and a changed generator shows up as a failing test).
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    private static int exit;
    private static String err;
    private static Path report;
    /** analysis.json per sample file name. */
    private static final Map<String, JsonNode> ANALYSIS = new HashMap<>();

    @BeforeAll
    static void analyzeSamples() throws IOException {
        report = tmp.resolve("report");
        StringWriter out = new StringWriter();
        StringWriter e = new StringWriter();
        exit = Main.run(new PrintWriter(out, true), new PrintWriter(e, true), "analyze", SAMPLES.toString(), "-o",
                report.toString(), "--no-progress");
        err = e.toString();
        try (Stream<Path> files = Files.walk(report)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("analysis.json")).toList()) {
                JsonNode n = JSON.readTree(p.toFile());
                JsonNode a = n.isArray() ? n.get(0) : n;
                ANALYSIS.put(Path.of(a.get("file").asText()).getFileName().toString(), a);
            }
        }
    }

    private static List<String> verdicts(String sample) {
        JsonNode a = ANALYSIS.get(sample);
        assertThat(a).as("analysis.json of " + sample).isNotNull();
        return a.get("reps").findValuesAsText("verdict");
    }

    @Test
    void analyzeReadsEverySampleAndWritesAReportForEach() throws IOException {
        assertThat(exit).as(err).isZero();
        assertThat(report.resolve("index.html")).isRegularFile();
        List<String> activities = MakeSamples.FILES.stream().filter(f -> !f.endsWith(".yaml")).toList();
        try (Stream<Path> dirs = Files.list(report)) {
            assertThat(dirs.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("report.html"))))
                    .hasSize(activities.size());
        }
        assertThat(ANALYSIS.keySet()).containsExactlyInAnyOrderElementsOf(activities);
    }

    @Test
    void sixBy400WorkoutHasTheFirstThreeOvercooked() {
        List<String> v = verdicts(MakeSamples.W6X400);
        assertThat(ANALYSIS.get(MakeSamples.W6X400).get("source").asText()).isEqualTo("workout");
        assertThat(v).hasSize(6);
        assertThat(v.subList(0, 3)).containsOnly("overcooked");
        assertThat(v.subList(3, 6)).doesNotContain("overcooked");
    }

    @Test
    void fiveBy1kHasFiveRepsNoneOvercooked() {
        List<String> v = verdicts(MakeSamples.W5X1K);
        assertThat(v).hasSize(5).doesNotContain("overcooked");
    }

    @Test
    void steadyRunHasNoReps() {
        assertThat(verdicts(MakeSamples.STEADY)).isEmpty();
    }

    @Test
    void gpxWithoutLapsGivesEightReps() {
        assertThat(verdicts(MakeSamples.W8X400)).hasSize(8);
    }

    @Test
    void regeneratingGivesTheCommittedBytes() throws IOException {
        Path again = tmp.resolve("again");
        MakeSamples.writeAll(again);
        for (String f : MakeSamples.FILES) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f + " regenerated (run scripts/make-samples)")
                    .isEqualTo(Files.readAllBytes(SAMPLES.resolve(f)));
        }
        try (Stream<Path> files = Files.list(SAMPLES)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(MakeSamples.FILES);
        }
    }
}
