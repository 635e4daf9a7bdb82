package org.repcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repcheck.io.fit.WorkoutFileReader;
import org.repcheck.model.Intensity;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;

/**
 * Issue 13, acceptance 3 (without a browser; ReportInBrowserTest follows the same link in Chromium): {@code analyze
 * samples} writes {@code next-session.fit} beside each interval session's report, repeating its structure with the
 * band its report judged against, and the report links it with the line that says where it goes.
 */
class AnalyzeNextSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    void everyIntervalSampleGetsItsNextSessionAndTheReportLinksIt() throws Exception {
        Path samples = Path.of("samples");
        Assumptions.assumeTrue(Files.isDirectory(samples), "no samples/ folder; skipping");
        Cli run = Cli.run("analyze", samples.toString(), "-o", out.toString(), "--no-progress");
        assertThat(run.exit()).as(run.err()).isZero();

        TreeMap<String, PlannedWorkout> byFile = new TreeMap<>();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(out)) {
            dirs = s.filter(Files::isDirectory).toList();
        }
        for (Path dir : dirs) {
            JsonNode analysis = JSON.readTree(dir.resolve("analysis.json").toFile());
            Path fit = dir.resolve("next-session.fit");
            String html = Files.readString(dir.resolve("report.html"));
            boolean interval = analysis.path("reps").size() >= 2;
            assertThat(Files.isRegularFile(fit)).as("next-session.fit for %s", analysis.path("file")).isEqualTo(interval);
            assertThat(html.contains("<a href=\"next-session.fit\"")).isEqualTo(interval);
            if (interval) {
                assertThat(html).contains("copy to GARMIN/NewFiles on your watch");
                byFile.put(Path.of(analysis.path("file").asText()).getFileName().toString(),
                        WorkoutFileReader.read("next-session.fit", Files.readAllBytes(fit)).workout());
            }
        }
        assertThat(byFile.keySet()).containsExactly("intervals_4x6min.tcx", "intervals_5x1k_manual_laps.fit",
                "intervals_6x400_workout.fit", "intervals_8x400_no_laps.gpx", "treadmill_no_gps.fit");

        // The 6 x 400 m workout again, with the 400 m band of the 20:00 5 km TT in force (docs/science.md §1).
        PlannedWorkout w = byFile.get("intervals_6x400_workout.fit");
        assertThat(w.name()).startsWith("6x400m/");
        PlanNode.Repeat repeat = (PlanNode.Repeat) w.steps().get(1);
        assertThat(repeat.count()).isEqualTo(6);
        PlanNode.Step work = (PlanNode.Step) repeat.steps().get(0);
        assertThat(work.intensity()).isEqualTo(Intensity.ACTIVE);
        assertThat(work.target().orElseThrow().slowMps()).isEqualTo(4.310);
        assertThat(work.target().orElseThrow().fastMps()).isEqualTo(4.386);
        assertThat(((PlanNode.Step) repeat.steps().get(1)).intensity()).isEqualTo(Intensity.RECOVERY);

        List<String> names = new ArrayList<>();
        byFile.values().forEach(p -> names.add(p.name()));
        assertThat(names).contains("5x1k/2min", "8x400m/90s", "4x6min/2min");
    }
}
