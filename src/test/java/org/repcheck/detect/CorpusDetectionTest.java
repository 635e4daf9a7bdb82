package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repcheck.io.ReadException;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Rep;
import org.repcheck.model.RepSource;
import org.repcheck.model.Session;
import org.repcheck.synth.TrueRep;

/**
 * Detection on the real device files of ../shared/corpus, read by the real readers: the structured workout, the
 * interval session with laps (its laps are the truth for the signal detector), and the steady runs that must give
 * no reps whatever their laps say. Skips with a message where the corpus is absent.
 */
class CorpusDetectionTest {
    private static final Path FILES = Path.of("..", "shared", "corpus", "files");
    private final Readers readers = new Readers();
    private final RepDetector detector = new RepDetector();

    private Activity read(String name) throws ReadException {
        assumeTrue(Files.isDirectory(FILES), "corpus not found at " + FILES.toAbsolutePath() + "; skipping");
        return readers.read(FILES.resolve(name));
    }

    @Test
    void ipBikeFourBySixMinutesFromLapsAndFromTheSignalAgreeWithinThreeSeconds() throws ReadException {
        Activity a = read("run_4x6min_ipbike_hrv.fit");
        Session laps = detector.detect(a, DetectMode.AUTO);
        Session signal = detector.detect(a, DetectMode.SIGNAL);

        assertThat(laps.source()).isEqualTo(RepSource.LAPS);
        assertThat(laps.reps()).hasSize(4).allSatisfy(r -> assertThat(r.durationS()).isCloseTo(360, within(1)));
        assertThat(signal.source()).isEqualTo(RepSource.SIGNAL);
        assertThat(signal.reps()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            Rep l = laps.reps().get(i);
            Rep s = signal.reps().get(i);
            assertThat(s.startS()).as("rep %d start", i + 1).isCloseTo(l.startS(), within(3));
            assertThat(s.endS()).as("rep %d end", i + 1).isCloseTo(l.endS(), within(3));
        }
    }

    @Test
    void theStructuredIndoorWorkoutGivesItsWorkStepsAsReps() throws ReadException {
        Session s = detector.detect(read("bike_indoor_hiit_workout_steps.fit"), DetectMode.AUTO);

        assertThat(s.source()).isEqualTo(RepSource.WORKOUT);
        // 'HIIT 20 x 0:30/0:15', abandoned after a few reps: the 30 s work steps run in full, then one cut short.
        assertThat(s.reps()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(s.reps().subList(0, 3)).allSatisfy(r -> {
            assertThat(r.durationS()).isCloseTo(30, within(1));
            assertThat(r.nominalDurationS()).hasValue(30.0);
        });
    }

    @ParameterizedTest(name = "{0} has no reps")
    @ValueSource(strings = {"run_fr955_stryd_manual_laps.fit", "run_fr955_long_manual_laps.fit",
            "run_fr110_mile_autolaps.fit", "run_fr110_2013.fit", "run_fenix2_small.fit", "run_fr920xt_mornindew.fit",
            "run_fr935_portland.fit", "run_trail_5h_fenix6s.fit", "run_stryd_devtypes.fit",
            "run_fr405_footpod_progression.tcx", "tri_fenix5x_ironman.fit", "multisport_fenix2_large.fit"})
    void steadyLongAndTrailRunsGiveNoRepsWhateverTheirLapsSay(String file) throws ReadException {
        assertThat(detector.detect(read(file), DetectMode.AUTO).reps()).isEmpty();
    }

    /**
     * The signal detector scored on every corpus run with laps: where the lap level finds reps they are the truth,
     * elsewhere the truth is "no reps". Printed so the figures can go in a note.
     */
    @Test
    void signalDetectionScoredOnRealFilesWithLapsAsTruth() throws Exception {
        assumeTrue(Files.isDirectory(FILES), "corpus not found; skipping");
        RepScore score = new RepScore();
        List<String> scored = new ArrayList<>();
        try (Stream<Path> s = Files.list(FILES)) {
            for (Path p : s.sorted().toList()) {
                Activity a;
                try {
                    a = readers.read(p);
                } catch (ReadException e) {
                    continue;
                }
                if (a.laps().size() < 2 || !a.sport().equals("running")) {
                    continue;
                }
                List<TrueRep> truth = new ArrayList<>();
                for (Rep r : detector.detect(a, DetectMode.LAPS).reps()) {
                    truth.add(new TrueRep(r.index(), r.startS(), r.endS(), r.measuredDistanceM()));
                }
                score.add(truth, detector.detect(a, DetectMode.SIGNAL).reps());
                scored.add(p.getFileName() + " (" + truth.size() + " lap reps)");
            }
        }
        System.out.println(score.report("signal detection on real corpus files, their laps as truth"));
        System.out.println("files: " + String.join(", ", scored));
        assertThat(scored).isNotEmpty();
        assertThat(score.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.negativeSessionsWithReps()).isZero();
        assertThat(score.medianBoundaryErrorS()).isLessThanOrEqualTo(3.0);
    }

    @Test
    void lapRepsOfTheIntervalSessionAreMeasuredNotSnapped() throws ReadException {
        // 1.42-1.64 km in 6 min: time-based reps, so no distance is forced on them.
        Session s = detector.detect(read("run_4x6min_ipbike_hrv.fit"), DetectMode.AUTO);
        assertThat(s.reps()).allSatisfy(r -> assertThat(r.basis()).isEqualTo(DistanceBasis.MEASURED));
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }
}
