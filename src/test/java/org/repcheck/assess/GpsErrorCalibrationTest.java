package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GPS distance error in {@link PaceUncertainty} is set from real sessions: the true reps of corpus/reps
 * (REPS.tsv, the watch's own lap distances) against the haversine length of the same seconds of their lapless GPX
 * twin. Two measures of the same GPS fixes disagree by less than either's error against the ground, so this is a
 * floor the model must clear with room: it must cover nine in ten gaps, and a model half as wide must not.
 */
class GpsErrorCalibrationTest {
    static double sigma(double d, double scale) {
        return scale * (PaceUncertainty.GPS_FRACTION * d + PaceUncertainty.GPS_FIXED_M);
    }

    static double covered(List<GpsTwinSurvey.Pair> pairs, double scale) {
        long in = pairs.stream().filter(p -> Math.abs(p.twinM() - p.watchM()) <= sigma(p.watchM(), scale)).count();
        return (double) in / pairs.size();
    }

    @Test
    void onePercentPlusThreeMetresCoversNineInTenWatchVersusTrackGapsAndHalfOfItDoesNot() throws Exception {
        assumeTrue(Files.isRegularFile(GpsTwinSurvey.REPS.resolve("REPS.tsv")),
                "corpus/reps not found at " + GpsTwinSurvey.REPS.toAbsolutePath() + "; skipping");
        List<GpsTwinSurvey.Pair> pairs = GpsTwinSurvey.pairs();
        assertThat(pairs).hasSizeGreaterThan(100);
        double full = covered(pairs, 1.0);
        double half = covered(pairs, 0.5);
        System.out.printf("GPS error model: %d reps, 1 %% + 3 m covers %.1f %%, half of it %.1f %%%n", pairs.size(),
                100 * full, 100 * half);
        assertThat(full).isGreaterThanOrEqualTo(0.90);
        assertThat(half).isLessThan(0.90);
    }
}
