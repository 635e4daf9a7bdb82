package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.repcheck.model.JudgedBy;
import org.repcheck.model.RecoveryFinding;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.TrialFinding;
import org.repcheck.model.Verdict;
import org.repcheck.model.VerdictReason;

/** The words of judgements, pinned, in both unit systems: the values come from assess, the words only from here. */
class SentencesTest {
    static final TargetBand BAND_400 = new TargetBand(400, 1000 / 228.0, 1000 / 232.0, "coach", false);
    static final JudgedBy COACH_400 = new JudgedBy(JudgedBy.Rule.INTERVAL, BAND_400, false);
    static final TimeTrial FIVE_K = new TimeTrial(5000, 1200, Optional.of(LocalDate.of(2026, 9, 1)));
    final Sentences metric = new Sentences(Units.METRIC);
    final Sentences imperial = new Sentences(Units.IMPERIAL);

    @Test
    void outsideTheBandSaysByHowMuchWhichBandAndTheUncertainty() {
        var r = new VerdictReason.OutsideBand(COACH_400, -13.0, 3.8);
        assertThat(metric.reason(r)).isEqualTo("13.0 s/km faster than the coach band 3:48.0–3:52.0/km for 400 m, ±3.8 s/km");
        assertThat(imperial.reason(r)).isEqualTo("20.9 s/mi faster than the coach band 6:06.9–6:13.4/mi for 400 m, ±6.1 s/mi");
    }

    @Test
    void aStraddleSaysWhichEdgeAndByHowMuch() {
        // docs/science.md §2: "3.1 s/km faster than the band, ±4.0".
        var r = new VerdictReason.StraddlesEdge(COACH_400, VerdictReason.Edge.FAST, -3.1, 4.0);
        assertThat(metric.reason(r)).isEqualTo("3.1 s/km faster than the fast edge of the coach band 3:48.0–3:52.0/km "
                + "for 400 m, ±4.0 s/km: too close to call");
        var inside = new VerdictReason.StraddlesEdge(COACH_400, VerdictReason.Edge.SLOW, -1.0, 3.0);
        assertThat(metric.reason(inside)).startsWith("1.0 s/km inside the slow edge of the coach band");
    }

    @Test
    void aThresholdVerdictNamesItsRule() {
        TargetBand t = new TargetBand(4700, 1000 / 250.9, 1000 / 262.3, "daniels-threshold", false);
        var r = new VerdictReason.InsideBand(new JudgedBy(JudgedBy.Rule.THRESHOLD, t, false), 2.7);
        assertThat(metric.reason(r)).isEqualTo("inside the threshold band 4:10.9–4:22.3/km (Daniels T pace ± 2 %), ±2.7 s/km");
    }

    @Test
    void raceDistancesKeepTheirNameInImperial() {
        var r = new VerdictReason.FasterThanRacePace(COACH_400, 206.3, -6.3, 3.0, FIVE_K);
        assertThat(imperial.reason(r)).isEqualTo(
                "faster than your predicted 400 m race pace 5:32.0/mi (Riegel from your 5 km in 20:00): overcooked under any model");
        assertThat(imperial.trialFinding(new TrialFinding.Stale(FIVE_K, LocalDate.of(2026, 12, 1), 91, 84)))
                .startsWith("the time trial in force, 5 km in 20:00 (2026-09-01), is 13 weeks old on 2026-12-01")
                .doesNotContain("mi");
    }

    @Test
    void adviceInEitherUnit() {
        var missed = new SessionAdvice.Missed(Verdict.OVERCOOKED, List.of(1, 2, 3), 9.4, 15.2, List.of(COACH_400));
        assertThat(metric.advice(missed)).isEqualTo("Reps 1–3 were 9–15 s/km too fast; aim for 1:31–1:33 per 400 m next time.");
        assertThat(imperial.advice(missed)).isEqualTo("Reps 1–3 were 15–24 s/mi too fast; aim for 1:31–1:33 per 400 m next time.");
        assertThat(metric.advice(new SessionAdvice.NotJudged(new VerdictReason.NoTimeTrial(Optional.empty()))))
                .isEqualTo("Add a time trial (--tt 5k=20:00 or an athlete.yaml) to have these reps judged.");
        assertThat(metric.advice(new SessionAdvice.OnTarget(2, 2, List.of(COACH_400))))
                .isEqualTo("All 2 reps were on target; keep to 1:31–1:33 per 400 m.");
    }

    @Test
    void recoveryNotesNameTheRulesSource() {
        var cut = new RecoveryFinding(3, 45, 90, RecoveryFinding.Kind.CUT_SHORT, RecoveryFinding.WorkPace.R, 20,
                OptionalInt.of(4), 6.0);
        assertThat(metric.recovery(cut)).isEqualTo("recovery after rep 3 was 45 s, under twice the 90 s rep (HR fell 20 bpm), "
                + "and rep 4 slowed by 6 s/km — Daniels: after R-pace work (about mile race pace and faster), recover 2–3× the work");
        assertThat(imperial.recovery(cut)).contains("slowed by 10 s/mi").doesNotContain("/km");
        var longI = new RecoveryFinding(1, 300, 235, RecoveryFinding.Kind.TOO_LONG, RecoveryFinding.WorkPace.I, Double.NaN,
                OptionalInt.empty(), Double.NaN);
        assertThat(metric.recovery(longI)).isEqualTo("recovery after rep 1 was 5:00, longer than the 3:55 rep needs — "
                + "Daniels: after I-pace work (about 3–5 km race pace), recover about as long as the work bout, no longer");
    }

    @Test
    void aFasterEffortSaysTheTtItImplies() {
        var f = new TrialFinding.FasterEffort(new TimeTrial(5000, 1140, Optional.of(LocalDate.of(2026, 10, 1))), 1200,
                FIVE_K, new TimeTrial(5000, 1140, Optional.of(LocalDate.of(2026, 10, 1))));
        assertThat(metric.trialFinding(f)).isEqualTo("this run holds a 5 km in 19:00, faster than the 20:00 your time trial "
                + "5 km in 20:00 (2026-09-01) predicts (Riegel): it implies a 5 km time trial of 19:00 (--tt 5k=19:00@2026-10-01)");
    }
}
