package org.repcheck.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.RepKind;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason;
import org.repcheck.targets.TargetPlan;

/** A tempo block, or a rep too long for the interval rules, is judged by the threshold band (docs/science.md §3). */
class SustainedEffortTest {
    static final TargetPlan COACH = new TargetPlan(List.of(new TimeTrial(5000, 1200, Optional.empty())), "coach");

    static JudgedRep judge(RepKind kind, double distanceM, double timeS) {
        return Assessor.assess(Sessions.one(kind, distanceM, timeS), COACH).reps().get(0);
    }

    @Test
    void thresholdBandFromAFiveKmIn20IsDanielsTPlusMinusTwoPercentOfVv() {
        // vV 259.9 m/min: T (0.90) 4:16.5; 0.92 → 4:10.9, 0.88 → 4:22.3 (docs/science.md §3).
        JudgedRep j = judge(RepKind.TEMPO_BLOCK, 4706, 1200);
        assertThat(1000 / j.target().get().fastSpeedMps()).isCloseTo(250.9, within(0.1));
        assertThat(1000 / j.target().get().slowSpeedMps()).isCloseTo(262.3, within(0.15));
        assertThat(j.target().get().model()).isEqualTo("daniels-threshold");
    }

    @Test
    void twentyMinuteTempoAtThresholdIsOnTargetByTheThresholdRule() {
        // 4706 m in 20:00 = 4:15/km, ±2.7 s/km with GPS: wholly inside 4:10.9–4:22.3.
        JudgedRep j = judge(RepKind.TEMPO_BLOCK, 4706, 1200);
        assertThat(j.verdict()).isEqualTo(Verdict.ON_TARGET);
        assertThat(j.reason()).isInstanceOfSatisfying(VerdictReason.InsideBand.class,
                i -> assertThat(i.by().rule()).isEqualTo(JudgedBy.Rule.THRESHOLD));
    }

    @Test
    void twentyMinuteTempoIsNeverJudgedByThe400mTo1kmRule() {
        // At 3:58/km the coach rule extrapolated to 5 km (slow edge = TT pace 4:00) would call it on target or slow;
        // at threshold it is 13 s/km too fast.
        JudgedRep j = judge(RepKind.TEMPO_BLOCK, 5042, 1200);
        assertThat(j.verdict()).isEqualTo(Verdict.OVERCOOKED);
        assertThat(j.reason().judgedBy()).hasValueSatisfying(by -> {
            assertThat(by.rule()).isEqualTo(JudgedBy.Rule.THRESHOLD);
            assertThat(by.band().model()).isNotEqualTo("coach");
        });
    }

    @Test
    void aSixMinuteRepIsPastTheIntervalRulesAndJudgedAtThreshold() {
        JudgedRep j = judge(RepKind.REP, 1500, 360);
        assertThat(j.reason().judgedBy()).hasValueSatisfying(by -> assertThat(by.rule()).isEqualTo(JudgedBy.Rule.THRESHOLD));
        JudgedRep five = judge(RepKind.REP, 1250, 300);
        assertThat(five.reason().judgedBy()).hasValueSatisfying(by -> assertThat(by.rule()).isEqualTo(JudgedBy.Rule.INTERVAL));
    }

    @Test
    void aTempoSessionOnTargetGetsOnTargetAdvice() {
        Analysis a = Assessor.assess(Sessions.one(RepKind.TEMPO_BLOCK, 4706, 1200), COACH);
        assertThat(a.summary().advice()).isInstanceOf(SessionAdvice.OnTarget.class);
        assertThat(a.summary().advice().onTarget()).isTrue();
    }
}
