package org.repcheck.report;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Initialises the report's heavy machinery — fonts and their metrics, JFreeChart, Jackson, the templates — on a background
 * thread while the first file is still being read. A one-file run is mostly one-time start-up (about 0.5 s of it
 * here); on two cores that work overlaps the reading instead of following it. Harmless when the report is never
 * written: the thread is a daemon and its results are only warmed classes.
 */
public final class WarmUp {
    private WarmUp() {
    }

    public static void start() {
        Thread t = new Thread(WarmUp::run, "repcheck-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            XYSeries s = new XYSeries("warm-up");
            s.add(0, 1);
            s.add(1, 2);
            JFreeChart chart = ChartFactory.createXYLineChart("warm-up", "x", "y", new XYSeriesCollection(s));
            Charts.image(chart, 64, 48);
            Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().put("warm", 1.5));
            Class.forName(Templates.class.getName(), true, WarmUp.class.getClassLoader());
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            // Warming is an optimisation only; the real work will meet and report any real problem — also a heap
            // that one huge file exhausted while this thread was loading classes (its trace would reach stderr).
        }
    }
}
