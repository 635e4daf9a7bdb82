package org.repcheck.report;

import java.util.List;
import java.util.Locale;

/**
 * summary.csv: one row per input, RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled) so spreadsheets open it whatever the file names hold. Machine-readable: SI units, ISO instants.
 */
public final class SummaryCsv {
    static final List<String> HEADER = List.of("file", "activity_id", "start", "sport", "distance_m", "reps",
            "overcooked", "on_target", "slow", "unjudged", "advice", "error", "athlete", "name", "same_as");

    private SummaryCsv() {
    }

    public static String render(List<IndexRow> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER);
        for (IndexRow r : rows) {
            line(sb, List.of(r.file(), r.activityId().orElse(""), r.start().map(Json::instant).orElse(""),
                    r.sport(), Double.isNaN(r.distanceM()) ? "" : String.format(Locale.ROOT, "%.1f", r.distanceM()),
                    r.isFailed() ? "" : Integer.toString(r.reps()),
                    r.isFailed() ? "" : Integer.toString(r.overcooked()),
                    r.isFailed() ? "" : Integer.toString(r.onTarget()),
                    r.isFailed() ? "" : Integer.toString(r.slow()),
                    r.isFailed() ? "" : Integer.toString(r.unjudged()),
                    r.advice(), r.error().orElse(""), r.athlete(), r.title(), String.join(" | ", r.sameAs())));
        }
        return sb.toString();
    }

    static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /** RFC 4180 §2.6–2.7: quote when needed, double the quotes inside. */
    static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
