package org.repcheck.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The history page's charts (issue 12): weekly load, the same workout over time, efficiency over time with the hard
 * sessions marked, and each week-after finding with its 90 % interval. Inputs are plain numbers in SI (paces in
 * s/km, distances in m), already taken from the history by {@link HistoryPage}; drawn like {@link Charts} (fresh
 * JFreeChart objects per call, PNG data URIs), so safe from any thread.
 */
public final class HistoryCharts {
    private static final Color HARD = Charts.OVERCOOKED;
    private static final Color EASY = Charts.SLOW;
    private static final Color AFTER_HARD = Charts.DPRIME;
    private static final Color[] GROUPS = {new Color(0x1E6FD9), new Color(0xEF6C00), new Color(0x2E7D32),
            new Color(0x8E24AA), new Color(0x00838F), new Color(0x6D4C41)};

    /** One ISO week: its Monday, distance run (m) and heart-rate load (TRIMP units). */
    public record WeekBar(LocalDate monday, double distanceM, double load) {
    }

    /** One session of a workout group: its local date and its reps' mean pace (s/km). */
    public record GroupPoint(LocalDate date, double paceSPerKm) {
    }

    /** One workout structure ("6 × 400 m") with its sessions in date order. */
    public record GroupLine(String structure, List<GroupPoint> points) {
    }

    /** One run's efficiency: its local date, its pace at the reference HR (s/km), whether a hard session preceded it. */
    public record EfficiencyPoint(LocalDate date, double paceSPerKm, boolean afterHard) {
    }

    /** One week-after finding: the session's date, the D+1..D+3 mean residual (s/km, + = slower) and its 90 % interval. */
    public record FindingPoint(LocalDate date, double meanSPerKm, double lowSPerKm, double highSPerKm,
                               double swcSPerKm) {
    }

    private final Units units;
    private final int width;
    private final int height;

    public HistoryCharts(Units units) {
        this.units = units;
        this.width = Charts.DEFAULT_WIDTH;
        this.height = Charts.DEFAULT_HEIGHT;
    }

    /** Bars of distance per ISO week (weeks without runs included), the heart-rate load as a line over them. */
    public Optional<Charts.ChartImage> weeklyLoad(List<WeekBar> weeks, String loadName) {
        if (weeks.isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset distance = new DefaultCategoryDataset();
        DefaultCategoryDataset load = new DefaultCategoryDataset();
        for (WeekBar w : weeks) {
            String label = String.format(Locale.ROOT, "%d-W%02d", w.monday().get(IsoFields.WEEK_BASED_YEAR),
                    w.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            distance.addValue(w.distanceM() / units.metresPerUnit(), "distance (" + units.distanceLabel() + ")", label);
            load.addValue(Double.isFinite(w.load()) ? w.load() : null, loadName, label);
        }
        CategoryAxis weekAxis = new CategoryAxis("ISO week");
        if (weeks.size() > 12) {
            weekAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x90CAF9));
        CategoryPlot plot = new CategoryPlot(distance, weekAxis, new NumberAxis("Distance (" + units.distanceLabel() + ")"),
                bars);
        plot.setDataset(1, load);
        plot.setRangeAxis(1, new NumberAxis(loadName));
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, Charts.LINE);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot);
        return Optional.of(image("load", "Weekly load", "Distance run per ISO week (bars) and the week's "
                + loadName + " (line); weeks without runs show empty.", plot));
    }

    /** How far from the median a session's mean rep pace may lie and still be drawn. */
    private static final double OFF_SCALE = 2;

    /** Each structure's mean rep pace, session by session (faster is higher). */
    public Optional<Charts.ChartImage> sameWorkout(List<GroupLine> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        // A session whose reps were measured without GPS (a lost signal, a treadmill without a footpod) can average
        // 25 min/km and squeeze every other line flat: paces over twice the median stay off the chart, said below.
        double median = org.repcheck.model.Median.of(groups.stream().flatMap(g -> g.points().stream())
                .mapToDouble(GroupPoint::paceSPerKm).filter(Double::isFinite).toArray());
        int offScale = 0;
        XYSeriesCollection data = new XYSeriesCollection();
        for (GroupLine g : groups) {
            XYSeries s = new XYSeries(g.structure(), false, true);
            for (GroupPoint p : g.points()) {
                if (!Double.isFinite(p.paceSPerKm())) {
                    continue;
                }
                if (p.paceSPerKm() > OFF_SCALE * median || p.paceSPerKm() < median / OFF_SCALE) {
                    offScale++;
                } else {
                    s.add(millis(p.date()), perUnit(p.paceSPerKm()));
                }
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < groups.size(); i++) {
            r.setSeriesPaint(i, GROUPS[i % GROUPS.length]);
            r.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        XYPlot plot = new XYPlot(data, dateAxis(), paceAxis("Mean rep pace"), r);
        style(plot);
        String off = offScale == 0 ? "" : " " + offScale + (offScale == 1 ? " session is" : " sessions are")
                + " off the scale (a mean rep pace over twice or under half the median, e.g. GPS lost): the list"
                + " below has " + (offScale == 1 ? "it." : "them.");
        return Optional.of(image("workouts", "The same workout over time", "Mean pace of the reps of each "
                + "workout structure, session by session; higher is faster." + off, plot));
    }

    /**
     * Pace at the reference easy HR per run over time: fresh runs in blue, runs within 3 days after a hard session in
     * orange, and each hard session itself (which has no such point: it is not an easy run) as a red line on its date.
     */
    public Optional<Charts.ChartImage> efficiency(List<EfficiencyPoint> points, List<LocalDate> hardSessions,
                                                  String referenceHr) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        XYSeries easy = new XYSeries("fresh runs", false, true);
        XYSeries hard = new XYSeries("runs in the 3 days after a hard session", false, true);
        for (EfficiencyPoint p : points) {
            if (Double.isFinite(p.paceSPerKm())) {
                (p.afterHard() ? hard : easy).add(millis(p.date()), perUnit(p.paceSPerKm()));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(easy);
        data.addSeries(hard);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, EASY);
        r.setSeriesPaint(1, AFTER_HARD);
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        XYPlot plot = new XYPlot(data, dateAxis(), paceAxis("Pace at " + referenceHr), r);
        for (LocalDate d : hardSessions) {
            ValueMarker m = new ValueMarker(millis(d), HARD, new BasicStroke(1f));
            m.setAlpha(0.5f);
            plot.addDomainMarker(m, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        style(plot);
        return Optional.of(image("efficiency", "Efficiency over time", "Each easy run's pace at " + referenceHr
                + " from its steady windows (higher is fitter); red lines mark the hard sessions, orange points the"
                + " runs of the three days after one.", plot));
    }

    /** The D+1..D+3 mean change per interval session with its 90 % interval, and the ± SWC band around zero. */
    public Optional<Charts.ChartImage> weekAfter(List<FindingPoint> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        XYIntervalSeries s = new XYIntervalSeries("mean change, 90 % interval");
        double swc = Double.NaN;
        for (FindingPoint f : findings) {
            double x = millis(f.date());
            s.add(x, x, x, units(f.meanSPerKm()), units(f.lowSPerKm()), units(f.highSPerKm()));
            swc = Double.isFinite(f.swcSPerKm()) ? f.swcSPerKm() : swc;
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setSeriesPaint(0, Charts.LINE);
        r.setErrorPaint(Charts.LINE);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        NumberAxis y = new NumberAxis("Slower (+) / faster (−) at the same HR, s" + units.paceSuffix());
        XYPlot plot = new XYPlot(data, dateAxis(), y, r);
        plot.addRangeMarker(new ValueMarker(0, Charts.BAND, new BasicStroke(1f)));
        if (Double.isFinite(swc)) {
            IntervalMarker band = new IntervalMarker(-units(swc), units(swc), new Color(0xC8E6C9));
            band.setAlpha(0.5f);
            plot.addRangeMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        style(plot);
        return Optional.of(image("week-after", "The week after each interval session", "For each interval session "
                + "with enough easy runs: the mean change in pace at the same HR over the next three days, with its "
                + "90 % interval; the green band is the smallest worthwhile change.", plot));
    }

    private double perUnit(double sPerKm) {
        return sPerKm * units.metresPerUnit() / 1000.0;
    }

    private double units(double sPerKm) {
        return Double.isFinite(sPerKm) ? perUnit(sPerKm) : Double.NaN;
    }

    private static double millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static DateAxis dateAxis() {
        DateAxis x = new DateAxis("Date");
        x.setTimeZone(java.util.TimeZone.getTimeZone("UTC")); // local dates drawn as dates, not shifted by a zone
        return x;
    }

    /** A pace axis in the runner's unit, m:ss ticks, inverted so that faster is higher. */
    private NumberAxis paceAxis(String label) {
        NumberAxis y = new NumberAxis(label + " (min" + units.paceSuffix() + ")");
        y.setAutoRangeIncludesZero(false);
        y.setInverted(true);
        // The ticks said "200 … 1,600" under "(min/km)": an anonymous DecimalFormat's override is skipped by its
        // own fast path, so the m:ss format is the report's.
        y.setNumberFormatOverride(new Charts.PaceFormat());
        return y;
    }

    private static void style(org.jfree.chart.plot.Plot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        if (p instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(Charts.GRID);
            xy.setRangeGridlinePaint(Charts.GRID);
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        } else if (p instanceof CategoryPlot c) {
            c.setRangeGridlinePaint(Charts.GRID);
        }
    }

    private Charts.ChartImage image(String id, String title, String description, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = Charts.chart(title, plot);
        return new Charts.ChartImage(id, title, description, Charts.image(chart, width, height));
    }
}
