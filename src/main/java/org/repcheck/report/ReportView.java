package org.repcheck.report;

import java.util.List;

/**
 * Everything report.jte shows, already worded and formatted, so the template only lays it out (and jte escapes
 * every value). Built by {@link HtmlReport}; public only because the precompiled template lives in jte's package.
 *
 * @param athlete whose run it is, "" when no profile names one
 * @param adviceClass the advice box's CSS class: good (on target: green), bad (overcooked: red), plain otherwise
 */
public record ReportView(String title, String athlete, String fileName, String activityId, String when, String sport, String device,
                         String distance, String elapsed, String timer, String timeTrial, String model, String source,
                         String paceUnit, String advice, String adviceClass, Counts counts, String fade,
                         List<RepRow> reps, List<String> recoveryNotes, List<String> warnings, List<String> notes,
                         List<Charts.ChartImage> charts, String generatedAt, String indexHref) {

    /** Verdict counts for the header's badges. */
    public record Counts(int overcooked, int onTarget, int slow, int unjudged) {
    }

    /**
     * One rep row and the recovery that followed it (empty string when none).
     *
     * @param verdictClass CSS class: overcooked, on-target, slow, unjudged
     */
    public record RepRow(int number, String distance, String basis, String time, String pace, String band,
                         String delta, String verdictClass, String verdict, String reason, String uncertainty,
                         String hr, String recovery, String recoveryHrDrop) {
        public boolean hasRecovery() {
            return !recovery.isEmpty();
        }
    }

    public boolean hasAthlete() {
        return !athlete.isEmpty();
    }

    public boolean hasIndex() {
        return !indexHref.isEmpty();
    }
}
