package org.repcheck.report;

import java.util.List;

/**
 * What history.jte shows for one athlete, already worded; public only because the precompiled template lives in
 * jte's package. The five parts of issue 12 in reading order: the runs classified with their basis, the week after
 * each interval session, the same workout over time, the weekly load, the time trials found — and the charts.
 *
 * @param athlete  whose history ("" for runs no profile names)
 * @param anchor   the section's id on the page ("history" or "history-alex")
 * @param span     "129 runs · 2024-07-27 – 2025-04-19 · 38 weeks"
 * @param overcook the across-the-history comparison of the cost after overcooked and on-target sessions, worded
 */
public record HistoryView(String athlete, String anchor, String span, List<RunRow> runs, List<String> classCounts,
                          List<WeekAfterBox> weekAfters, String overcook, List<Group> groups, List<Week> weeks,
                          String loadNote, List<Trial> trials, List<Charts.ChartImage> charts) {

    public boolean named() {
        return !athlete.isEmpty();
    }

    /** The charts with these ids, in that order (each part shows its own). */
    public List<Charts.ChartImage> chartsFor(String... ids) {
        List<Charts.ChartImage> out = new java.util.ArrayList<>();
        for (String id : ids) {
            charts.stream().filter(c -> c.id().equals(id)).forEach(out::add);
        }
        return out;
    }

    /** One run: its class in words and the basis of it ("12 reps from workout steps", "112 min ≥ 90 min"). */
    public record RunRow(String id, String date, String file, String href, String runClass, String classCode,
                         String basis) {
        /** The file's own name without its folders ("…/16605515313_ACTIVITY.fit" → "16605515313_ACTIVITY.fit"). */
        public String shortName() {
            return HistoryWords.fileName(file);
        }
    }

    /**
     * The week after one interval session (SCIENCE §7), every statement with its evidence: which runs, how big the
     * baseline, the 90 % interval, the caveats. Without enough data {@code enough} is false and {@code statement}
     * says what was missing, with no number.
     *
     * @param sessionId   the digest id of the interval session (its report folder)
     * @param findingCode the finding as a stable code (slower_at_same_hr, not_enough_easy_runs, …)
     * @param runsUsed    the post-session runs used, each "Thu 16 Jan (D+1): 6.45 km, +12.3 s/km"
     */
    public record WeekAfterBox(String sessionId, String sessionDate, String sessionTitle, String sessionHref,
                               String findingCode, String finding, String findingClass, String statement,
                               boolean enough, List<Link> runsUsed, String baseline, String interval,
                               List<String> caveats) {
        public boolean hasSessionHref() {
            return !sessionHref.isEmpty();
        }
    }

    /** A run named in words with a link to its report ("" when it has none). */
    public record Link(String text, String href) {
        public boolean linked() {
            return !href.isEmpty();
        }
    }

    /** One structure ("6 × 400 m") and its sessions in date order. */
    public record Group(String structure, List<GroupSession> sessions) {
    }

    /**
     * One session of a group: its reps against their bands and HR, and the change since the previous session
     * ("2.0 s/km faster than last time at 4 bpm less"), "" for the first.
     */
    public record GroupSession(String date, String href, List<String> reps, String change) {
    }

    /** One ISO week of load. */
    public record Week(String week, int runs, String distance, String time, String load, int overcooked) {
    }

    /** A race or TT-like effort found, the TT it implies and how that compares with the TT in force. */
    public record Trial(String date, String href, String effort, String implied, String against) {
    }
}
