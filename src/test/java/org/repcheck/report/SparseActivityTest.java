package org.repcheck.report;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Channel;
import org.repcheck.model.Format;
import org.repcheck.model.RepSource;
import org.repcheck.model.Samples;
import org.repcheck.model.Session;
import org.repcheck.model.SessionSummary;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Files with little in them still give a report: no time axis, no HR, no reps, no TT, nothing at all. */
class SparseActivityTest {
    private static Analysis bare(Samples samples, Optional<Instant> start, String note) {
        Activity act = new Activity("route.gpx", Format.GPX, "running", "", start, Double.NaN, Double.NaN, Double.NaN,
                samples, List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                List.of("no timestamps: a route, not a recording"));
        Session s = new Session(act, RepSource.NONE, List.of(), List.of(), List.of(note));
        return new Analysis(s, Optional.empty(), "coach", List.of(),
                new SessionSummary(0, 0, 0, 0, Double.NaN, new org.repcheck.model.SessionAdvice.NoReps(), List.of()), Optional.empty(),
                List.of("add a time trial with --tt 5k=20:00"));
    }

    private static Samples routeWithoutTimes() {
        int n = 300;
        double[] lat = new double[n], lon = new double[n], time = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = 47.0 + i * 1e-5;
            lon[i] = i == 150 ? Double.NaN : 8.0 + Math.sin(i / 30.0) * 1e-4;
            time[i] = Double.NaN;
        }
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.LAT, lat);
        cols.put(Channel.LON, lon);
        cols.put(Channel.TIME, time);
        return Samples.of(n, cols);
    }

    @Test
    void routeWithoutTimesGetsOnlyTheRouteChartAndShowsWhy() {
        Analysis a = bare(routeWithoutTimes(), Optional.empty(), "no time axis: reps need times");
        String html = HtmlReport.render(a, Units.METRIC, ReportContext.standalone("route.gpx", "undated-abcdef",
                Instant.EPOCH));
        assertThat(html).contains("No reps were found", "no time axis: reps need times",
                "no timestamps: a route, not a recording", "undated", "add a time trial");
        assertThat(html.split(java.util.regex.Pattern.quote(ChartsTest.SVG_URI), -1)).hasSize(2); // the route only
        assertThat(TextReport.judge(a, Units.METRIC)).contains("no reps found", "advice: No reps found, so there is nothing to judge in this session.");
        assertThat(JsonReport.array(List.of(JsonReport.judge(a), JsonReport.inspect(a.session().activity()))))
                .doesNotContain("NaN");
        assertThat(JsonReport.inspect(a.session().activity()).get("start").isNull()).isTrue();
    }

    @Test
    void emptyActivityStillRenders() {
        Analysis a = bare(Samples.empty(), Optional.of(Instant.parse("2026-01-01T00:00:00Z")), "no samples");
        String html = HtmlReport.render(a, Units.IMPERIAL, ReportContext.standalone("e.fit", "x", Instant.EPOCH));
        assertThat(html).doesNotContain("data:image/");
        assertThat(IndexPage.render(List.of(IndexRow.of("e.fit", "x", a)), Units.METRIC)).contains("e.fit");
    }

    /** A 14 s, 6 m test file (the SDK's samples): slower than any pace the chart draws, yet it must render. */
    @Test
    void anActivitySlowerThanAnyDrawnPaceStillGetsItsPaceChart() {
        int n = 15;
        double[] time = new double[n], dist = new double[n], speed = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i;
            dist[i] = i * 0.4;
            speed[i] = 0.4;
        }
        Map<Channel, double[]> cols = new EnumMap<>(Channel.class);
        cols.put(Channel.TIME, time);
        cols.put(Channel.DISTANCE, dist);
        cols.put(Channel.SPEED, speed);
        Analysis a = bare(Samples.of(n, cols), Optional.of(Instant.parse("2026-01-01T00:00:00Z")), "no reps");

        assertThat(new Charts(Units.METRIC).pace(a)).isPresent();
        assertThat(new Charts(Units.IMPERIAL).pace(a)).isPresent();
    }
}
