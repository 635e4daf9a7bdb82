package org.repcheck.io.xml;

import java.util.Locale;

/**
 * Sport names as the model speaks them (the FIT SDK's snake case: "running", "cycling") from the free text GPX
 * {@code <trk><type>} holds ("Running", "run", "trail_running", Strava's numbers) and TCX's Sport attribute
 * ("Running", "Biking", "Other").
 */
public final class Sports {
    private Sports() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "unknown";
        }
        String s = raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        if (s.isEmpty()) {
            return "unknown";
        }
        switch (s) {
            case "9": // Strava's activity type numbers in its GPX exports
                return "running";
            case "1":
                return "cycling";
            case "10":
                return "walking";
            case "4":
                return "hiking";
            default:
                break;
        }
        if (s.contains("run") || s.equals("jogging")) {
            return "running";
        }
        if (s.contains("cycl") || s.contains("bik") || s.equals("ride") || s.endsWith("_ride")) {
            return "cycling";
        }
        if (s.contains("walk")) {
            return "walking";
        }
        if (s.contains("hik")) {
            return "hiking";
        }
        if (s.contains("swim")) {
            return "swimming";
        }
        return s;
    }
}
