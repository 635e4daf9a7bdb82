package org.repcheck.targets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repcheck.model.TimeTrial;

/**
 * Parses {@code --tt DIST=TIME[@DATE]} (docs/cli.md) and the same fields of a profile.
 *
 * <p>DIST: a number with an optional unit, case-insensitive: {@code 400}, {@code 1600m}, {@code 5k}, {@code 5km},
 * {@code 10K}, {@code 3.2km}, {@code 1mi}, {@code 1mile}, {@code 2miles}. A plain number is metres.
 *
 * <p>TIME: {@code SS}, {@code M:SS} or {@code H:MM:SS}, the seconds part may have decimals.
 *
 * <p><b>The bare-seconds rule.</b> A time without a colon is seconds, but only below 100 s ({@code 400=75},
 * {@code 200=31.5}). From three digits on, a bare number reads two ways: {@code 5k=2000} may be 2000 s (33:20) or
 * 20:00 typed without its colon, and both are plausible 5 km times — so it is refused with a message offering both
 * spellings, instead of a guess that silently sets every band 13 min wrong. A two-digit number cannot be MMSS, so
 * it is unambiguous. Whatever the spelling, the resulting pace must be humanly possible: no faster than
 * {@value #FASTEST_MPS} m/s (1:35/km, above sprint world-record speed) and no slower than 20:00/km (walking).
 *
 * <p>DATE: ISO {@code YYYY-MM-DD}.
 */
public final class TimeTrialSpec {
    /** Faster than any human over 100 m or more. */
    static final double FASTEST_MPS = 10.5;
    /** 20:00/km: slower than this is a walk, not a time trial. */
    static final double SLOWEST_MPS = 1000.0 / 1200.0;
    static final double SHORTEST_M = 100.0;
    static final double LONGEST_M = 100_000.0;
    /** Below this a bare number of seconds cannot be mistaken for MMSS. */
    static final double BARE_SECONDS_LIMIT = 100.0;

    private static final Pattern DISTANCE = Pattern.compile(
            "([+-]?\\d+(?:\\.\\d+)?|[+-]?\\.\\d+)\\s*(m|k|km|mi|mile|miles)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern M_SS = Pattern.compile("(\\d+):(\\d{1,2}(?:\\.\\d+)?)");
    private static final Pattern H_MM_SS = Pattern.compile("(\\d+):(\\d{1,2}):(\\d{1,2}(?:\\.\\d+)?)");

    private TimeTrialSpec() {
    }

    /** {@code 5k=20:00@2026-09-01} → a TimeTrial; the message of a failure starts with {@code --tt SPEC: }. */
    public static TimeTrial parse(String spec) throws TargetException {
        String s = spec == null ? "" : spec.trim();
        try {
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw new TargetException("expected DIST=TIME, e.g. 5k=20:00 or 400=75 (optionally @2026-09-01)");
            }
            String dist = s.substring(0, eq).trim();
            String rest = s.substring(eq + 1).trim();
            String time = rest;
            Optional<LocalDate> date = Optional.empty();
            int at = rest.indexOf('@');
            if (at >= 0) {
                time = rest.substring(0, at).trim();
                date = Optional.of(parseDate(rest.substring(at + 1).trim()));
            }
            return of(parseDistance(dist), parseTime(time), date);
        } catch (TargetException e) {
            throw new TargetException("--tt " + s + ": " + e.getMessage(), e);
        }
    }

    /** Checks a distance, time and date are a plausible time trial and builds it. */
    public static TimeTrial of(double distanceM, double timeS, Optional<LocalDate> date) throws TargetException {
        double speed = distanceM / timeS;
        String what = Clock.format(timeS) + " for " + describeDistance(distanceM) + " is "
                + Clock.format(1000.0 / speed) + "/km";
        if (speed > FASTEST_MPS) {
            throw new TargetException(what + ", faster than any human; write the time as M:SS or H:MM:SS, e.g. 5k=20:00");
        }
        if (speed < SLOWEST_MPS) {
            throw new TargetException(what + ", slower than a walk (20:00/km); check the distance and the time, e.g. 5k=20:00");
        }
        return new TimeTrial(distanceM, timeS, date);
    }

    /** {@code --tt-distance 5k} → 5000.0; the message of a failure starts with {@code --tt-distance TEXT: }. */
    public static double parseTtDistance(String text) throws TargetException {
        try {
            return parseDistance(text);
        } catch (TargetException e) {
            throw new TargetException("--tt-distance " + (text == null ? "" : text.trim()) + ": " + e.getMessage(), e);
        }
    }

    /** {@code 5k} → 5000.0. */
    public static double parseDistance(String text) throws TargetException {
        String t = text == null ? "" : text.trim();
        Matcher m = DISTANCE.matcher(t);
        if (!m.matches()) {
            throw new TargetException("distance '" + t + "' is not a distance; write metres or a unit, e.g. 400, 1600m, 5k, 3.2km or 1mi");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "m" : m.group(2).toLowerCase(Locale.ROOT);
        double metres = switch (unit) {
            case "k", "km" -> value * 1000.0;
            case "mi", "mile", "miles" -> value * 1609.344;
            default -> value;
        };
        if (!(metres >= SHORTEST_M && metres <= LONGEST_M)) {
            throw new TargetException("distance '" + t + "' must be between 100 m and 100 km; write e.g. 400, 1600m, 5k or 1mi");
        }
        return metres;
    }

    /** {@code SS}, {@code M:SS}, {@code H:MM:SS} → seconds (see the bare-seconds rule above). */
    public static double parseTime(String text) throws TargetException {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new TargetException("time is missing; write SS, M:SS or H:MM:SS, e.g. 5k=20:00");
        }
        if (t.startsWith("-")) {
            throw new TargetException("time '" + t + "' is negative; write SS, M:SS or H:MM:SS, e.g. 5k=20:00");
        }
        Matcher hms = H_MM_SS.matcher(t);
        Matcher ms = M_SS.matcher(t);
        double seconds;
        if (hms.matches()) {
            double mm = Double.parseDouble(hms.group(2));
            double ss = Double.parseDouble(hms.group(3));
            if (mm >= 60 || ss >= 60) {
                throw new TargetException("time '" + t + "' has minutes or seconds of 60 or more; write H:MM:SS, e.g. 1:05:30");
            }
            seconds = Double.parseDouble(hms.group(1)) * 3600 + mm * 60 + ss;
        } else if (ms.matches()) {
            double ss = Double.parseDouble(ms.group(2));
            if (ss >= 60) {
                throw new TargetException("time '" + t + "' has seconds of 60 or more; write M:SS, e.g. 20:00");
            }
            seconds = Double.parseDouble(ms.group(1)) * 60 + ss;
        } else if (NUMBER.matcher(t).matches()) {
            seconds = Double.parseDouble(t);
            if (seconds >= BARE_SECONDS_LIMIT) {
                String asSeconds = Clock.format(seconds);
                String asMmss = mmssReading(t);
                throw new TargetException("time '" + t + "' is ambiguous: " + t + " s is " + asSeconds
                        + (asMmss == null ? "" : " but it may mean " + asMmss)
                        + "; bare seconds are only for times under 100 s, so write M:SS or H:MM:SS, e.g. "
                        + asSeconds + (asMmss == null ? "" : " or " + asMmss));
            }
        } else {
            throw new TargetException("time '" + t + "' is not a time; write SS, M:SS or H:MM:SS, e.g. 5k=20:00");
        }
        if (!(seconds > 0)) {
            throw new TargetException("time '" + t + "' must be more than 0; write SS, M:SS or H:MM:SS, e.g. 5k=20:00");
        }
        return seconds;
    }

    /** {@code 2026-09-01} → a date. */
    public static LocalDate parseDate(String text) throws TargetException {
        String t = text == null ? "" : text.trim();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new TargetException("date '" + t + "' is not a date; write YYYY-MM-DD, e.g. 5k=20:00@2026-09-01", e);
        }
    }

    /** "2000" read as MMSS → "20:00"; null when it cannot be (seconds ≥ 60, decimals). */
    private static String mmssReading(String digits) {
        if (!digits.matches("\\d{3,}")) {
            return null;
        }
        String mm = digits.substring(0, digits.length() - 2);
        String ss = digits.substring(digits.length() - 2);
        if (Integer.parseInt(ss) >= 60) {
            return null;
        }
        return Long.parseLong(mm) + ":" + ss;
    }

    /** "5 km", "400 m", "1 mi" for messages. */
    public static String describeDistance(double metres) {
        if (Math.abs(metres / 1609.344 - Math.rint(metres / 1609.344)) < 1e-6) {
            return fmt(metres / 1609.344) + " mi";
        }
        if (metres >= 1000 && Math.abs(metres % 100) < 1e-6) {
            return fmt(metres / 1000) + " km";
        }
        return fmt(metres) + " m";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** "20:00", "1:05:30", "1:15.5" for messages; kept here so targets does not depend on report. */
    static final class Clock {
        private Clock() {
        }

        static String format(double seconds) {
            double r = Math.round(seconds * 10) / 10.0;
            long whole = (long) Math.floor(r);
            double frac = r - whole;
            long h = whole / 3600;
            long m = (whole % 3600) / 60;
            double s = whole % 60 + frac;
            String sec = frac < 0.05 ? String.format(Locale.ROOT, "%02d", (long) s) : String.format(Locale.ROOT, "%04.1f", s);
            return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%s", h, m, sec) : String.format(Locale.ROOT, "%d:%s", m, sec);
        }
    }
}
