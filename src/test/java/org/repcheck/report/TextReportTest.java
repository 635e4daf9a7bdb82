package org.repcheck.report;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;

import static org.assertj.core.api.Assertions.assertThat;

class TextReportTest {
    private final Analysis analysis = SampleAnalyses.trackSession("run.fit");

    @Test
    void judgeTableSpellsOutEveryVerdictAndMarksOvercookedReps() {
        String text = TextReport.judge(analysis, Units.METRIC);
        assertThat(text).contains("OVERCOOKED !", "on target", "slow", "3:48.0–3:52.0", "3:40.0", "−8.0");
        assertThat(text.lines().filter(l -> l.contains("OVERCOOKED")).count()).isEqualTo(3);
        assertThat(text).contains("recovery 1:30 jog", "HR drop 25");
        assertThat(text).contains("summary: 3 overcooked, 2 on target, 1 slow, 0 unjudged");
    }

    @Test
    void adviceIsTheLastLine() {
        String text = TextReport.judge(analysis, Units.METRIC);
        assertThat(text.strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("advice: Reps 1–3 were 3–9 s/km too fast; aim for 1:31–1:33 per 400 m next time.");
    }

    @Test
    void imperialShowsPacesPerMile() {
        String text = TextReport.judge(analysis, Units.IMPERIAL);
        assertThat(text).contains("pace/mi", "band/mi", "5:54.1"); // 220 s/km × 1.609344 = 354.1 s/mi
    }

    @Test
    void repsTableListsRepsWithTheirDistanceBasis() {
        String text = TextReport.reps(analysis.session(), Units.METRIC);
        assertThat(text).contains("reps from: workout", "400 m (workout step), GPS 403 m", "1:28.0");
        assertThat(text).doesNotContain("OVERCOOKED");
    }

    @Test
    void inspectShowsDeviceAndWarnings() {
        String text = TextReport.inspect(analysis.session().activity(), Units.METRIC);
        assertThat(text).contains("garmin forerunner745", "warning", "paused 5 s");
    }
}
