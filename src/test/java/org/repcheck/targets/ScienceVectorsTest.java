package org.repcheck.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/** Every vector of docs/science.md §1, §3, §4 and §5, each its own test: ±0.1 s, ±1 s where the doc says "table". */
class ScienceVectorsTest {
    static final double TENTH = 0.1;
    static final double TABLE = 1.0;

    static TimeTrial tt(double metres, double seconds) {
        return new TimeTrial(metres, seconds, Optional.empty());
    }

    /** "3:52.8" → 232.8 s. */
    static double ms(String clock) {
        String[] p = clock.split(":");
        return p.length == 2 ? Integer.parseInt(p[0]) * 60 + Double.parseDouble(p[1])
                : Integer.parseInt(p[0]) * 3600 + Integer.parseInt(p[1]) * 60 + Double.parseDouble(p[2]);
    }

    static double fastPace(TargetBand b) {
        return 1000.0 / b.fastSpeedMps();
    }

    static double slowPace(TargetBand b) {
        return 1000.0 / b.slowSpeedMps();
    }

    static void assertBand(TargetBand b, String fast, String slow) {
        assertThat(fastPace(b)).as("fast edge s/km").isCloseTo(ms(fast), within(TENTH));
        assertThat(slowPace(b)).as("slow edge s/km").isCloseTo(ms(slow), within(TENTH));
    }

    static void assertRepTimes(TargetBand b, String fast, String slow) {
        assertThat(b.distanceM() / b.fastSpeedMps()).as("fast rep time").isCloseTo(ms(fast), within(TENTH));
        assertThat(b.distanceM() / b.slowSpeedMps()).as("slow rep time").isCloseTo(ms(slow), within(TENTH));
    }

    @Nested
    @DisplayName("§1 coach rule table")
    class CoachTable {
        final CoachModel four = new CoachModel(tt(4000, ms("15:47.1")), false);
        final CoachModel five = new CoachModel(tt(5000, ms("20:00")), false);
        final CoachModel eight = new CoachModel(tt(8000, ms("32:46.7")), false);

        @Test void tt4kPace() { assertThat(four.parameters().get("tt_pace_s_per_km")).isCloseTo(ms("3:56.8"), within(TENTH)); }
        @Test void tt4k1kmBand() { assertBand(four.band(1000), "3:52.8", "3:53.8"); }
        @Test void tt4k400Band() { assertBand(four.band(400), "3:44.8", "3:48.8"); }
        @Test void tt4k400RepTime() { assertRepTimes(four.band(400), "1:29.9", "1:31.5"); }

        @Test void tt5kPace() { assertThat(five.parameters().get("tt_pace_s_per_km")).isCloseTo(ms("4:00.0"), within(TENTH)); }
        @Test void tt5k1kmBand() { assertBand(five.band(1000), "3:56.0", "3:57.0"); }
        @Test void tt5k400Band() { assertBand(five.band(400), "3:48.0", "3:52.0"); }
        @Test void tt5k400RepTime() { assertRepTimes(five.band(400), "1:31.2", "1:32.8"); }

        @Test void tt8kPace() { assertThat(eight.parameters().get("tt_pace_s_per_km")).isCloseTo(ms("4:05.8"), within(TENTH)); }
        @Test void tt8k1kmBand() { assertBand(eight.band(1000), "4:01.8", "4:02.8"); }
        @Test void tt8k400Band() { assertBand(eight.band(400), "3:53.8", "3:57.8"); }
        @Test void tt8k400RepTime() { assertRepTimes(eight.band(400), "1:33.5", "1:35.1"); }
    }

    @Nested
    @DisplayName("§1 coach interpolation, 5 km in 20:00")
    class CoachInterpolation {
        final CoachModel five = new CoachModel(tt(5000, 1200), false);

        @Test void band200IsExtrapolated() {
            TargetBand b = five.band(200);
            assertBand(b, "3:41.9", "3:48.2");
            assertThat(b.extrapolated()).isTrue();
        }

        @Test void band400() { assertBand(five.band(400), "3:48.0", "3:52.0"); assertThat(five.band(400).extrapolated()).isFalse(); }
        @Test void band800() { assertBand(five.band(800), "3:54.1", "3:55.8"); assertThat(five.band(800).extrapolated()).isFalse(); }
        @Test void band1000() { assertBand(five.band(1000), "3:56.0", "3:57.0"); }

        @Test void band1600SlowEdgeClampedToTtPace() {
            TargetBand b = five.band(1600);
            assertBand(b, "3:59.3", "4:00.0");
            assertThat(b.extrapolated()).isTrue();
        }

        @Test void anchorsAt300And1200AreNotExtrapolated() {
            assertThat(five.band(300).extrapolated()).isFalse();
            assertThat(five.band(1200).extrapolated()).isFalse();
            assertThat(five.band(299).extrapolated()).isTrue();
            assertThat(five.band(1201).extrapolated()).isTrue();
        }

        @Test void normalisingTo5kUsesRiegelEquivalent() {
            CoachModel eightNormalised = new CoachModel(tt(8000, ms("32:46.7")), true);
            // 8 km 32:46.7 → 5 km 19:55.0 → 3:59.0/km; 400 m band 3:47.0–3:51.0.
            assertBand(eightNormalised.band(400), "3:47.0", "3:51.0");
        }
    }

    @Nested
    @DisplayName("§3 Daniels VDOT")
    class Daniels {
        final DanielsModel fiveK = new DanielsModel(tt(5000, 1200));

        @Test void vdotOf5kIn20() { assertThat(fiveK.vdot()).isCloseTo(49.81, within(0.01)); }

        @Test void vVOf5kIn20() {
            assertThat(DanielsModel.vVMetresPerMin(fiveK.vdot())).isCloseTo(259.9, within(0.05));
            assertThat(1000.0 / fiveK.speedAt(1.0)).isCloseTo(ms("3:50.9"), within(TENTH));
        }

        @Test void tPace() { assertThat(1000.0 / fiveK.speedAt(DanielsModel.T)).isCloseTo(ms("4:16.5"), within(TENTH)); }

        @Test void iPace() {
            assertThat(1000.0 / fiveK.speedAt(DanielsModel.I)).isCloseTo(ms("3:55.6"), within(TENTH));
            assertThat(400.0 / fiveK.speedAt(DanielsModel.I)).isCloseTo(ms("1:34.2"), within(TENTH));
        }

        @Test void rPacePer400() { assertThat(400.0 / fiveK.speedAt(DanielsModel.R)).isCloseTo(ms("1:28.0"), within(TENTH)); }

        @Test void vdot49TableT() { assertThat(1000.0 / new DanielsModel(49).speedAt(DanielsModel.T)).isCloseTo(ms("4:20"), within(TABLE)); }
        @Test void vdot49TableI() { assertThat(400.0 / new DanielsModel(49).speedAt(DanielsModel.I)).isCloseTo(ms("1:35"), within(TABLE)); }
        @Test void vdot49TableR() { assertThat(400.0 / new DanielsModel(49).speedAt(DanielsModel.R)).isCloseTo(ms("1:29"), within(TABLE)); }

        @Test void repBandsUseRForShortIForLongAndInterpolateBetween() {
            assertBand(fiveK.band(1000), fmt(1000.0 / fiveK.speedAt(0.98) - 1.5), fmt(1000.0 / fiveK.speedAt(0.98) + 1.5));
            assertBand(fiveK.band(400), fmt(1000.0 / fiveK.speedAt(1.05) - 1.5), fmt(1000.0 / fiveK.speedAt(1.05) + 1.5));
            assertBand(fiveK.band(200), fmt(1000.0 / fiveK.speedAt(1.07) - 1.5), fmt(1000.0 / fiveK.speedAt(1.07) + 1.5));
            assertBand(fiveK.band(800), fmt(1000.0 / fiveK.speedAt(1.015) - 1.5), fmt(1000.0 / fiveK.speedAt(1.015) + 1.5));
            assertThat(fiveK.parameters()).containsKey("vdot");
        }

        private String fmt(double s) {
            return (int) (s / 60) + ":" + String.format(java.util.Locale.ROOT, "%04.1f", s % 60);
        }
    }

    @Nested
    @DisplayName("§4 Riegel")
    class RiegelVectors {
        final TimeTrial fiveK = tt(5000, 1200);

        @Test void fiveKTo400() { assertThat(Riegel.predictTimeS(fiveK, 400)).isCloseTo(ms("1:22.5"), within(TENTH)); }
        @Test void fiveKTo1k() { assertThat(Riegel.predictTimeS(fiveK, 1000)).isCloseTo(ms("3:37.9"), within(TENTH)); }
        @Test void fiveKTo10k() { assertThat(Riegel.predictTimeS(fiveK, 10000)).isCloseTo(ms("41:41.9"), within(TENTH)); }
        @Test void eightKTo5k() { assertThat(Riegel.normaliseTo5k(tt(8000, ms("32:46.7"))).timeS()).isCloseTo(ms("19:55.0"), within(TENTH)); }

        @Test void riegelModelBandIsRacePaceOver4dTo8d() {
            TargetBand b = new RiegelModel(fiveK).band(400);
            assertThat(400.0 / b.fastSpeedMps() * 4).isCloseTo(Riegel.predictTimeS(fiveK, 1600), within(1e-6));
            assertThat(400.0 / b.slowSpeedMps() * 8).isCloseTo(Riegel.predictTimeS(fiveK, 3200), within(1e-6));
        }
    }

    @Nested
    @DisplayName("§5 critical speed")
    class CriticalSpeed {
        final List<TimeTrial> efforts = List.of(tt(1200, 255), tt(2400, 555), tt(3600, 855));

        @Test void csIs4MetresPerSecond() throws TargetException {
            CriticalSpeedModel m = CriticalSpeedModel.fit(efforts, 0.2);
            assertThat(m.criticalSpeedMps()).isCloseTo(4.000, within(1e-9));
            assertThat(1000.0 / m.criticalSpeedMps()).isCloseTo(ms("4:10.0"), within(TENTH));
        }

        @Test void dPrimeIs180m() throws TargetException {
            assertThat(CriticalSpeedModel.fit(efforts, 0.2).dPrimeM()).isCloseTo(180, within(1e-6));
        }

        @Test void predicted5kIs2005() throws TargetException {
            assertThat(CriticalSpeedModel.fit(efforts, 0.2).predictTimeS(5000)).isCloseTo(ms("20:05"), within(TENTH));
        }

        @Test void repTargetSpendsTheShareOfDPrime() throws TargetException {
            CriticalSpeedModel m = CriticalSpeedModel.fit(efforts, 0.2);
            double v = m.speedForShare(400, 0.2);
            assertThat(v).isCloseTo(4.0 / (1 - 0.2 * 180 / 400), within(1e-9));
            assertThat(m.dPrimeSpent(400, v)).isCloseTo(36, within(1e-9));
            TargetBand b = m.band(400);
            assertThat(m.dPrimeSpent(400, b.fastSpeedMps())).isCloseTo(45, within(1e-9));
            assertThat(m.dPrimeSpent(400, b.slowSpeedMps())).isCloseTo(27, within(1e-9));
            assertThat(m.parameters()).containsKeys("critical_speed_m_per_s", "d_prime_m");
        }

        @Test void oneEffortIsAUsageError() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriticalSpeedModel.fit(List.of(tt(5000, 1200)), 0.2))
                    .isInstanceOf(TargetException.class).hasMessageContaining("two or more");
        }
    }
}
