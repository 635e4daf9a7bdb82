package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.repcheck.model.TimeTrial;

class TimeTrialSpecTest {

    @ParameterizedTest(name = "distance {0} = {1} m")
    @CsvSource({
            "400, 400", "1600m, 1600", "1600M, 1600", "5k, 5000", "5km, 5000", "5KM, 5000", "10K, 10000", "8k, 8000",
            "3.2km, 3200", "1mi, 1609.344", "1mile, 1609.344", "1MILE, 1609.344", "2miles, 3218.688", "1 mi, 1609.344",
            "400.5, 400.5"})
    void everyDistanceSpelling(String text, double metres) throws TargetException {
        assertThat(TimeTrialSpec.parseDistance(text)).isCloseTo(metres, within(1e-9));
    }

    @ParameterizedTest(name = "time {0} = {1} s")
    @CsvSource({"75, 75", "31.5, 31.5", "20:00, 1200", "4:05.5, 245.5", "0:59, 59", "65:30, 3930", "1:05:30, 3930",
            "1:05:30.25, 3930.25", "2:00:00, 7200"})
    void everyTimeSpelling(String text, double seconds) throws TargetException {
        assertThat(TimeTrialSpec.parseTime(text)).isCloseTo(seconds, within(1e-9));
    }

    @Test
    void fullSpecWithDate() throws TargetException {
        TimeTrial tt = TimeTrialSpec.parse("5k=20:00@2026-09-01");
        assertThat(tt.distanceM()).isEqualTo(5000);
        assertThat(tt.timeS()).isEqualTo(1200);
        assertThat(tt.date()).contains(LocalDate.of(2026, 9, 1));
    }

    @Test
    void specWithoutDateIsUndated() throws TargetException {
        assertThat(TimeTrialSpec.parse("8k=33:10").date()).isEmpty();
        assertThat(TimeTrialSpec.parse(" 1mi = 5:40 ").timeS()).isEqualTo(340);
    }

    @Test
    void shortDistanceBareSecondsStillValid() throws TargetException {
        TimeTrial tt = TimeTrialSpec.parse("400=75");
        assertThat(tt.distanceM()).isEqualTo(400);
        assertThat(tt.timeS()).isEqualTo(75);
    }

    @Test
    void bareSecondsOf100OrMoreAreAmbiguous() {
        assertThatThrownBy(() -> TimeTrialSpec.parse("5k=2000"))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("--tt 5k=2000: time '2000' is ambiguous")
                .hasMessageContaining("33:20").hasMessageContaining("20:00")
                .hasMessageContaining("M:SS");
        assertThatThrownBy(() -> TimeTrialSpec.parse("1600=330")).hasMessageContaining("5:30").hasMessageContaining("3:30");
        assertThatThrownBy(() -> TimeTrialSpec.parse("5k=1200.0")).hasMessageContaining("20:00");
    }

    @Test
    void zeroDistance() {
        assertThatThrownBy(() -> TimeTrialSpec.parse("0=20:00"))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("--tt 0=20:00: distance '0' must be between 100 m and 100 km");
    }

    @Test
    void negativeTime() {
        assertThatThrownBy(() -> TimeTrialSpec.parse("5k=-1"))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("--tt 5k=-1: time '-1' is negative");
    }

    @Test
    void dateThatDoesNotParse() {
        assertThatThrownBy(() -> TimeTrialSpec.parse("5k=20:00@2026-13-45"))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("--tt 5k=20:00@2026-13-45: date '2026-13-45' is not a date; write YYYY-MM-DD");
    }

    @ParameterizedTest(name = "nonsense {0}")
    @ValueSource(strings = {"", "5k", "=20:00", "5k=", "fivek=20:00", "5x=20:00", "-5k=20:00", "5k=abc", "5k=20:60",
            "5k=1:60:00", "5k=20:00@", "5k=20:00@01/09/2026", "5k=0", "5k=0:00", "5k=20", "5k=9:00:00", "200k=10:00:00",
            "50=7", "5k=20:00:00:00", "1e3=3:00"})
    void nonsenseIsAOneLineUsageError(String spec) {
        assertThatThrownBy(() -> TimeTrialSpec.parse(spec))
                .isInstanceOf(TargetException.class)
                .hasMessageStartingWith("--tt " + spec.trim() + ": ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("e.g."));
    }

    @Test
    void implausiblyFastOrSlowPacesAreRejected() {
        assertThatThrownBy(() -> TimeTrialSpec.parse("5k=20")).hasMessageContaining("faster than any human");
        assertThatThrownBy(() -> TimeTrialSpec.parse("5k=9:00:00")).hasMessageContaining("slower than a walk");
    }

    @Test
    void describeDistance() {
        assertThat(TimeTrialSpec.describeDistance(5000)).isEqualTo("5 km");
        assertThat(TimeTrialSpec.describeDistance(400)).isEqualTo("400 m");
        assertThat(TimeTrialSpec.describeDistance(1609.344)).isEqualTo("1 mi");
        assertThat(TimeTrialSpec.describeDistance(3200)).isEqualTo("3.2 km");
    }
}
