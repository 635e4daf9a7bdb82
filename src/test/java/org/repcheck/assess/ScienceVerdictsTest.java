package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;
import org.repcheck.model.DistanceBasis;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;
import org.repcheck.model.VerdictReason;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.targets.CoachModel;
import org.repcheck.targets.TargetPlan;

/** docs/science.md §1 verdict vectors and the §2 uncertainty table, each its own test. */
class ScienceVerdictsTest {
    static final TargetPlan FIVE_K_20 = new TargetPlan(List.of(new TimeTrial(5000, 1200, Optional.empty())), "coach");

    /**
     * §1's vectors are about the band: a rep over an exactly known 400 m (a lap press at the mark, a track), timed
     * to the lap's 0.1 s — so only the timing uncertainty is left.
     */
    static JudgedRep judge400(double seconds) {
        Session s = Sessions.reps(400, DistanceBasis.WORKOUT_STEP, 90, seconds);
        Rep rep = s.reps().get(0);
        PaceUncertainty timingOnly = new PaceUncertainty(PaceUncertainty.sPerKm(400, seconds, 0, 0.1), true);
        return Assessor.judge(rep, s.activity(), new CoachModel(FIVE_K_20.trials().get(0), false), FIVE_K_20.trials().get(0),
                timingOnly);
    }

    @Nested
    @DisplayName("§1 verdicts, 400 m reps at TT pace 4:00")
    class Verdicts400 {
        @Test void rep88sIsOvercooked() {
            JudgedRep j = judge400(88);
            assertThat(j.verdict()).isEqualTo(Verdict.OVERCOOKED);
            assertThat(j.deltaSPerKm()).isCloseTo(220 - 228, within(0.1));
        }

        @Test void rep90sIsOvercooked() {
            JudgedRep j = judge400(90);
            assertThat(j.verdict()).isEqualTo(Verdict.OVERCOOKED);
            assertThat(j.deltaSPerKm()).isCloseTo(-3.0, within(0.1));
        }

        @Test void rep91sIsOvercookedJust() {
            JudgedRep j = judge400(91);
            assertThat(j.verdict()).isEqualTo(Verdict.OVERCOOKED);
            assertThat(j.deltaSPerKm()).isCloseTo(-0.5, within(0.1));
            assertThat(j.uncertaintySPerKm()).isLessThan(0.5);
        }

        @Test void rep92sIsOnTarget() {
            JudgedRep j = judge400(92);
            assertThat(j.verdict()).isEqualTo(Verdict.ON_TARGET);
            assertThat(j.deltaSPerKm()).isEqualTo(0.0);
        }

        @Test void rep93sIsSlow() {
            JudgedRep j = judge400(93);
            assertThat(j.verdict()).isEqualTo(Verdict.SLOW);
            assertThat(j.deltaSPerKm()).isCloseTo(0.5, within(0.1));
        }
    }

    @Nested
    @DisplayName("§2 measurement uncertainty, a 92 s rep")
    class Uncertainty {
        static double offset(double measuredM) {
            return PaceUncertainty.paceSPerKm(measuredM, 92) - 240.0;
        }

        @Test void measured390() {
            assertThat(PaceUncertainty.paceSPerKm(390, 92)).isCloseTo(3 * 60 + 55.9, within(0.1));
            assertThat(offset(390)).isCloseTo(-4.1, within(0.1));
        }

        @Test void measured400() {
            assertThat(PaceUncertainty.paceSPerKm(400, 92)).isCloseTo(3 * 60 + 50.0, within(0.1));
            assertThat(offset(400)).isCloseTo(-10.0, within(0.1));
        }

        @Test void measured410() {
            assertThat(PaceUncertainty.paceSPerKm(410, 92)).isCloseTo(3 * 60 + 44.4, within(0.1));
            assertThat(offset(410)).isCloseTo(-15.6, within(0.1));
        }

        @Test void onePercentOfDistanceIsAbout2point3SecondsPerKm() {
            double u = PaceUncertainty.sPerKm(400, 92, 4, 0);
            assertThat(u).isCloseTo(2.3, within(0.05));
            assertThat(u).isGreaterThan(CoachModel.halfWidthSPerKm(400));
        }

        @Test void gpsMeasured400OnTheBandIsUnjudged() {
            Analysis a = Assessor.assess(Sessions.gpsReps(400, DistanceBasis.MEASURED, 90, 92), FIVE_K_20);
            JudgedRep j = a.reps().get(0);
            assertThat(j.verdict()).isEqualTo(Verdict.UNJUDGED);
            assertThat(j.uncertaintySPerKm()).isGreaterThan(2.0);
            assertThat(j.reason()).isInstanceOf(VerdictReason.StraddlesEdge.class);
        }

        @Test void snappingChoosesTheDistanceButKeepsTheGpsUncertainty() {
            Analysis a = Assessor.assess(Sessions.gpsReps(400, DistanceBasis.SNAPPED, 90, 92), FIVE_K_20);
            assertThat(a.reps().get(0).verdict()).isEqualTo(Verdict.UNJUDGED);
            assertThat(a.reps().get(0).uncertaintySPerKm()).isCloseTo(4.03, within(0.01));
        }
    }

    /** §2: the verdict follows the interval [pace − u, pace + u]; 400 m band 3:48.0–3:52.0. */
    @Nested
    @DisplayName("§2 verdict interval rule, 400 m band 3:48.0–3:52.0")
    class IntervalRule {
        @Test void pace3m40PlusMinus5IsOvercooked() {
            assertThat(BandCheck.of(220, 228, 232, 5.0).verdict()).isEqualTo(Verdict.OVERCOOKED);
        }

        @Test void pace3m45PlusMinus5IsUnjudgedStraddlingTheFastEdge() {
            BandCheck c = BandCheck.of(225, 228, 232, 5.0);
            assertThat(c.verdict()).isEqualTo(Verdict.UNJUDGED);
            assertThat(c.edge()).isEqualTo(VerdictReason.Edge.FAST);
            assertThat(c.gapSPerKm()).isCloseTo(-3.0, within(1e-9));
        }

        @Test void pace3m50PlusMinus1point5IsOnTarget() {
            assertThat(BandCheck.of(230, 228, 232, 1.5).verdict()).isEqualTo(Verdict.ON_TARGET);
        }

        @Test void pace3m50PlusMinus2point5IsUnjudged() {
            assertThat(BandCheck.of(230, 228, 232, 2.5).verdict()).isEqualTo(Verdict.UNJUDGED);
        }

        @Test void pace4m05PlusMinus6IsSlow() {
            assertThat(BandCheck.of(245, 228, 232, 6.0).verdict()).isEqualTo(Verdict.SLOW);
        }

        @Test void repTwentyFasterWithFiveUncertaintyIsOvercookedWhateverTheBandWidth() {
            assertThat(BandCheck.of(208, 228, 232, 5.0).verdict()).isEqualTo(Verdict.OVERCOOKED);
        }

        @Test void repOneInsideWithThreeUncertaintyIsUnjudged() {
            assertThat(BandCheck.of(229, 228, 232, 3.0).verdict()).isEqualTo(Verdict.UNJUDGED);
        }
    }
}
