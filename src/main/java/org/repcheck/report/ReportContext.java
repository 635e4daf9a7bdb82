package org.repcheck.report;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a report sits and when it was made — what the page says about itself, not about the workout.
 *
 * @param fileName    the input as the user named it (shown, escaped; may be anything)
 * @param activityId  the report's folder name, {@link ActivityId}
 * @param generatedAt when this report was written
 * @param indexHref   link back to the batch's index page ("../index.html"); empty for a lone report
 * @param nextSessionHref the workout file for the next session beside the report ("next-session.fit"), if any
 * @param athlete     whose run it is, "" when no profile names one
 * @param title       the activity's own name (from the export's listing), "" when it has none
 */
public record ReportContext(String fileName, String activityId, Instant generatedAt, Optional<String> indexHref,
                            Optional<String> nextSessionHref, String athlete, String title) {
    public ReportContext {
        if (fileName == null || activityId == null || generatedAt == null || indexHref == null
                || nextSessionHref == null || athlete == null || title == null) {
            throw new IllegalArgumentException("report context fields must not be null");
        }
    }

    public ReportContext(String fileName, String activityId, Instant generatedAt, Optional<String> indexHref) {
        this(fileName, activityId, generatedAt, indexHref, Optional.empty(), "", "");
    }

    /** The same context naming the athlete and the activity's own name. */
    public ReportContext about(String athleteName, String activityTitle) {
        return new ReportContext(fileName, activityId, generatedAt, indexHref, nextSessionHref, athleteName,
                activityTitle);
    }

    /** The same context with a next-session workout file beside the report to link. */
    public ReportContext withNextSession(String href) {
        return new ReportContext(fileName, activityId, generatedAt, indexHref, Optional.of(href), athlete, title);
    }

    /** A report in a batch folder, DIR/&lt;activity-id&gt;/report.html, linking back to DIR/index.html. */
    public static ReportContext inBatch(String fileName, String activityId, Instant generatedAt) {
        return new ReportContext(fileName, activityId, generatedAt, Optional.of("../index.html"));
    }

    /** A report on its own, with no index to go back to. */
    public static ReportContext standalone(String fileName, String activityId, Instant generatedAt) {
        return new ReportContext(fileName, activityId, generatedAt, Optional.empty());
    }
}
