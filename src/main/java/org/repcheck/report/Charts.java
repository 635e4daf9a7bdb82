package org.repcheck.report;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.DPrimeBalance;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.Samples;
import org.repcheck.model.TargetBand;
import org.repcheck.model.Verdict;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report's charts, drawn headless with JFreeChart and returned as {@code data:image/svg+xml;base64,…} URIs so the
 * report is one self-contained file. Every chart is built from scratch per call (JFreeChart objects and
 * NumberFormats are not thread-safe), so one {@code Charts} may be used from many threads at once. Long series are
 * reduced to the plot's pixel width first ({@link SeriesReducer}), which is what keeps a 14-hour file fast.
 */
public final class Charts {
    public static final int DEFAULT_WIDTH = 960;
    public static final int DEFAULT_HEIGHT = 360;

    static final Color OVERCOOKED = new Color(0xD32F2F);
    static final Color ON_TARGET = new Color(0x2E7D32);
    static final Color SLOW = new Color(0x1E6FD9);
    static final Color UNJUDGED = new Color(0x8A8A8A);
    static final Color RECOVERY = new Color(0xBDBDBD);
    static final Color BAND = new Color(0x37474F);
    static final Color LINE = new Color(0x263238);
    static final Color GRID = new Color(0xECEEF0); // solid hairlines as light as the old 0.5 px dashes looked
    static final Color DPRIME = new Color(0xEF6C00);
    private static final BasicStroke GRID_STROKE = new BasicStroke(1f);

    /** Slowest pace (s/km) worth drawing: anything slower is walking or standing and is pinned to the axis. */
    private static final double SLOWEST_DRAWN_S_PER_KM = 900;
    /** Faster than this (s/km) is a GPS glitch, not running. */
    private static final double FASTEST_DRAWN_S_PER_KM = 100;

    static {
        ImageIO.setUseCache(false); // encode in memory; no temp files from parallel batch threads
    }

    private final Units units;
    private final int width;
    private final int height;

    public Charts(Units units) {
        this(units, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public Charts(Units units, int width, int height) {
        if (units == null || width < 100 || height < 100) {
            throw new IllegalArgumentException("charts need units and at least 100 × 100 pixels");
        }
        this.units = units;
        this.width = width;
        this.height = height;
    }

    /** One rendered chart: what it shows (for the page's heading and alt text) and the PNG as a data URI. */
    public record ChartImage(String id, String title, String description, String dataUri) {
    }

    /** Every chart that applies to this workout, in reading order: pace, reps vs bands, HR, route, D′. */
    public List<ChartImage> forAnalysis(Analysis a) {
        List<ChartImage> out = new ArrayList<>();
        pace(a).ifPresent(out::add);
        repsAgainstBands(a).ifPresent(out::add);
        heartRate(a).ifPresent(out::add);
        route(a).ifPresent(out::add);
        dPrimeBalance(a).ifPresent(out::add);
        return out;
    }

    public static Color verdictColor(Verdict v) {
        return switch (v) {
            case OVERCOOKED -> OVERCOOKED;
            case ON_TARGET -> ON_TARGET;
            case SLOW -> SLOW;
            case UNJUDGED -> UNJUDGED;
        };
    }

    static String verdictLabel(Verdict v) {
        return switch (v) {
            case OVERCOOKED -> "overcooked";
            case ON_TARGET -> "on target";
            case SLOW -> "slow";
            case UNJUDGED -> "unjudged";
        };
    }

    // ---- (1) pace over time --------------------------------------------------------------------------------

    /** Pace over the session, reps shaded by verdict with their band over them; empty without a time axis. */
    public Optional<ChartImage> pace(Analysis a) {
        Activity act = a.session().activity();
        Samples s = act.samples();
        if (!act.hasTimeAxis() || s.size() < 2) {
            return Optional.empty();
        }
        double[] minutes = minutes(s);
        double[] speed = smoothedSpeed(s);
        double[] pace = new double[speed.length];
        for (int i = 0; i < pace.length; i++) {
            pace[i] = Double.isNaN(speed[i]) ? Double.NaN
                    : speed[i] <= 0.05 ? Double.POSITIVE_INFINITY : units.secondsPerUnit(speed[i]);
        }
        double[] range = paceRange(a, pace);
        for (int i = 0; i < pace.length; i++) { // pin standing still and glitches to the axis edges
            if (!Double.isNaN(pace[i])) {
                pace[i] = Math.max(range[0], Math.min(range[1], pace[i]));
            }
        }
        SeriesReducer.Series reduced = SeriesReducer.reduce(minutes, pace, plotWidth());
        XYSeriesCollection data = new XYSeriesCollection(xySeries("pace", reduced));
        XYPlot plot = xyPlot(data, timeAxis(), paceAxis(range));
        XYLineAndShapeRenderer r = lineRenderer(LINE, 1.1f);
        plot.setRenderer(r);

        shadeRecoveries(plot, a);
        shadeReps(plot, a, 0.22f);
        for (JudgedRep j : a.reps()) {
            Rep rep = j.rep();
            double x0 = rep.startS() / 60, x1 = rep.endS() / 60;
            j.target().ifPresent(b -> {
                double fast = clampTo(range, units.secondsPerUnit(b.fastSpeedMps()));
                double slow = clampTo(range, units.secondsPerUnit(b.slowSpeedMps()));
                plot.addAnnotation(band(x0, x1, fast, slow, 90));
            });
            double repPace = units.secondsPerUnit(rep.speedMps());
            if (!Double.isNaN(repPace)) {
                double y = clampTo(range, repPace);
                plot.addAnnotation(new XYLineAnnotation(x0, y, x1, y, new BasicStroke(3f),
                        verdictColor(j.verdict()).darker()));
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem("pace", LINE));
        a.dPrimeBalance().filter(d -> d.timeS().length > 1).ifPresent(d -> {
            // docs/science.md §5: D′ balance belongs on the pace chart, on its own axis at the right.
            NumberAxis dAxis = new NumberAxis("D′ balance (m)");
            dAxis.setAutoRangeIncludesZero(true);
            plot.setRangeAxis(1, dAxis);
            plot.setDataset(1, new XYSeriesCollection(xySeries("D′ balance", dPrimeSeries(d))));
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, lineRenderer(DPRIME, 1.4f));
            legend.add(lineItem("D′ balance", DPRIME));
        });
        addVerdictItems(legend, a);
        legend.add(boxItem("target band", new Color(55, 71, 79, 140)));
        if (!a.session().recoveries().isEmpty()) {
            legend.add(boxItem("recovery", RECOVERY));
        }
        plot.setFixedLegendItems(legend);
        return Optional.of(render("pace", "Pace over the session", plot, height,
                "Pace against elapsed time; reps shaded by verdict with their target band drawn over them."));
    }

    /** Axis range [fast, slow] in s per display unit: the reps and bands always fit, stops are pinned below. */
    private double[] paceRange(Analysis a, double[] pace) {
        double[] finite = Arrays.stream(pace).filter(p -> !Double.isNaN(p) && !Double.isInfinite(p)).toArray();
        double fast = Double.POSITIVE_INFINITY, slow = Double.NEGATIVE_INFINITY;
        if (finite.length > 0) {
            Arrays.sort(finite);
            fast = finite[(int) (finite.length * 0.01)];
            slow = finite[(int) (finite.length * 0.90)];
        }
        for (JudgedRep j : a.reps()) {
            double p = units.secondsPerUnit(j.rep().speedMps());
            if (!Double.isNaN(p)) {
                fast = Math.min(fast, p);
                slow = Math.max(slow, p);
            }
            if (j.target().isPresent()) {
                fast = Math.min(fast, units.secondsPerUnit(j.target().get().fastSpeedMps()));
                slow = Math.max(slow, units.secondsPerUnit(j.target().get().slowSpeedMps()));
            }
        }
        double perKm = units.metresPerUnit() / 1000;
        double fastest = FASTEST_DRAWN_S_PER_KM * perKm, slowest = SLOWEST_DRAWN_S_PER_KM * perKm;
        if (Double.isInfinite(fast) || Double.isInfinite(slow)) {
            return new double[]{fastest, slowest};
        }
        double pad = Math.max(10 * perKm, (slow - fast) * 0.08);
        double lo = Math.max(fastest, fast - pad);
        double hi = Math.min(slowest, Math.max(slow + pad, fast + 30 * perKm));
        if (!(hi > lo + 30 * perKm)) {
            // Nothing faster than a walk (a 14 s test file, a stroll): show the drawable range rather than none.
            return new double[]{Math.min(lo, slowest - 30 * perKm), slowest};
        }
        return new double[]{lo, hi};
    }

    /**
     * A target band from {@code x0} to {@code x1}. On the inverted pace axis the slow (larger) pace is the box's
     * screen bottom: XYBoxAnnotation wants y0 below y1 on screen, else it draws a box of negative height (nothing).
     */
    private static XYBoxAnnotation band(double x0, double x1, double fastPace, double slowPace, int alpha) {
        return new XYBoxAnnotation(x0, Math.max(fastPace, slowPace), x1, Math.min(fastPace, slowPace),
                new BasicStroke(1f), BAND, new Color(55, 71, 79, alpha));
    }

    private static double clampTo(double[] range, double v) {
        return Math.max(range[0], Math.min(range[1], v));
    }

    // ---- (2) reps against their bands ----------------------------------------------------------------------

    /** One mark per rep at its pace, over its band; overcooked reps red with their delta written beside them. */
    public Optional<ChartImage> repsAgainstBands(Analysis a) {
        if (a.reps().isEmpty()) {
            return Optional.empty();
        }
        XYSeries trend = new XYSeries("rep pace", false);
        XYSeries[] byVerdict = new XYSeries[Verdict.values().length];
        for (Verdict v : Verdict.values()) {
            byVerdict[v.ordinal()] = new XYSeries(verdictLabel(v), false);
        }
        double fast = Double.POSITIVE_INFINITY, slow = Double.NEGATIVE_INFINITY;
        for (JudgedRep j : a.reps()) {
            double p = units.secondsPerUnit(j.rep().speedMps());
            if (Double.isNaN(p)) {
                continue;
            }
            trend.add(j.rep().index(), p);
            byVerdict[j.verdict().ordinal()].add(j.rep().index(), p);
            fast = Math.min(fast, p);
            slow = Math.max(slow, p);
            if (j.target().isPresent()) {
                fast = Math.min(fast, units.secondsPerUnit(j.target().get().fastSpeedMps()));
                slow = Math.max(slow, units.secondsPerUnit(j.target().get().slowSpeedMps()));
            }
        }
        if (trend.isEmpty()) {
            return Optional.empty();
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(trend);
        for (XYSeries s : byVerdict) {
            data.addSeries(s);
        }
        double perKm = units.metresPerUnit() / 1000;
        double pad = Math.max(4 * perKm, (slow - fast) * 0.2);
        double[] range = {fast - pad, slow + pad};
        NumberAxis repAxis = new NumberAxis("Rep");
        repAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        repAxis.setRange(0.4, a.reps().size() + 0.6);
        XYPlot plot = xyPlot(data, repAxis, paceAxis(range));

        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesPaint(0, new Color(0x90A4AE));
        r.setSeriesStroke(0, new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[]{4f, 4f}, 0f));
        Shape dot = new Ellipse2D.Double(-6, -6, 12, 12);
        for (Verdict v : Verdict.values()) {
            int i = 1 + v.ordinal();
            r.setSeriesPaint(i, verdictColor(v));
            r.setSeriesShape(i, dot);
        }
        plot.setRenderer(r);

        Font labelFont = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        for (JudgedRep j : a.reps()) {
            int i = j.rep().index();
            j.target().ifPresent(b -> plot.addAnnotation(band(i - 0.28, i + 0.28,
                    units.secondsPerUnit(b.fastSpeedMps()), units.secondsPerUnit(b.slowSpeedMps()), 60)));
            double p = units.secondsPerUnit(j.rep().speedMps());
            if (j.verdict() == Verdict.OVERCOOKED && !Double.isNaN(p) && !Double.isNaN(j.deltaSPerKm())) {
                double above = (range[1] - range[0]) * 0.035; // clear of the 12 px mark
                XYTextAnnotation label = new XYTextAnnotation(units.paceDelta(j.deltaSPerKm()) + " s", i,
                        p - above);
                label.setFont(labelFont);
                label.setPaint(OVERCOOKED);
                // The pace axis is inverted, so "above the mark" on screen is the bottom of the text box.
                label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(label);
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        addVerdictItems(legend, a);
        legend.add(boxItem("target band", new Color(55, 71, 79, 110)));
        plot.setFixedLegendItems(legend);
        return Optional.of(render("reps", "Each rep against its target band", plot, height,
                "One mark per rep at its pace over its target band; overcooked reps are red, labelled with how much "
                        + "faster than the band's fast edge they were (" + units.paceSuffix() + ")."));
    }

    // ---- (3) heart rate ------------------------------------------------------------------------------------

    public Optional<ChartImage> heartRate(Analysis a) {
        Activity act = a.session().activity();
        if (!act.hasTimeAxis() || !act.hasHeartRate()) {
            return Optional.empty();
        }
        Samples s = act.samples();
        double[] hr = new double[s.size()];
        for (int i = 0; i < hr.length; i++) {
            hr[i] = s.hr(i);
        }
        SeriesReducer.Series reduced = SeriesReducer.reduce(minutes(s), hr, plotWidth());
        NumberAxis hrAxis = new NumberAxis("Heart rate (bpm)");
        hrAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = xyPlot(new XYSeriesCollection(xySeries("heart rate", reduced)), timeAxis(), hrAxis);
        plot.setRenderer(lineRenderer(new Color(0x6A1B9A), 1.2f));
        shadeRecoveries(plot, a);
        shadeReps(plot, a, 0.25f);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem("heart rate", new Color(0x6A1B9A)));
        addVerdictItems(legend, a);
        plot.setFixedLegendItems(legend);
        return Optional.of(render("hr", "Heart rate", plot, height,
                "Heart rate against elapsed time, reps shaded by verdict."));
    }

    // ---- (4) route -----------------------------------------------------------------------------------------

    /** The route drawn east/north of its first point, reps coloured by verdict; empty without GPS. */
    public Optional<ChartImage> route(Analysis a) {
        Activity act = a.session().activity();
        if (!act.hasGps()) {
            return Optional.empty();
        }
        Samples s = act.samples();
        int n = s.size();
        double lat0 = Double.NaN, lon0 = Double.NaN;
        for (int i = 0; i < n && Double.isNaN(lat0); i++) {
            if (!Double.isNaN(s.lat(i)) && !Double.isNaN(s.lon(i))) {
                lat0 = s.lat(i);
                lon0 = s.lon(i);
            }
        }
        // Equirectangular: a degree of longitude is cos(lat) of a degree of latitude, so the path keeps its shape.
        double mPerDegLat = 111_320.0 / units.metresPerUnit();
        double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(lat0));
        int routeHeight = Math.max(height, (int) (width * 0.55));
        int[] idx = SeriesReducer.strideIndices(n, plotWidth() * 2);
        XYSeries path = new XYSeries("route", false);
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i : idx) {
            double x = (s.lon(i) - lon0) * mPerDegLon, y = (s.lat(i) - lat0) * mPerDegLat;
            path.add(x, y); // NaN breaks the line where GPS was lost
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(path);
        XYLineAndShapeRenderer r = lineRenderer(RECOVERY.darker(), 1.5f);
        int series = 1;
        boolean timed = act.hasTimeAxis();
        for (JudgedRep j : timed ? a.reps() : List.<JudgedRep>of()) {
            int from = firstAtOrAfter(s, j.rep().startS()), to = firstAtOrAfter(s, j.rep().endS());
            if (to - from < 2) {
                continue;
            }
            XYSeries repPath = new XYSeries("rep " + j.rep().index(), false);
            int step = Math.max(1, (to - from) / 400);
            for (int i = from; i <= Math.min(to, n - 1); i += step) {
                repPath.add((s.lon(i) - lon0) * mPerDegLon, (s.lat(i) - lat0) * mPerDegLat);
            }
            data.addSeries(repPath);
            r.setSeriesPaint(series, verdictColor(j.verdict()));
            r.setSeriesStroke(series, new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShapesVisible(series, false);
            series++;
        }
        if (Double.isInfinite(minX)) {
            return Optional.empty();
        }
        String unit = units.distanceLabel();
        NumberAxis xAxis = new NumberAxis("East (" + unit + ")");
        NumberAxis yAxis = new NumberAxis("North (" + unit + ")");
        // Same scale on both axes: widen whichever range is short for the plot's shape.
        double plotW = plotWidth(), plotH = routeHeight - 110.0;
        double spanX = Math.max(maxX - minX, 1e-4), spanY = Math.max(maxY - minY, 1e-4);
        double perPixel = Math.max(spanX / plotW, spanY / plotH) * 1.06;
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        xAxis.setRange(cx - perPixel * plotW / 2, cx + perPixel * plotW / 2);
        yAxis.setRange(cy - perPixel * plotH / 2, cy + perPixel * plotH / 2);
        // One tick spacing on both axes, about 8 across: the same grid square east and north.
        NumberTickUnit tick = new NumberTickUnit(niceStep(perPixel * plotW / 8));
        xAxis.setTickUnit(tick);
        yAxis.setTickUnit(tick);
        XYPlot plot = xyPlot(data, xAxis, yAxis);
        plot.setRenderer(r);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem("route", RECOVERY.darker()));
        if (timed) {
            addVerdictItems(legend, a);
        }
        plot.setFixedLegendItems(legend);
        return Optional.of(render("route", "Route", plot, routeHeight,
                "The route from GPS, north up, reps coloured by verdict."));
    }

    // ---- (5) D′ balance ------------------------------------------------------------------------------------

    public Optional<ChartImage> dPrimeBalance(Analysis a) {
        if (a.dPrimeBalance().isEmpty() || a.dPrimeBalance().get().timeS().length < 2) {
            return Optional.empty();
        }
        DPrimeBalance d = a.dPrimeBalance().get();
        SeriesReducer.Series reduced = dPrimeSeries(d);
        NumberAxis yAxis = new NumberAxis("D′ balance (m)");
        yAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = xyPlot(new XYSeriesCollection(xySeries("D′ balance", reduced)), timeAxis(), yAxis);
        plot.setRenderer(lineRenderer(DPRIME, 1.6f));
        shadeReps(plot, a, 0.22f);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(lineItem(String.format(Locale.ROOT, "D′ balance (D′ %.0f m, CS %s%s)", d.dPrimeM(),
                units.pace(d.criticalSpeedMps()), units.paceSuffix()), DPRIME));
        addVerdictItems(legend, a);
        plot.setFixedLegendItems(legend);
        return Optional.of(render("dprime", "D′ balance", plot, height,
                "Metres of D′ left over the session under the critical-speed model; each rep spends some."));
    }

    private SeriesReducer.Series dPrimeSeries(DPrimeBalance d) {
        double[] minutes = new double[d.timeS().length];
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = d.timeS()[i] / 60;
        }
        return SeriesReducer.reduce(minutes, d.balanceM(), plotWidth());
    }

    // ---- index: overcooked reps per ISO week ---------------------------------------------------------------

    /** Overcooked reps per ISO week over the batch (weeks without sessions show as zero); empty with no dates. */
    public Optional<ChartImage> overcookedPerWeek(List<IndexRow> rows) {
        // Keyed by the week's Monday, not year*100+week: that encoding breaks for years before 1 (a clock at
        // 0000-01-01 is in ISO week-based year -1), and a date is what the axis walks anyway.
        TreeMap<java.time.LocalDate, int[]> weeks = new TreeMap<>(); // Monday → {overcooked, judged}
        for (IndexRow r : rows) {
            if (r.isFailed() || r.start().isEmpty()) {
                continue;
            }
            // The runner's week, not UTC's (docs/science.md §9), keyed by its Monday (year-0 safe, see above).
            var key = mondayOf(r.localDate().get());
            int[] c = weeks.computeIfAbsent(key, k -> new int[2]);
            c[0] += r.overcooked();
            c[1] += r.overcooked() + r.onTarget() + r.slow();
        }
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        var first = weeks.firstKey();
        var last = weeks.lastKey();
        if (first.plusWeeks(104).isBefore(last)) {
            first = last.minusWeeks(104); // two years is as far back as a bar chart stays readable
        }
        for (var monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            String label = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                    monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            int[] c = weeks.getOrDefault(monday, new int[2]);
            data.addValue(c[0], "overcooked reps", label);
            data.addValue(c[1] - c[0], "other judged reps", label);
        }
        CategoryAxis weekAxis = new CategoryAxis("ISO week");
        if (data.getColumnCount() > 12) {
            weekAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis countAxis = new NumberAxis("Reps");
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var renderer = new org.jfree.chart.renderer.category.StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, OVERCOOKED);
        renderer.setSeriesPaint(1, new Color(0xC8E6C9));
        renderer.setMaximumBarWidth(0.08);
        CategoryPlot plot = new CategoryPlot(data, weekAxis, countAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(GRID_STROKE);
        plot.setOutlineVisible(false);
        JFreeChart chart = chart("Overcooked reps per week", plot);
        return Optional.of(new ChartImage("weeks", "Overcooked reps per week",
                "Stacked bars per ISO week: overcooked reps in red over the other judged reps.",
                image(chart, width, height)));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * mag >= raw) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static java.time.LocalDate mondayOf(java.time.LocalDate date) {
        return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    // ---- shared pieces -------------------------------------------------------------------------------------

    private int plotWidth() {
        return Math.max(50, width - 90); // the plot area, less axis labels and insets
    }

    private static double[] minutes(Samples s) {
        double[] m = new double[s.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = s.time(i) / 60;
        }
        return m;
    }

    /**
     * Speed, m/s, averaged over about 5 s: a watch's one-second speed jitters by a few s/km either way, which
     * buries the reps in noise. Falls back to distance over time when the file has no speed channel.
     */
    static double[] smoothedSpeed(Samples s) {
        int n = s.size();
        double[] v = new double[n];
        boolean hasSpeed = s.has(org.repcheck.model.Channel.SPEED);
        for (int i = 0; i < n; i++) {
            if (hasSpeed) {
                v[i] = s.speed(i);
            } else if (i == 0) {
                v[i] = Double.NaN;
            } else {
                double dt = s.time(i) - s.time(i - 1), dd = s.distance(i) - s.distance(i - 1);
                v[i] = dt > 0 && !Double.isNaN(dd) ? Math.max(0, dd / dt) : Double.NaN;
            }
        }
        double[] sum = new double[n + 1];
        int[] count = new int[n + 1];
        for (int i = 0; i < n; i++) {
            boolean ok = !Double.isNaN(v[i]);
            sum[i + 1] = sum[i] + (ok ? v[i] : 0);
            count[i + 1] = count[i] + (ok ? 1 : 0);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - 2), hi = Math.min(n, i + 3);
            int c = count[hi] - count[lo];
            out[i] = Double.isNaN(v[i]) || c == 0 ? Double.NaN : (sum[hi] - sum[lo]) / c;
        }
        return out;
    }

    /** Index of the first sample at or after time t (samples are in time order). */
    private static int firstAtOrAfter(Samples s, double t) {
        int lo = 0, hi = s.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static XYSeries xySeries(String name, SeriesReducer.Series s) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < s.size(); i++) {
            series.add(s.x()[i], s.y()[i], false);
        }
        return series;
    }

    private NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis("Elapsed time (min)");
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0.0);
        axis.setUpperMargin(0.0);
        return axis;
    }

    /** Pace axis in m:ss per display unit, inverted so that faster is up. */
    private NumberAxis paceAxis(double[] range) {
        NumberAxis axis = new NumberAxis("Pace (min" + units.paceSuffix() + ")");
        axis.setInverted(true);
        NumberFormat fmt = new PaceFormat();
        TickUnits ticks = new TickUnits();
        for (double t : new double[]{1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600}) {
            ticks.add(new NumberTickUnit(t, fmt));
        }
        axis.setStandardTickUnits(ticks);
        axis.setRange(range[0], range[1]);
        return axis;
    }

    private static XYPlot xyPlot(XYSeriesCollection data, NumberAxis x, NumberAxis y) {
        XYPlot plot = new XYPlot(data, x, y, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        gridStrokes(plot);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /**
     * Solid hairline grid. JFreeChart's default grid is dashed, and an anti-aliased dashed line is rasterised dash
     * by dash: the grid cost more to draw than the data. In the light grid colour solid reads the same.
     */
    private static void gridStrokes(XYPlot plot) {
        plot.setDomainGridlineStroke(GRID_STROKE);
        plot.setRangeGridlineStroke(GRID_STROKE);
    }

    private static XYLineAndShapeRenderer lineRenderer(Color color, float width) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, color);
        // Bevel joins: a series has up to two vertices per pixel column, and a round join is a curve to rasterise
        // at every one of them; at 1-2 px width a bevel looks the same.
        r.setSeriesStroke(0, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_BEVEL));
        // One path per series is several times faster than segment by segment; a NaN still starts a new subpath,
        // so gaps stay gaps.
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    private static void shadeReps(XYPlot plot, Analysis a, float alpha) {
        for (JudgedRep j : a.reps()) {
            IntervalMarker m = new IntervalMarker(j.rep().startS() / 60, j.rep().endS() / 60,
                    verdictColor(j.verdict()));
            m.setAlpha(alpha);
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.BACKGROUND);
        }
    }

    private static void shadeRecoveries(XYPlot plot, Analysis a) {
        for (Recovery r : a.session().recoveries()) {
            IntervalMarker m = new IntervalMarker(r.startS() / 60, r.endS() / 60, RECOVERY);
            m.setAlpha(0.25f);
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.BACKGROUND);
        }
    }

    /** Legend entries for the verdicts that occur, in a fixed order. */
    private static void addVerdictItems(LegendItemCollection legend, Analysis a) {
        for (Verdict v : Verdict.values()) {
            if (a.reps().stream().anyMatch(j -> j.verdict() == v)) {
                legend.add(boxItem(verdictLabel(v), verdictColor(v)));
            }
        }
    }

    private static LegendItem boxItem(String label, Paint paint) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-6, -6, 12, 12), paint);
    }

    private static LegendItem lineItem(String label, Paint paint) {
        return new LegendItem(label, null, null, null, new Rectangle2D.Double(-8, -1.5, 16, 3), paint);
    }

    private ChartImage render(String id, String title, XYPlot plot, int h, String description) {
        return new ChartImage(id, title, description, image(chart(title, plot), width, h));
    }

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        TextTitle t = new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16));
        t.setPaint(LINE);
        chart.setTitle(t);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return chart;
    }

    static {
        // Rotated text (the y axis's label) as a string, not as TextLayout's glyph outlines: in SVG the browser
        // draws the text, and it stays text a reader can select and a screen reader can read.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** Draws a chart as an SVG data URI (vector: the browser draws it, sharp at any zoom). */
    static String image(JFreeChart chart, int w, int h) {
        SvgGraphics2D g = new SvgGraphics2D(w, h);
        chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(g.svg().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Formats seconds per unit as m:ss for the pace axis ticks. One per axis: NumberFormat is not thread-safe. A
     * NumberFormat, not a DecimalFormat: DecimalFormat.format(double) takes a fast path that skips an override.
     */
    static final class PaceFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(Units.clock(number, 0));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return format((double) number, toAppendTo, pos);
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return new DecimalFormat().parse(source, parsePosition); // never used by an axis
        }
    }
}
