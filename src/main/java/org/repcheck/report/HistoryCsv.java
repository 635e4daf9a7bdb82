package org.repcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The histories as CSV (docs/csv.md). {@code history.csv} is long ("tidy") — one row per number or code: athlete,
 * part, item, field, value — flattened from the very document {@link HistoryJson} builds, so it carries every
 * value history.json does, under the same names, whatever the part's shape. {@code week-after.csv} is the one part
 * a spreadsheet wants wide: a row per interval session with its evidence in columns.
 */
public final class HistoryCsv {
    static final List<String> LONG_HEADER = List.of("athlete", "part", "item", "field", "value");
    static final List<String> WEEK_AFTER_HEADER = List.of("athlete", "session", "session_date", "label", "finding",
            "post_runs", "post_run_count", "baseline_runs", "baseline_windows", "baseline_from", "baseline_to",
            "ref_hr_bpm", "ref_pace_s_per_km", "te_s_per_km", "swc_s_per_km", "mean_s_per_km", "low_s_per_km",
            "high_s_per_km", "degrees_of_freedom", "low_hr_at_pace", "caveats");
    /** The parts that are lists of items, and the key that names an item. */
    private static final Map<String, String> PARTS = Map.of("runs", "id", "week_after", "session", "workouts",
            "structure", "weeks", "week", "trials", "id", "efficiency", "id");

    private HistoryCsv() {
    }

    /** history.csv from history.json's document. */
    public static String longForm(ObjectNode document) {
        StringBuilder sb = new StringBuilder();
        SummaryCsv.line(sb, LONG_HEADER);
        for (JsonNode h : document.path("histories")) {
            String athlete = h.path("athlete").asText();
            for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> part = it.next();
                if (part.getKey().equals("athlete")) {
                    continue;
                }
                if (part.getValue().isArray()) {
                    int i = 0;
                    for (JsonNode item : part.getValue()) {
                        String name = itemName(part.getKey(), item, i++);
                        flatten(sb, athlete, part.getKey(), name, "", item);
                    }
                } else {
                    flatten(sb, athlete, part.getKey(), "", "", part.getValue());
                }
            }
        }
        return sb.toString();
    }

    private static String itemName(String part, JsonNode item, int index) {
        JsonNode key = item.path(PARTS.getOrDefault(part, "id"));
        if (key.isObject()) {
            key = key.path("text");
        }
        return key.isValueNode() && !key.isNull() ? key.asText() : Integer.toString(index + 1);
    }

    /** Every leaf under {@code node} as a row; list elements get their 1-based index in the field's path. */
    private static void flatten(StringBuilder sb, String athlete, String part, String item, String path, JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                flatten(sb, athlete, part, item, path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue());
            }
        } else if (node.isArray()) {
            int i = 1;
            for (JsonNode e : node) {
                flatten(sb, athlete, part, item, path + "." + i++, e);
            }
        } else {
            SummaryCsv.line(sb, List.of(athlete, part, item, path, node.isNull() ? "" : node.asText()));
        }
    }

    /** week-after.csv from history.json's document. */
    public static String weekAfter(ObjectNode document) {
        StringBuilder sb = new StringBuilder();
        SummaryCsv.line(sb, WEEK_AFTER_HEADER);
        for (JsonNode h : document.path("histories")) {
            for (JsonNode w : h.path("week_after")) {
                JsonNode b = w.path("baseline");
                JsonNode fit = b.path("fit");
                JsonNode i = w.path("interval");
                List<String> post = new ArrayList<>();
                w.path("post_runs").forEach(p -> post.add(p.path("id").asText()));
                List<String> caveats = new ArrayList<>();
                w.path("caveats").forEach(c -> caveats.add(c.asText()));
                SummaryCsv.line(sb, List.of(h.path("athlete").asText(), text(w, "session"), text(w, "session_date"),
                        text(w, "label"), text(w, "finding"), String.join(" | ", post), Integer.toString(post.size()),
                        text(b, "run_count"), text(b, "windows"), text(b, "from"), text(b, "to"),
                        text(fit, "ref_hr_bpm"), text(fit, "ref_pace_s_per_km"), text(fit, "te_s_per_km"),
                        text(fit, "swc_s_per_km"), text(i, "mean_s_per_km"), text(i, "low_s_per_km"),
                        text(i, "high_s_per_km"), text(i, "degrees_of_freedom"), text(w, "low_hr_at_pace"),
                        String.join(" | ", caveats)));
            }
        }
        return sb.toString();
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.path(key);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }
}
