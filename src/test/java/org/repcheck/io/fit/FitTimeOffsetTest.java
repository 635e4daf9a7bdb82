package org.repcheck.io.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The runner's offset from activity.local_timestamp − timestamp (docs/science.md §9). */
class FitTimeOffsetTest {
    @Test
    void aWholeHourOffsetIsRead() {
        assertThat(FitTime.offset(-8 * 3600)).contains(ZoneOffset.ofHours(-8));
    }

    @Test
    void stampsWrittenASecondApartStillGiveTheZone() {
        assertThat(FitTime.offset(2 * 3600 + 1)).contains(ZoneOffset.ofHours(2));
        assertThat(FitTime.offset(-8 * 3600 - 2)).contains(ZoneOffset.ofHours(-8));
    }

    @Test
    void quarterHourZonesSurvive() {
        assertThat(FitTime.offset(5 * 3600 + 45 * 60)).contains(ZoneOffset.ofHoursMinutes(5, 45));
    }

    @Test
    void aDifferenceNoZoneHasIsABrokenClockNotAnOffset() {
        assertThat(FitTime.offset(15 * 3600)).isEmpty();
        assertThat(FitTime.offset(-3 * 86400)).isEmpty();
        assertThat(FitTime.offset(Double.NaN)).isEmpty();
    }
}
