package org.repcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.model.TimeTrial;
import org.repcheck.plan.SessionSpec;
import org.repcheck.plan.WorkoutPlan;
import org.repcheck.report.JsonReport;
import org.repcheck.report.Units;
import org.repcheck.report.WorkoutReport;
import org.repcheck.targets.TimeTrials;

/**
 * What {@code repcheck plan} prints. In cli, like {@link TargetsOutput}, because the plan's reasons (model, TT,
 * the band behind each target) belong to the plan and targets packages, which report must not know.
 */
final class PlanOutput {
    static final String HOW_TO_LOAD = "copy it to GARMIN/NewFiles on your watch (USB), or import it in Garmin Connect";

    private PlanOutput() {
    }

    static ObjectNode json(WorkoutPlan p, Optional<Path> file) {
        ObjectNode o = org.repcheck.report.Json.document(); // schema_version first, as every document
        o.put("session", p.session().text());
        o.put("name", p.workout().name());
        o.put("sport", p.workout().sport());
        o.put("model", p.bands().model().name());
        TimeTrial tt = p.bands().timeTrial();
        ObjectNode t = o.putObject("time_trial");
        t.put("distance_m", round(tt.distanceM(), 1));
        t.put("time_s", round(tt.timeS(), 1));
        if (tt.date().isPresent()) {
            t.put("date", tt.date().get().toString());
        } else {
            t.putNull("date");
        }
        o.put("alert_margin_s_per_km", p.alertMarginSPerKm());
        ArrayNode targets = o.putArray("work_targets");
        for (WorkoutPlan.WorkTarget w : p.targets()) {
            ObjectNode r = targets.addObject();
            r.put("rep", SessionSpec.length(w.length()));
            r.put("band_distance_m", round(w.distanceM(), 1));
            r.put("distance_expected", !w.length().isDistance());
            r.put("band_fast_s_per_km", round(Units.secondsPerKm(w.band().fastSpeedMps()), 1));
            r.put("band_slow_s_per_km", round(Units.secondsPerKm(w.band().slowSpeedMps()), 1));
            r.put("extrapolated", w.band().extrapolated());
        }
        if (file.isPresent()) {
            o.put("file", file.get().toString());
        } else {
            o.putNull("file");
        }
        o.set("steps", WorkoutReport.steps(p.workout().steps()));
        return o;
    }

    static String text(WorkoutPlan p, Optional<Path> file, Units u) {
        StringBuilder sb = new StringBuilder();
        TimeTrial tt = p.bands().timeTrial();
        sb.append(String.format(Locale.ROOT, "%s · %s bands from %s (%s%s)%n", p.workout().name(),
                p.bands().model().name(), TimeTrials.describe(tt), u.pace(tt.speedMps()), u.paceSuffix()));
        for (WorkoutPlan.WorkTarget w : p.targets()) {
            if (!w.length().isDistance()) {
                sb.append(String.format(Locale.ROOT, "  %s: the band for %.0f m, the distance it covers at that pace%n",
                        SessionSpec.length(w.length()), w.distanceM()));
            }
            if (w.band().extrapolated()) {
                sb.append(String.format(Locale.ROOT, "  %s: the band is extrapolated beyond the model's anchors%n",
                        SessionSpec.length(w.length())));
            }
        }
        if (p.alertMarginSPerKm() > 0) {
            sb.append(String.format(Locale.ROOT, "  targets widened by %.1f s/km each side (--alert-margin)%n",
                    p.alertMarginSPerKm()));
        }
        sb.append('\n').append(WorkoutReport.table(p.workout(), u)).append('\n');
        sb.append(file.map(f -> "Wrote " + f + ": " + HOW_TO_LOAD + ".")
                .orElse("Add -o FILE.fit to write it as a workout file for your watch.")).append('\n');
        return sb.toString();
    }

    private static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }
}
