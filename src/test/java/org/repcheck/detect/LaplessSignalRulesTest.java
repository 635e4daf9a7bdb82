package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repcheck.io.Readers;
import org.repcheck.model.Activity;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.Session;

/**
 * Each rule of the signal path that the real lapless twins taught, pinned on the real session it came from: the
 * file gives exactly its true reps (the corpus README's matching rule), and the note says which rule spoke.
 */
class LaplessSignalRulesTest {
    private static final Path GPX = Path.of("..", "shared", "corpus", "reps", "gpx");

    @BeforeAll
    static void truth() throws Exception {
        RealSessionScoreTest.readTruth();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "run_5x4min_laps|run_5x4min_laps.tcx|warm-up strides far shorter than the reps are not reps",
        "run_3x600m_fenix6x_manual_a|run_3x600m_fenix6x_manual_a.fit|the first seconds of the recording are no rep",
        "run_5x20s_strides_fr245_workout_b|run_5x20s_strides_fr245_workout_b.fit|a cool-down jog far slower than the strides is no stride",
        "run_fastfinish10min_fr245_workout|run_fastfinish10min_fr245_workout.fit|a fast finish is one block, with no running after it",
        "run_tempo25min_hrtarget_fr245_workout|run_tempo25min_hrtarget_fr245_workout.fit|a tempo inside a bridged stretch is found as the block",
        "run_5x400_walkrest_fr245_workout|run_5x400_walkrest_fr245_workout.fit|a GPS-altitude climb does not cut a flat rep in half",
        "run_3x1700m_1k_standrest_fr245_manual|run_3x1700m_1k_standrest_fr245_manual.fit|a rep that opens with a surge and settles is one rep",
        "run_4x2min_hills_fr245_workout|run_4x2min_hills_fr245_workout.fit|GPS altitude's wander does not chop a hill rep",
        "run_5x20s_strides_walkrec_fr245_workout|run_5x20s_strides_walkrec_fr245_workout.fit|a session of 20 s strides gives its strides",
        "run_4x1km_fenix5x_workout|run_4x1km_fenix5x_workout.fit|a rep held up for 20 s inside is one rep, not two",
    })
    void realLaplessSessionGivesExactlyItsTrueReps(String stem, String truthFile, String rule) throws Exception {
        Path gpx = twin(stem);
        RealSessionScoreTest.Score score = new RealSessionScoreTest.Score();
        score.add(stem, RealSessionScoreTest.truthOf(truthFile), found(gpx));
        assertThat(score.exact).as(rule + ": " + score.line(stem)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"run_3x15min_hilly_long_fr245_workout"})
    void descentsOfAHillyLongRunAreNotReps(String stem) throws Exception {
        Path gpx = twin(stem);
        Session s = new RepDetector().detect(new Readers().read(gpx), DetectMode.SIGNAL);
        assertThat(s.reps()).as("23 descents were once reported as reps").isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.contains("heart rate does not climb"));
    }

    /**
     * The epix 2 fartlek with walked recoveries: its five reps lie one to two minutes apart, after a warm-up whose
     * first 100 s and a surge at ten minutes stood out too, eight minutes before the set. Those are not its reps;
     * a stride five minutes before the set still reads as one (the lenient ruler of the README counts it extra).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"run_fartlek_5reps_walkrec_epix2_manual"})
    void boutsFarBeforeTheSetAreNotItsReps(String stem) throws Exception {
        RealSessionScoreTest.Score score = new RealSessionScoreTest.Score();
        score.add(stem, RealSessionScoreTest.truthOf(stem + ".fit"), found(twin(stem)));
        assertThat(score.matched).as(score.line(stem)).isEqualTo(5);
        assertThat(score.extra).as(score.line(stem)).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"run_4x2min_hills_fr245_workout"})
    void aWatchWithoutABarometerIsReadWithTheGradeOverTwoMinutes(String stem) throws Exception {
        Session s = new RepDetector().detect(new Readers().read(twin(stem)), DetectMode.SIGNAL);
        assertThat(s.notes()).anyMatch(n -> n.contains("does not follow the altitude's 30 s grade"));
        assertThat(s.reps()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"run_fastfinish10min_fr245_workout"})
    void aFastFinishIsATempoBlock(String stem) throws Exception {
        Path gpx = twin(stem);
        Session s = new RepDetector().detect(new Readers().read(gpx), DetectMode.AUTO);
        assertThat(s.reps()).singleElement().extracting(Rep::kind).isEqualTo(RepKind.TEMPO_BLOCK);
    }

    /** The real lapless twin, or the test is skipped with a message when ../shared is absent. */
    private static Path twin(String stem) {
        Path gpx = GPX.resolve(stem + ".gpx");
        assumeTrue(Files.isRegularFile(gpx), "real lapless twin not found at " + gpx.toAbsolutePath() + "; skipping");
        return gpx;
    }

    private static List<double[]> found(Path file) throws Exception {
        Activity a = new Readers().read(file);
        Session s = new RepDetector().detect(a, DetectMode.AUTO);
        double t0 = a.start().map(t -> t.getEpochSecond() + t.getNano() * 1e-9).orElse(0.0);
        List<double[]> out = new ArrayList<>();
        for (Rep r : s.reps()) {
            out.add(new double[] {t0 + r.startS(), t0 + r.startS() + r.durationS()});
        }
        return out;
    }
}
