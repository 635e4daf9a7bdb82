package org.repcheck.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Strava's bulk export lists every activity in {@code activities.csv}: its name, its type and its date, and the
 * file that holds it ({@code activities/123.fit.gz}). The files themselves often lack a sport (GPX) and never
 * carry the name the athlete gave, so the listing is where those come from.
 */
public final class ExportListing {
    /** The file name Strava gives the listing. */
    public static final String FILE_NAME = "activities.csv";

    /**
     * What the listing says about one activity.
     *
     * @param name  the activity's name as the athlete typed it ("Tuesday track 6 x 400"), "" when blank
     * @param type  Strava's activity type ("Run", "Ride", "Virtual Run"), "" when blank
     * @param date  Strava's "Activity Date" (UTC in the exports we have seen), when it parses
     */
    public record Entry(String name, String type, Optional<LocalDateTime> date) {
        public Entry {
            if (name == null || type == null || date == null) {
                throw new IllegalArgumentException("listing entry fields must not be null");
            }
        }

        /** The type as repcheck names sports ("running", "cycling", …), empty when it has no match. */
        public Optional<String> sport() {
            String t = type.toLowerCase(Locale.ROOT).replace(" ", "");
            return Optional.ofNullable(switch (t) {
                case "run", "trailrun", "virtualrun" -> "running";
                case "ride", "virtualride", "ebikeride", "mountainbikeride", "gravelride" -> "cycling";
                case "walk" -> "walking";
                case "hike" -> "hiking";
                case "swim" -> "swimming";
                default -> null;
            });
        }
    }

    private static final DateTimeFormatter STRAVA_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d, yyyy, h:mm:ss a").toFormatter(Locale.ENGLISH);

    private final Map<String, Entry> byFile;

    private ExportListing(Map<String, Entry> byFile) {
        this.byFile = byFile;
    }

    /**
     * Parses the listing. Columns are found by their header names, so Strava adding or reordering columns does
     * not matter; a listing without a Filename column lists nothing.
     */
    public static ExportListing parse(String csv) {
        List<List<String>> rows = CsvRows.parse(csv);
        Map<String, Entry> map = new HashMap<>();
        if (rows.isEmpty()) {
            return new ExportListing(map);
        }
        List<String> header = rows.get(0);
        int file = header.indexOf("Filename");
        int name = header.indexOf("Activity Name");
        int type = header.indexOf("Activity Type");
        int date = header.indexOf("Activity Date");
        if (file < 0) {
            return new ExportListing(map);
        }
        for (List<String> r : rows.subList(1, rows.size())) {
            String f = cell(r, file);
            if (!f.isEmpty()) {
                map.put(normalise(f), new Entry(cell(r, name), cell(r, type), date(cell(r, date))));
            }
        }
        return new ExportListing(map);
    }

    /** The entry for a file, by its path relative to the listing's folder ("activities/123.fit.gz"). */
    public Optional<Entry> find(String relativePath) {
        return Optional.ofNullable(byFile.get(normalise(relativePath)));
    }

    public boolean isEmpty() {
        return byFile.isEmpty();
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/');
        return p.startsWith("./") ? p.substring(2) : p;
    }

    private static String cell(List<String> row, int i) {
        return i >= 0 && i < row.size() ? row.get(i).strip() : "";
    }

    private static Optional<LocalDateTime> date(String s) {
        try {
            return s.isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(s, STRAVA_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
