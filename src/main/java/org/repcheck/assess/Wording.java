package org.repcheck.assess;

import java.util.List;
import java.util.Locale;
import org.repcheck.report.Units;

/** Small text helpers for reasons, notes and advice, in the runner's chosen units. */
final class Wording {
    private Wording() {
    }

    /** "3:48.0/km" for a pace given in s/km. */
    static String pace(Units units, double sPerKm) {
        return units.pace(1000.0 / sPerKm) + units.paceSuffix();
    }

    /** "8.0 s/km" (or s/mi) for a pace difference given in s/km, unsigned, one decimal. */
    static String paceGap(Units units, double deltaSPerKm) {
        return String.format(Locale.ROOT, "%.1f s%s", Math.abs(deltaSPerKm) * units.metresPerUnit() / 1000.0,
                units.paceSuffix());
    }

    /** Whole seconds per unit, unsigned: for advice, where tenths are noise. */
    static long wholeGap(Units units, double deltaSPerKm) {
        return Math.round(Math.abs(deltaSPerKm) * units.metresPerUnit() / 1000.0);
    }

    /** "45 s" under two minutes, "3:05" above. */
    static String duration(double s) {
        return s < 120 ? Math.round(s) + " s" : Units.clock(s, 0);
    }

    /** "400 m", "1 km", "1 mi". */
    static String distance(double m) {
        if (Math.abs(m - 1609.344) < 1) {
            return "1 mi";
        }
        if (m >= 1000 && Math.abs(m % 1000) < 0.5) {
            return Math.round(m / 1000) + " km";
        }
        return Math.round(m) + " m";
    }

    /** Rep numbers as "Rep 2", "Reps 1–3", "Reps 1–3 and 5", "Reps 1, 3 and 5". */
    static String reps(List<Integer> indices) {
        if (indices.size() == 1) {
            return "Rep " + indices.get(0);
        }
        java.util.List<String> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < indices.size()) {
            int j = i;
            while (j + 1 < indices.size() && indices.get(j + 1) == indices.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                runs.add(indices.get(i) + "–" + indices.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    runs.add(String.valueOf(indices.get(k)));
                }
            }
            i = j + 1;
        }
        return "Reps " + and(runs);
    }

    static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "9–15" or "9" for a range of whole numbers. */
    static String range(long lo, long hi) {
        return lo == hi ? String.valueOf(lo) : lo + "–" + hi;
    }
}
