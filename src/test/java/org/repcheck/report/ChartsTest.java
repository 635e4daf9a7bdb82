package org.repcheck.report;

import org.junit.jupiter.api.Test;
import org.repcheck.model.Analysis;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    @Test
    void sessionWithHrAndGpsGetsPaceRepsHrAndRouteChartsThatDecode() throws Exception {
        List<Charts.ChartImage> charts = new Charts(Units.METRIC).forAnalysis(SampleAnalyses.trackSession("run.fit"));
        assertThat(charts).extracting(Charts.ChartImage::id).containsExactly("pace", "reps", "hr", "route");
        for (Charts.ChartImage c : charts) {
            Svg svg = decode(c.dataUri());
            assertThat(svg.width()).isEqualTo(Charts.DEFAULT_WIDTH);
            assertThat(svg.height()).isPositive();
        }
        dumpForEyes(charts);
    }

    @Test
    void dPrimeBalanceChartAppearsOnlyWhenTheAnalysisHasIt() throws Exception {
        Charts charts = new Charts(Units.IMPERIAL);
        assertThat(charts.dPrimeBalance(SampleAnalyses.trackSession("run.fit"))).isEmpty();
        Analysis withDPrime = SampleAnalyses.trackSession("run.fit", SampleAnalyses.START, true);
        var dp = charts.dPrimeBalance(withDPrime);
        assertThat(dp).isPresent();
        assertThat(decode(dp.get().dataUri())).isNotNull();
        assertThat(charts.forAnalysis(withDPrime)).extracting(Charts.ChartImage::id).contains("dprime");
        var pace = charts.pace(withDPrime).orElseThrow();
        dumpForEyes(List.of(dp.get(), new Charts.ChartImage("pace-dprime-imperial", "", "", pace.dataUri())));
    }

    @Test
    void fourteenHourOneSecondFileChartsWellUnderASecondOnceWarm() {
        Analysis day = SampleAnalyses.longDay();
        Charts charts = new Charts(Units.METRIC);
        charts.forAnalysis(day); // first use loads fonts and classes
        // CPU time of this thread, not wall time: the build machine runs other jobs, and a busy neighbour should
        // not fail a test about this code's own cost.
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        List<Charts.ChartImage> all = charts.forAnalysis(day);
        long ms = (cpu.getCurrentThreadCpuTime() - t0) / 1_000_000;
        System.out.println("all charts of a 14-hour 1 s file: " + ms + " ms CPU");
        assertThat(all).hasSize(4);
        assertThat(ms).as("ms for all charts of a 50,400-sample file").isLessThan(1000);
    }

    @Test
    void chartsRenderInParallelFromOneInstance() throws Exception {
        Charts charts = new Charts(Units.METRIC);
        Analysis a = SampleAnalyses.trackSession("run.fit");
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Charts.ChartImage>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> charts.forAnalysis(a)));
            }
            for (var f : futures) {
                assertThat(f.get()).hasSize(4);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void weeklyOvercookedChartCountsAcrossRows() throws Exception {
        var rows = List.of(IndexRow.of("a.fit", "a", SampleAnalyses.trackSession("a.fit")),
                IndexRow.of("b.fit", "b", SampleAnalyses.trackSession("b.fit",
                        java.time.Instant.parse("2026-06-02T07:00:00Z"), false)),
                IndexRow.failed("c.fit", "broken"));
        var chart = new Charts(Units.METRIC).overcookedPerWeek(rows);
        assertThat(chart).isPresent();
        assertThat(decode(chart.get().dataUri())).isNotNull();
        dumpForEyes(List.of(chart.get()));
    }

    @Test
    void weeklyChartDrawsDatesBeforeYearOne() throws Exception {
        // 0000-01-01 lies in ISO week-based year -1: the old year*100+week key could not name its Monday.
        var rows = List.of(IndexRow.of("zero.gpx", "z", SampleAnalyses.trackSession("zero.gpx",
                java.time.Instant.parse("0000-01-01T00:00:00Z"), false)));
        var chart = new Charts(Units.METRIC).overcookedPerWeek(rows);
        assertThat(chart).isPresent();
        assertThat(decode(chart.get().dataUri())).isNotNull();
    }

    /** A chart's SVG, parsed: its size and its text. */
    record Svg(int width, int height, String xml, org.w3c.dom.Document dom) {
    }

    /** Decodes a chart's data URI and parses it as XML: a chart that is not well-formed SVG fails here. */
    static Svg decode(String dataUri) throws Exception {
        assertThat(dataUri).startsWith(SVG_URI);
        byte[] bytes = Base64.getDecoder().decode(dataUri.substring(SVG_URI.length()));
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        var root = dom.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        return new Svg(Integer.parseInt(root.getAttribute("width")), Integer.parseInt(root.getAttribute("height")),
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8), dom);
    }

    static final String SVG_URI = "data:image/svg+xml;base64,";

    /** Leaves the charts in target/ for a person to look at. */
    private static void dumpForEyes(List<Charts.ChartImage> charts) throws Exception {
        Path dir = Path.of("target", "chart-samples");
        Files.createDirectories(dir);
        for (Charts.ChartImage c : charts) {
            byte[] svg = Base64.getDecoder().decode(c.dataUri().substring(c.dataUri().indexOf(',') + 1));
            Files.write(dir.resolve(c.id() + ".svg"), svg);
        }
    }
}
