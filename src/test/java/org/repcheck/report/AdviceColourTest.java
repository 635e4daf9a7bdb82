package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;
import org.repcheck.model.SessionAdvice;
import org.repcheck.model.SessionSummary;

/** The report's advice box is green only when the session was on target, red when anything was overcooked. */
class AdviceColourTest {
    static String adviceClassOf(int overcooked, SessionAdvice advice) {
        Analysis base = SampleAnalyses.trackSession("run.fit");
        SessionSummary s = new SessionSummary(overcooked, 0, 0, 6 - overcooked, Double.NaN, advice, List.of());
        Analysis a = new Analysis(base.session(), base.timeTrial(), base.model(), base.reps(), s, base.dPrimeBalance(),
                base.notes(), base.clock(), base.trialFindings());
        String html = HtmlReport.render(a, Units.METRIC, ReportContext.standalone("run.fit", "x", Instant.EPOCH));
        return html.replaceAll("(?s).*<p class=\"advice ([a-z]+)\">.*", "$1");
    }

    @Test
    void greenOnlyOnTarget() {
        assertThat(adviceClassOf(0, new SessionAdvice.OnTarget(6, 6, List.of()))).isEqualTo("good");
    }

    @Test
    void neutralWhenNothingCouldBeJudged() {
        assertThat(adviceClassOf(0, new SessionAdvice.TooUncertain(6))).isEqualTo("plain");
        assertThat(adviceClassOf(0, new SessionAdvice.NoReps())).isEqualTo("plain");
    }

    @Test
    void redWhenOvercooked() {
        assertThat(adviceClassOf(2, new SessionAdvice.TooUncertain(4))).isEqualTo("bad");
    }
}
