package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repcheck.io.Readers;
import org.repcheck.synth.SessionGenerator;
import org.repcheck.synth.Spec;

/**
 * The runner's speed follows the terrain's grade and ignores a GPS chip's: pinned on real twins with and without a
 * barometer, and on generated sessions whose altitude is known to be one or the other.
 */
class GradeResponseTest {
    private static final Path GPX = Path.of("..", "shared", "corpus", "reps", "gpx");

    private static double slopeOf(Track track) {
        double[] v = SmoothedSpeed.of(track);
        boolean[] all = new boolean[track.n];
        java.util.Arrays.fill(all, true);
        return GradeResponse.slope(track, all, v, Grades.over(track, Grades.HALF_S)).orElseThrow();
    }

    private static Track real(String name) throws Exception {
        Path gpx = GPX.resolve(name);
        assumeTrue(Files.isRegularFile(gpx), "real lapless twin not found at " + gpx.toAbsolutePath() + "; skipping");
        return Track.of(new Readers().read(gpx), w -> { }).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run_4x2min_hills_fr245_workout.gpx", "run_7x1min_speedplay_fr245_workout.gpx",
        "run_tempo40min_buildups_fr245_workout.gpx", "run_3x3min_cruise_fr245_workout.gpx"})
    void speedIgnoresTheGradeOfAWatchWithoutABarometer(String fr245) throws Exception {
        assertThat(slopeOf(real(fr245))).isGreaterThan(Grades.WEAK_RESPONSE_SLOPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run_6x400_fr745_workout_h.gpx", "run_6x400_vivoactive4_workout_d.gpx",
        "run_fartlek_8reps_epix2_openrepeat_a.gpx", "run_4x1km_fenix5x_workout.gpx"})
    void speedFollowsTheGradeOfABarometer(String barometric) throws Exception {
        assertThat(slopeOf(real(barometric))).isLessThan(Grades.WEAK_RESPONSE_SLOPE);
    }

    /**
     * Every generated hilly session with barometric altitude reads as followed; GPS altitude on flat ground reads as
     * ignored in nearly all (a chance wander can line up with a session's own pace changes: 2 of 24 here).
     */
    @Test
    void generatedHillsAreFollowedAndGeneratedGpsAltitudeIsNot() {
        int hills = 0;
        int noise = 0;
        int noiseIgnored = 0;
        for (long seed = 1000; seed < 1100; seed++) {
            Spec spec = SessionGenerator.realisticSpec(seed);
            boolean gps = spec.altitudeNoiseM() > 0;
            if (gps == spec.hills()) {
                continue;
            }
            Track t = Track.of(SessionGenerator.intervals(seed, spec).activity(), w -> { }).orElseThrow();
            double slope = slopeOf(t);
            if (gps) {
                noise++;
                noiseIgnored += slope > Grades.WEAK_RESPONSE_SLOPE ? 1 : 0;
            } else {
                hills++;
                    assertThat(slope).as("seed %d, barometric hills", seed)
                        .isLessThan(Grades.WEAK_RESPONSE_SLOPE);
            }
        }
        System.out.printf("[grade response] generated: %d barometric hilly sessions, all followed; %d of %d GPS-altitude "
                + "sessions ignored%n", hills, noiseIgnored, noise);
        assertThat(hills).isGreaterThan(5);
        assertThat(noise).isGreaterThan(10);
        assertThat(noiseIgnored).as("GPS-altitude sessions read as ignored, of %d", noise)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.9 * noise));
    }
}
