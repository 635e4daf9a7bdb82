package org.repcheck.report;

import java.util.Locale;

/**
 * How paces and distances are shown to a person: metric (min/km) or imperial (min/mile). The only place speeds
 * become paces; JSON always uses s/km.
 */
public enum Units {
    METRIC(1000.0, "km", "/km"),
    IMPERIAL(1609.344, "mi", "/mi");

    private final double metresPerUnit;
    private final String distanceLabel;
    private final String paceSuffix;

    Units(double metresPerUnit, String distanceLabel, String paceSuffix) {
        this.metresPerUnit = metresPerUnit;
        this.distanceLabel = distanceLabel;
        this.paceSuffix = paceSuffix;
    }

    /** Seconds per kilometre from metres per second (NaN for a standstill or missing speed). */
    public static double secondsPerKm(double speedMps) {
        return speedMps > 0 ? 1000.0 / speedMps : Double.NaN;
    }

    /** Seconds per display unit (km or mile). */
    public double secondsPerUnit(double speedMps) {
        return speedMps > 0 ? metresPerUnit / speedMps : Double.NaN;
    }

    public double metresPerUnit() {
        return metresPerUnit;
    }

    /** "km" or "mi". */
    public String distanceLabel() {
        return distanceLabel;
    }

    /** "/km" or "/mi". */
    public String paceSuffix() {
        return paceSuffix;
    }

    /** "3:50.0" style pace for a speed, "–" when there is none. */
    public String pace(double speedMps) {
        return clock(secondsPerUnit(speedMps), 1);
    }

    /** A pace difference in this unit's seconds, signed: "+2.5" or "−4.1". */
    public String paceDelta(double deltaSPerKm) {
        if (Double.isNaN(deltaSPerKm)) {
            return "–";
        }
        double v = deltaSPerKm * metresPerUnit / 1000.0;
        return String.format(Locale.ROOT, "%+.1f", v);
    }

    /** A duration as M:SS or H:MM:SS with {@code decimals} fractional digits. */
    public static String clock(double seconds, int decimals) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "–";
        }
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(seconds * scale) / scale;
        long whole = (long) Math.floor(rounded);
        double frac = rounded - whole;
        long h = whole / 3600;
        long m = (whole % 3600) / 60;
        double s = (whole % 60) + frac;
        String sec = decimals == 0 ? String.format(Locale.ROOT, "%02d", (long) s)
                : String.format(Locale.ROOT, "%0" + (3 + decimals) + "." + decimals + "f", s);
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%s", h, m, sec) : String.format(Locale.ROOT, "%d:%s", m, sec);
    }

    /** A distance in this unit's large measure: "6.01 km". */
    public String distance(double metres) {
        if (Double.isNaN(metres)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f %s", metres / metresPerUnit, distanceLabel);
    }

    public static Units parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "metric", "km" -> METRIC;
            case "imperial", "mi", "mile", "miles" -> IMPERIAL;
            default -> throw new IllegalArgumentException("units must be metric or imperial, not '" + s + "'");
        };
    }
}
