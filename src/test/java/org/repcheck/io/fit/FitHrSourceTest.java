package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.repcheck.io.Readers;
import org.repcheck.model.HrSource;

/**
 * Where the heart rate came from, read from the real files' device_info: a paired ANT+ or Bluetooth heart-rate
 * sensor is a strap and wins over the watch's own optical sensor; an old file without source_type lists only ANT+
 * devices; GPX says nothing.
 */
class FitHrSourceTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "reps/files/run_4x30s_hills_fr245_workout.fit, CHEST",
        "reps/files/run_marathon_race_epix2.fit, CHEST",
        "reps/files/run_6x400_vivoactive4_workout_i.fit, CHEST",
        "reps/files/run_tempo25min_hrtarget_fr245_workout.fit, WRIST",
        "reps/files/run_6x400_vivoactive4_workout_d.fit, WRIST",
        "files/run_fr110_2013.fit, CHEST",
        "files/run_fenix2_small.fit, UNKNOWN",
        "reps/gpx/run_4x30s_hills_fr245_workout.gpx, UNKNOWN",
    })
    void theHeartRateSourceIsReadFromTheSensorList(String file, HrSource expected) throws Exception {
        Path path = FitCorpusTest.CORPUS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "shared corpus file not found: " + path);
        assertThat(new Readers().read(path).hrSource()).isEqualTo(expected);
    }
}
