package org.repcheck.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.repcheck.model.Activity;
import org.repcheck.model.Rep;
import org.repcheck.model.Session;

/**
 * What a report is titled: the name the athlete gave the activity when the export has one, else what the session
 * was — "6 × 400 m", "5 × 3 min", "8 reps" for mixed ones, or the sport and distance of a run without reps. A tab
 * of twenty reports all titled "Intervals" tells a coach nothing.
 */
final class SessionTitle {
    private SessionTitle() {
    }

    static String of(Session s, String listedName, Units u) {
        if (!listedName.isBlank()) {
            return listedName.strip();
        }
        List<Rep> reps = s.reps();
        if (reps.isEmpty()) {
            return withoutReps(s.activity(), u);
        }
        OptionalDouble distance = common(reps.stream().map(Rep::nominalDistanceM).toList());
        if (distance.isPresent()) {
            return reps.size() + " × " + Formats.metres(distance.getAsDouble()).replace("1000 m", "1 km");
        }
        OptionalDouble duration = common(reps.stream().map(Rep::nominalDurationS).toList());
        if (duration.isPresent()) {
            double d = duration.getAsDouble();
            String each = d % 60 == 0 ? String.format(Locale.ROOT, "%.0f min", d / 60) : String.format(Locale.ROOT, "%.0f s", d);
            return reps.size() + " × " + each;
        }
        return reps.size() + (reps.size() == 1 ? " rep" : " reps");
    }

    private static OptionalDouble common(List<OptionalDouble> values) {
        if (values.isEmpty() || values.get(0).isEmpty()) {
            return OptionalDouble.empty();
        }
        double first = values.get(0).getAsDouble();
        for (OptionalDouble v : values) {
            if (v.isEmpty() || Math.abs(v.getAsDouble() - first) > 0.5) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(first);
    }

    private static String withoutReps(Activity a, Units u) {
        String sport = a.sport().isEmpty() || a.sport().equals("unknown") ? "Activity"
                : a.sport().substring(0, 1).toUpperCase(Locale.ROOT) + a.sport().substring(1);
        return Double.isNaN(a.distanceM()) ? sport : sport + " · " + u.distance(a.distanceM());
    }
}
