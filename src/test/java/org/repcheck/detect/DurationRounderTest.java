package org.repcheck.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationRounderTest {

    @Test
    void sixMinuteRepsRoundToTheWholeMinute() {
        assertThat(DurationRounder.common(new double[] {358, 362, 361, 359})).hasValue(360.0);
    }

    @Test
    void ninetySecondRepsRoundToTheHalfMinute() {
        assertThat(DurationRounder.common(new double[] {88.5, 91.5, 90.2, 89.4, 90.9})).hasValue(90.0);
    }

    @Test
    void fortyFiveSecondRepsRoundToTheQuarterMinute() {
        assertThat(DurationRounder.common(new double[] {44.1, 46.0, 45.3, 44.8})).hasValue(45.0);
    }

    @Test
    void repsOfDifferentLengthsShareNoDuration() {
        assertThat(DurationRounder.common(new double[] {63, 128, 185, 122, 70})).isEmpty();
        assertThat(DurationRounder.common(new double[] {200})).isEmpty();
    }

    @Test
    void oneOddRepInFourStillLeavesTheCommonDuration() {
        assertThat(DurationRounder.common(new double[] {180.5, 179.2, 181.0, 165.0})).hasValue(180.0);
    }

    @Test
    void distanceRepsRunInRoundTimesStayDistanceReps() {
        // 1000 m reps in about 3:30: the durations are near a whole 15 s, but the distances fit 1000 m better.
        double[] durations = {209.0, 211.5, 212.0, 208.5};
        double[] distances = {1003.0, 997.5, 1001.2, 998.8};
        assertThat(RepAssembler.timeBased(durations, distances, 210)).isFalse();
    }

    @Test
    void threeMinuteRepsAtDifferentPacesAreTimeReps() {
        // 3 min reps whose distances (783-812 m) happen to sit near 800 m.
        double[] durations = {180.4, 179.6, 180.9, 179.8};
        double[] distances = {812.0, 783.0, 796.0, 771.0};
        assertThat(RepAssembler.timeBased(durations, distances, 180)).isTrue();
    }
}
