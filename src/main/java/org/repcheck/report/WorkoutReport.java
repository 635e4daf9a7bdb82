package org.repcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.repcheck.model.Intensity;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;

/**
 * A planned workout in words and JSON — the same for {@code repcheck plan} and for {@code repcheck inspect} on a
 * workout file, so what was planned and what the file holds compare key for key. Speeds are rounded to the mm/s
 * a FIT file stores, and paces are taken from those rounded speeds, so a plan and its file read back the same.
 */
public final class WorkoutReport {
    private WorkoutReport() {
    }

    /** {"type": "step"|"repeat", …} per node, repeats with their own "steps". */
    public static ArrayNode steps(List<PlanNode> nodes) {
        ArrayNode arr = Json.NODES.arrayNode();
        for (PlanNode n : nodes) {
            ObjectNode o = arr.addObject();
            if (n instanceof PlanNode.Repeat r) {
                o.put("type", "repeat");
                o.put("count", r.count());
                o.set("steps", steps(r.steps()));
            } else if (n instanceof PlanNode.Step s) {
                step(o, s);
            }
        }
        return arr;
    }

    private static void step(ObjectNode o, PlanNode.Step s) {
        o.put("type", "step");
        o.put("name", s.name());
        o.put("intensity", s.intensity().name().toLowerCase(Locale.ROOT));
        StepLength l = s.length();
        o.put("duration", l.kind().name().toLowerCase(Locale.ROOT));
        if (l.isDistance()) {
            o.put("distance_m", round(l.value(), 2));
        } else if (l.isTime()) {
            o.put("duration_s", round(l.value(), 3));
        }
        if (s.target().isEmpty()) {
            o.putNull("target");
            return;
        }
        SpeedRange r = s.target().get();
        double slow = round(r.slowMps(), 3);
        double fast = round(r.fastMps(), 3);
        ObjectNode t = o.putObject("target");
        t.put("slow_m_per_s", slow);
        t.put("fast_m_per_s", fast);
        t.put("fast_s_per_km", round(Units.secondsPerKm(fast), 1));
        t.put("slow_s_per_km", round(Units.secondsPerKm(slow), 1));
    }

    /** The object {@code inspect --json} prints for a workout file. */
    public static ObjectNode inspect(String file, PlannedWorkout w, List<String> warnings) {
        ObjectNode o = Json.document();
        o.put("file", file);
        o.put("format", "fit");
        o.put("file_type", "workout");
        o.put("name", w.name());
        o.put("sport", w.sport());
        o.set("steps", steps(w.steps()));
        o.set("warnings", Json.strings(warnings));
        o.putNull("error");
        return o;
    }

    /** What {@code inspect} prints for a workout file. */
    public static String inspectText(String file, PlannedWorkout w, Units u) {
        return String.format(Locale.ROOT, "%s: workout '%s' (%s), %d steps to run%n%s", file, w.name(),
                w.sport().isEmpty() ? "no sport" : w.sport(), w.unrolled().size(), table(w, u));
    }

    /** The steps as a table a runner reads: repeats as "6 ×" with their steps indented under them. */
    public static String table(PlannedWorkout w, Units u) {
        TextTable t = new TextTable(List.of("step", "length", "target pace", "rep time"));
        rows(t, w.steps(), "", u);
        return t.render("  ");
    }

    private static void rows(TextTable t, List<PlanNode> nodes, String indent, Units u) {
        for (PlanNode n : nodes) {
            if (n instanceof PlanNode.Repeat r) {
                t.row(indent + r.count() + " ×");
                rows(t, r.steps(), indent + "  ", u);
            } else if (n instanceof PlanNode.Step s) {
                t.row(indent + (s.name().isEmpty() ? intensity(s.intensity()) : s.name()), length(s.length(), u),
                        s.target().map(r -> u.pace(r.fastMps()) + "–" + u.pace(r.slowMps()) + " " + u.paceSuffix())
                                .orElse(s.intensity().isRecovery() ? "easy, no alert" : ""),
                        s.target().map(r -> repTime(s.length(), r)).orElse(""));
            }
        }
    }

    /** A distance step's time range, or the distance range a timed step covers inside its target. */
    private static String repTime(StepLength l, SpeedRange r) {
        if (l.isDistance()) {
            return Units.clock(l.value() / r.fastMps(), 1) + "–" + Units.clock(l.value() / r.slowMps(), 1);
        }
        if (l.isTime()) {
            return String.format(Locale.ROOT, "covers %.0f–%.0f m", l.value() * r.slowMps(), l.value() * r.fastMps());
        }
        return "";
    }

    /** Rep distances in metres, as tracks are marked; longer ones in the runner's km or miles. */
    static String length(StepLength l, Units u) {
        return switch (l.kind()) {
            case DISTANCE -> l.value() >= 1000 ? u.distance(l.value()).replace(".00 ", " ")
                    : String.format(Locale.ROOT, "%.0f m", l.value());
            case TIME -> Units.clock(l.value(), 0);
            case OPEN -> "lap button";
        };
    }

    private static String intensity(Intensity i) {
        return i.name().charAt(0) + i.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static double round(double v, int decimals) {
        double s = Math.pow(10, decimals);
        return Math.round(v * s) / s;
    }
}
