package org.repcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** summary.json: the same rows as summary.csv, as a JSON array with the contract's conventions. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static String render(List<IndexRow> rows) {
        ArrayNode arr = Json.NODES.arrayNode();
        for (IndexRow r : rows) {
            arr.add(row(r));
        }
        return Json.pretty(arr);
    }

    static ObjectNode row(IndexRow r) {
        ObjectNode o = Json.document();
        o.put("file", r.file());
        nullable(o, "activity_id", r.activityId().orElse(null));
        Json.putInstant(o, "start", r.start());
        Json.putLocal(o, r.start(), r.clock());
        nullable(o, "sport", r.isFailed() ? null : r.sport());
        Json.putTenths(o, "distance_m", r.distanceM());
        if (r.isFailed()) {
            for (String k : List.of("reps", "overcooked", "on_target", "slow", "unjudged", "advice", "report")) {
                o.putNull(k);
            }
        } else {
            o.put("reps", r.reps());
            o.put("overcooked", r.overcooked());
            o.put("on_target", r.onTarget());
            o.put("slow", r.slow());
            o.put("unjudged", r.unjudged());
            o.put("advice", r.advice());
            nullable(o, "report", r.reportHref().orElse(null));
        }
        nullable(o, "error", r.error().orElse(null));
        o.put("athlete", r.athlete());
        o.put("name", r.title());
        o.set("same_as", Json.strings(r.sameAs()));
        return o;
    }

    private static void nullable(ObjectNode o, String key, String value) {
        if (value == null) {
            o.putNull(key);
        } else {
            o.put(key, value);
        }
    }
}
