package org.repcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The history page's pace charts read as paces, and one session measured without GPS does not flatten the rest. */
class HistoryChartsTest {
    private static final HistoryCharts CHARTS = new HistoryCharts(Units.METRIC);

    private static List<String> texts(Charts.ChartImage c) throws Exception {
        NodeList t = ChartsTest.decode(c.dataUri()).dom().getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.getLength(); i++) {
            out.add(t.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void paceTicksAreMinutesAndSecondsNotSeconds() throws Exception {
        var chart = CHARTS.sameWorkout(List.of(new HistoryCharts.GroupLine("6 × 400 m", List.of(
                new HistoryCharts.GroupPoint(LocalDate.of(2026, 5, 1), 215),
                new HistoryCharts.GroupPoint(LocalDate.of(2026, 5, 15), 210))))).orElseThrow();
        assertThat(texts(chart)).anyMatch(s -> s.matches("3:[0-5]\\d")).noneMatch(s -> s.matches("2\\d\\d(\\.\\d+)?"));
        var eff = CHARTS.efficiency(List.of(new HistoryCharts.EfficiencyPoint(LocalDate.of(2026, 5, 2), 330, false),
                new HistoryCharts.EfficiencyPoint(LocalDate.of(2026, 5, 9), 340, true)), List.of(), "HR 150 bpm")
                .orElseThrow();
        assertThat(texts(eff)).anyMatch(s -> s.matches("5:[0-5]\\d"));
    }

    @Test
    void aSessionAtTwiceTheMedianPaceIsOffTheScaleAndSaidSo() throws Exception {
        var chart = CHARTS.sameWorkout(List.of(new HistoryCharts.GroupLine("9 × 15 s", List.of(
                new HistoryCharts.GroupPoint(LocalDate.of(2026, 5, 1), 200),
                new HistoryCharts.GroupPoint(LocalDate.of(2026, 5, 8), 205),
                new HistoryCharts.GroupPoint(LocalDate.of(2026, 5, 15), 1600))))).orElseThrow();
        assertThat(chart.description()).contains("1 session is off the scale");
        assertThat(texts(chart)).noneMatch(s -> s.matches("2[0-9]:\\d\\d"));
    }
}
