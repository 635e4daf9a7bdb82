package org.repcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;
import org.repcheck.report.JsonReport;
import org.repcheck.report.Units;
import org.repcheck.targets.TargetTable;

/**
 * What {@code repcheck targets} prints. It lives in cli because the table belongs to the targets package, which
 * the report package (model only) must not know.
 */
final class TargetsOutput {
    private TargetsOutput() {
    }

    static ObjectNode json(TargetTable t) {
        ObjectNode o = org.repcheck.report.Json.document();
        o.put("model", t.model());
        o.set("time_trial", trial(t.timeTrial()));
        ArrayNode used = o.putArray("time_trials_used");
        t.trialsUsed().forEach(tt -> used.add(trial(tt)));
        for (Map.Entry<String, Double> p : t.parameters().entrySet()) {
            o.put(p.getKey(), round(p.getValue(), 3));
        }
        ArrayNode arr = o.putArray("targets");
        for (TargetBand b : t.targets()) {
            ObjectNode r = arr.addObject();
            r.put("distance_m", Math.round(b.distanceM()));
            r.put("fast_s_per_km", round(Units.secondsPerKm(b.fastSpeedMps()), 1));
            r.put("slow_s_per_km", round(Units.secondsPerKm(b.slowSpeedMps()), 1));
            r.put("extrapolated", b.extrapolated());
        }
        return o;
    }

    private static ObjectNode trial(TimeTrial tt) {
        ObjectNode o = JsonReport.mapper().createObjectNode();
        o.put("distance_m", round(tt.distanceM(), 1));
        o.put("time_s", round(tt.timeS(), 1));
        if (tt.date().isPresent()) {
            o.put("date", tt.date().get().toString());
        } else {
            o.putNull("date");
        }
        return o;
    }

    static String text(TargetTable t, Units u) {
        StringBuilder sb = new StringBuilder();
        TimeTrial tt = t.timeTrial();
        sb.append(String.format(Locale.ROOT, "Targets (%s) from a %s time trial in %s (%s%s)%s%n", t.model(),
                distance(tt.distanceM()), Units.clock(tt.timeS(), 1), u.pace(tt.speedMps()), u.paceSuffix(),
                tt.date().map(d -> ", " + d).orElse("")));
        for (Map.Entry<String, Double> p : t.parameters().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %s = %.3f%n", p.getKey(), p.getValue()));
        }
        sb.append(String.format(Locale.ROOT, "%n  %-8s %-19s %-19s %s%n", "rep", "pace" + u.paceSuffix(),
                "rep time", ""));
        for (TargetBand b : t.targets()) {
            double fastTime = b.distanceM() / b.fastSpeedMps();
            double slowTime = b.distanceM() / b.slowSpeedMps();
            sb.append(String.format(Locale.ROOT, "  %-8s %-19s %-19s %s%n", distance(b.distanceM()),
                    u.pace(b.fastSpeedMps()) + "–" + u.pace(b.slowSpeedMps()),
                    Units.clock(fastTime, 1) + "–" + Units.clock(slowTime, 1),
                    b.extrapolated() ? "(extrapolated)" : ""));
        }
        return sb.toString();
    }

    private static String distance(double m) {
        return m >= 1000 && m % 100 == 0 ? String.format(Locale.ROOT, "%.1f km", m / 1000).replace(".0 km", " km")
                : String.format(Locale.ROOT, "%.0f m", m);
    }

    private static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }
}
