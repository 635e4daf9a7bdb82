package org.repcheck.report;

import java.util.List;

/** What index.jte shows, already worded; public only because the precompiled template lives in jte's package. */
public record IndexView(String generatedAt, int files, int analysed, int failedCount, int totalReps,
                        int totalOvercooked, List<Row> rows, List<Failed> failed, List<Charts.ChartImage> charts) {

    /** One analysed input: {@code href} links to its report. */
    public record Row(String date, String file, String sport, String distance, int reps, int overcooked,
                      int onTarget, int slow, int unjudged, String href, String advice) {
    }

    /** One input that could not be read, with its one-line error. */
    public record Failed(String file, String error) {
    }
}
