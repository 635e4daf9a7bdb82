package org.repcheck.report;

import java.util.List;

/**
 * What index.jte shows, already worded; public only because the precompiled template lives in jte's package. The
 * batch's index has a group per athlete; an athlete's page has that athlete's group only and links back.
 *
 * @param title     the page's heading ("All workouts", "Alex")
 * @param backHref  link back to the whole batch's index, "" on the index itself
 */
public record IndexView(String title, String backHref, String generatedAt, int files, int analysed, int failedCount,
                        int totalReps, int totalOvercooked, List<Group> groups, List<Failed> failed,
                        List<Charts.ChartImage> charts, List<HistoryView> histories,
                        List<HistoryLink> historyLinks) {

    /** A link to an athlete's history on their own page, with its span ("95 runs · 2024-11-11 – 2025-04-19"). */
    public record HistoryLink(String athlete, String href, String span) {
    }

    /** One athlete's workouts; {@code athlete} "" for runs no profile names, {@code href} to their page or "". */
    public record Group(String athlete, String href, int reps, int overcooked, List<Row> rows) {
        public boolean named() {
            return !athlete.isEmpty();
        }
    }

    /** One analysed input: {@code href} links to its report; {@code sameAs} the other files of the same run. */
    public record Row(String date, String file, String title, String sport, String distance, int reps,
                      int overcooked, int onTarget, int slow, int unjudged, String href, String advice,
                      List<String> sameAs) {
    }

    /** One input that could not be read, with its one-line error. */
    public record Failed(String file, String error) {
    }

    public boolean hasBack() {
        return !backHref.isEmpty();
    }
}
