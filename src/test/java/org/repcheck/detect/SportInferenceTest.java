package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.repcheck.assess.Assessor;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Session;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;
import org.repcheck.targets.TargetPlan;

/**
 * A file that does not say its sport is judged as a run when its speeds and cadence are a runner's, with a note;
 * {@code --sport} forces it; a file that names its sport keeps it.
 */
class SportInferenceTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final TargetPlan TT_5K_20 = new TargetPlan(List.of(new TimeTrial(5000, 1200, Optional.empty())),
            "coach");
    private final Readers readers = new Readers();

    @Test
    void theLaplessGpxTwinsWithoutATypeAreJudgedAsRunsWithANote() throws Exception {
        Path gpx = CORPUS.resolve("reps").resolve("gpx");
        assumeTrue(Files.isDirectory(gpx), "real sessions not found at " + gpx.toAbsolutePath() + "; skipping");
        List<Path> files;
        try (Stream<Path> s = Files.list(gpx)) {
            files = s.sorted().toList();
        }
        int judged = 0;
        for (Path f : files) {
            Activity a = readers.read(f);
            assertThat(a.sport()).as("%s says no sport", f.getFileName()).isEqualTo("unknown");
            Session s = new RepDetector().detect(a, DetectMode.AUTO);
            assertThat(s.activity().sport()).as(f.getFileName().toString()).isEqualTo("running");
            assertThat(s.notes()).as(f.getFileName().toString())
                    .anyMatch(n -> n.startsWith("sport: the file does not say; judged as a run"));
            Analysis an = Assessor.assess(s, TT_5K_20);
            judged += (int) an.reps().stream().filter(r -> r.verdict() != Verdict.UNJUDGED).count();
        }
        assertThat(files).hasSize(34);
        assertThat(judged).as("reps with a verdict across the twins").isPositive();
    }

    @Test
    void aRideThatSaysCyclingStaysCycling() throws Exception {
        Path ride = CORPUS.resolve("files").resolve("bike_edge500_2012.fit");
        assumeTrue(Files.isRegularFile(ride), "corpus not found at " + ride.toAbsolutePath() + "; skipping");
        Session s = new RepDetector().detect(readers.read(ride), DetectMode.AUTO);
        assertThat(s.activity().sport()).isEqualTo("cycling");
        assertThat(s.notes()).noneMatch(n -> n.startsWith("sport:"));
    }

    @Test
    void aForcedSportWinsOverTheFileAndSaysSo() {
        Activity run = SessionGenerator.intervals(3, Spec.distanceReps(6, 400, Spec.speedForPace(220)).toBuilder()
                .laps(Spec.LapMode.NONE).build()).activity();
        Session s = new RepDetector(Optional.of("cycling")).detect(run, DetectMode.AUTO);
        assertThat(s.activity().sport()).isEqualTo("cycling");
        assertThat(s.reps()).isEmpty();
        assertThat(s.notes()).contains("sport: set to cycling as asked (the file says running)");
    }

    @Test
    void aGeneratedRunWithoutASportIsInferredARun() {
        Activity run = SessionGenerator.intervals(4, Spec.distanceReps(6, 400, Spec.speedForPace(220))).activity()
                .withSport("unknown");
        Session s = new RepDetector().detect(run, DetectMode.AUTO);
        assertThat(s.activity().sport()).isEqualTo("running");
        assertThat(s.reps()).hasSize(6);
    }
}
