package org.repcheck.io.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeAxisTest {
    private static final double T0 = TimeAxis.epochS(Instant.parse("2026-05-11T07:30:00Z"));
    private static final double NAN = Double.NaN;

    @Test
    void aFewMissingTimesAreKeptAsNaN() {
        TimeAxis a = TimeAxis.of(new double[] {T0, NAN, T0 + 2, T0 + 3}, 4, "points");
        assertThat(a.present()).isTrue();
        assertThat(a.offsetS(1)).isNaN();
        assertThat(a.offsetS(3)).isEqualTo(3);
        assertThat(a.warnings()).containsExactly("1 of 4 points have no time (kept, without a time)");
    }

    @Test
    void mostlyUntimedMeansNoAxis() {
        TimeAxis a = TimeAxis.of(new double[] {T0, NAN, NAN, NAN, NAN}, 5, "points");
        assertThat(a.present()).isFalse();
        assertThat(a.start()).isEmpty();
        assertThat(a.elapsedS()).isNaN();
        assertThat(a.warnings()).singleElement().asString().startsWith("no timestamps: only 1 of 5 points");
    }

    @Test
    void forwardJumpsAreKeptAndReported() {
        TimeAxis a = TimeAxis.of(new double[] {T0, T0 + 1, T0 + 1 + 3 * 86400}, 3, "points");
        assertThat(a.offsetS(2)).isEqualTo(1 + 3 * 86400);
        assertThat(a.warnings()).singleElement().asString().contains("jump forward").contains("+3 days")
                .contains("point 3");
    }

    @Test
    void anOriginJustBeforeTheFirstPointIsTheStart() {
        TimeAxis a = TimeAxis.of(new double[] {T0 + 1, T0 + 2}, 2, "trackpoints", T0);
        assertThat(a.start()).contains(Instant.parse("2026-05-11T07:30:00Z"));
        assertThat(a.offsetS(0)).isEqualTo(1);
        assertThat(a.elapsedS()).isEqualTo(2);
        TimeAxis far = TimeAxis.of(new double[] {T0 + 7200, T0 + 7201}, 2, "trackpoints", T0);
        assertThat(far.offsetS(0)).isZero();
    }

    @Test
    void timesWithoutZoneAreUtcAndOddTimesAreEmpty() {
        assertThat(XmlTimes.parse("2026-05-11T07:30:00")).contains(Instant.parse("2026-05-11T07:30:00Z"));
        assertThat(XmlTimes.parse("2026-05-11T09:30:00.5+02:00")).contains(Instant.parse("2026-05-11T07:30:00.5Z"));
        assertThat(XmlTimes.parse("yesterday")).isEmpty();
        assertThat(XmlTimes.parse("  ")).isEmpty();
    }

    @Test
    void oneFarFutureStampIsBridgedFromItsNeighboursWithAWarning() {
        double[] t = new double[100];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + i;
        }
        t[40] = TimeAxis.epochS(Instant.parse("2099-01-01T00:00:00Z"));
        TimeAxis a = TimeAxis.of(t, t.length, "points");
        assertThat(a.offsetS(40)).isEqualTo(40);
        assertThat(a.elapsedS()).isEqualTo(99);
        assertThat(a.warnings()).singleElement().asString()
                .startsWith("1 point has an implausible time (2099-01-01T00:00:00Z at point 41");
    }

    @Test
    void severalWholeActivitiesWeeksApartAreNotOutliers() {
        double[] t = new double[40];
        for (int i = 0; i < t.length; i++) {
            t[i] = T0 + i + (i >= 20 ? 60 * 86400 : 0);
        }
        TimeAxis a = TimeAxis.of(t, t.length, "trackpoints");
        assertThat(a.offsetS(30)).isEqualTo(30 + 60 * 86400);
        assertThat(a.warnings()).noneMatch(w -> w.contains("implausible"));
    }
}
