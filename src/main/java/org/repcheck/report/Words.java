package org.repcheck.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.model.LocalClock;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;

/**
 * The one place numbers become words for people, in the runner's units: paces and pace gaps, distances, clock
 * times and durations, dates on the runner's own clock. {@link Sentences} builds reasons, advice and findings from
 * these; the text table, the HTML page and the index call the same ones, so the same number reads the same
 * everywhere, and {@code --units imperial} leaves no {@code /km} behind.
 *
 * <p>Two conventions: reps are named in metres in both systems ("400 m", "1 mi"), because that is how a track is
 * marked and workouts are written; race and TT distances keep their own name ("5 km", never "3.11 mi").
 */
public final class Words {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final Units units;

    public Words(Units units) {
        this.units = units;
    }

    public Units units() {
        return units;
    }

    /** "3:48.0/km" (or "/mi") for a pace in s/km. */
    public String pace(double sPerKm) {
        return units.pace(1000.0 / sPerKm) + units.paceSuffix();
    }

    /** "3:48.0–3:52.0/km" for a band's edges in s/km. */
    public String paceRange(double fastSPerKm, double slowSPerKm) {
        return units.pace(1000.0 / fastSPerKm) + "–" + units.pace(1000.0 / slowSPerKm) + units.paceSuffix();
    }

    /** A band as a pace range: "3:48.0–3:52.0/km". */
    public String band(TargetBand b) {
        return units.pace(b.fastSpeedMps()) + "–" + units.pace(b.slowSpeedMps()) + units.paceSuffix();
    }

    /** "8.0 s/km" (or "s/mi") for a pace difference in s/km, unsigned, one decimal. */
    public String gap(double deltaSPerKm) {
        return String.format(Locale.ROOT, "%.1f s%s", Math.abs(perUnit(deltaSPerKm)), units.paceSuffix());
    }

    /** "9–15 s/km" for whole gaps in s/km (advice, where tenths are noise). */
    public String wholeGapRange(double loSPerKm, double hiSPerKm) {
        long lo = Math.round(Math.abs(perUnit(loSPerKm)));
        long hi = Math.round(Math.abs(perUnit(hiSPerKm)));
        return (lo == hi ? String.valueOf(lo) : lo + "–" + hi) + " s" + units.paceSuffix();
    }

    /** "±4.0 s/km", or "" without a number. */
    public String plusMinus(double sPerKm) {
        return Double.isFinite(sPerKm) ? "±" + gap(sPerKm) : "";
    }

    /** A signed gap in the unit's seconds, "−8.0" or "+3.0", "–" without a number. */
    public String signedGap(double deltaSPerKm) {
        return Double.isNaN(deltaSPerKm) ? "–" : units.paceDelta(deltaSPerKm).replace('-', '−');
    }

    private double perUnit(double sPerKm) {
        return sPerKm * units.metresPerUnit() / 1000.0;
    }

    /** A rep's distance: "400 m", "1 km", "1 mi". */
    public static String repDistance(double m) {
        if (Double.isNaN(m)) {
            return "–";
        }
        if (Math.abs(m - 1609.344) < 1) {
            return "1 mi";
        }
        if (m >= 1000 && Math.abs(m % 1000) < 0.5) {
            return Math.round(m / 1000) + " km";
        }
        return Math.round(m) + " m";
    }

    /** A race or TT distance by its own name: "5 km", "3.2 km", "1 mi", "1500 m". */
    public static String raceDistance(double m) {
        double miles = m / 1609.344;
        if (Math.abs(miles - Math.rint(miles)) < 1e-3) {
            return number(miles) + " mi";
        }
        if (m >= 1000 && Math.abs(m % 100) < 0.5) {
            return number(m / 1000) + " km";
        }
        return Math.round(m) + " m";
    }

    /** A total distance in the unit's large measure: "6.01 km", "3.73 mi". */
    public String totalDistance(double m) {
        return units.distance(m);
    }

    /** M:SS or H:MM:SS. */
    public static String clock(double seconds, int decimals) {
        return Units.clock(seconds, decimals);
    }

    /** "45 s" under two minutes, "3:05" above. */
    public static String duration(double s) {
        return s < 120 ? Math.round(s) + " s" : Units.clock(s, 0);
    }

    /** "5 km in 20:00 (2026-09-01)" or "5 km in 20:00 (undated)". */
    public static String timeTrial(TimeTrial tt) {
        return raceDistance(tt.distanceM()) + " in " + Units.clock(tt.timeS(), 0)
                + tt.date().map(d -> " (" + d + ")").orElse(" (undated)");
    }

    /** "5k=19:20@2026-10-01": the --tt option that says the same TT. */
    public static String ttOption(TimeTrial tt) {
        String d = raceDistance(tt.distanceM()).replace(" km", "k").replace(" mi", "mi").replace(" m", "m");
        return d + "=" + Units.clock(tt.timeS(), 0) + tt.date().map(x -> "@" + x).orElse("");
    }

    /** "5 km in 20:00 (4:00.0/km, 2026-09-01)": a TT with its pace, in the header. */
    public String timeTrialWithPace(TimeTrial tt) {
        return raceDistance(tt.distanceM()) + " in " + Units.clock(tt.timeS(), 0) + " (" + pace(1000.0 / tt.speedMps())
                + tt.date().map(d -> ", " + d).orElse(", undated") + ")";
    }

    /** "Wed 11 Nov 2026, 18:30 (UTC−08:00)" on the runner's clock, saying when the zone was a guess. */
    public static String when(Optional<Instant> start, Optional<LocalClock> clock) {
        if (start.isEmpty()) {
            return "undated";
        }
        LocalClock c = clock.orElse(new LocalClock(ZoneOffset.UTC, LocalClock.Source.SYSTEM));
        OffsetDateTime t = c.at(start.get());
        String zone = "UTC" + (c.offset().getTotalSeconds() == 0 ? "" : c.offset().getId().replace('-', '−'));
        String source = switch (c.source()) {
            case FIT -> "";
            case PROFILE -> ", profile zone";
            case SYSTEM -> ", this computer's zone";
        };
        return WHEN.format(t) + " (" + zone + source + ")";
    }

    /** "2026-11-11", the local date. */
    public static String date(Optional<Instant> start, Optional<LocalClock> clock) {
        if (start.isEmpty()) {
            return "undated";
        }
        return DAY.format(clock.map(c -> c.at(start.get())).orElse(start.get().atOffset(ZoneOffset.UTC)));
    }

    /** "Rep 2", "Reps 1–3", "Reps 1–3 and 5", "Reps 1, 3 and 5". */
    public static String reps(List<Integer> indices) {
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

    public static String and(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-6 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }
}
