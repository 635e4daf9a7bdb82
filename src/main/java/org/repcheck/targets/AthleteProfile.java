package org.repcheck.targets;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.TimeTrial;

/**
 * The runner's profile ({@code --profile FILE}, or {@code athlete.yaml} beside the inputs), docs/cli.md:
 * <pre>
 * name: Alex
 * time_trials:
 *   - { distance: 5k, time: "20:00", date: 2026-09-01 }
 * model: coach          # coach | daniels | riegel | critical-speed
 * timezone: America/Los_Angeles   # IANA zone: dates GPX/TCX workouts, which carry UTC only (docs/science.md §9)
 * hr_max: 192           # bpm; with hr_rest, the history's load is Banister's TRIMP (docs/history.md)
 * hr_rest: 48
 * </pre>
 * Read with Jackson's YAML streaming parser rather than data binding, so that every complaint — bad YAML, an
 * unknown key, a time that is not a time, an unknown model — names the file and the line it is on.
 */
public record AthleteProfile(String name, List<TimeTrial> timeTrials, Optional<String> model,
                             Optional<ZoneId> timezone, HeartRateAnchors heartRate) {
    private static final YAMLFactory YAML = new YAMLFactory();
    /** The plausible range of an adult runner's HR max and resting HR, bpm: outside it, a typo. */
    private static final double MIN_HR_MAX = 120;
    private static final double MAX_HR_MAX = 230;
    private static final double MIN_HR_REST = 25;
    private static final double MAX_HR_REST = 110;

    public AthleteProfile {
        if (name == null || timeTrials == null || model == null || timezone == null || heartRate == null) {
            throw new IllegalArgumentException("profile fields must not be null");
        }
        timeTrials = List.copyOf(timeTrials);
    }

    /** A profile without HR anchors. */
    public AthleteProfile(String name, List<TimeTrial> timeTrials, Optional<String> model,
                          Optional<ZoneId> timezone) {
        this(name, timeTrials, model, timezone, HeartRateAnchors.NONE);
    }

    /** A profile without a time zone. */
    public AthleteProfile(String name, List<TimeTrial> timeTrials, Optional<String> model) {
        this(name, timeTrials, model, Optional.empty());
    }

    public static AthleteProfile load(Path file) throws TargetException {
        String where = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new TargetException(where + ": no such profile; give a YAML file with time_trials, e.g. athlete.yaml", e);
        } catch (IOException e) {
            throw new TargetException(where + ": cannot read the profile: " + e.getMessage(), e);
        }
        return parse(where, text);
    }

    /** Parses profile text; {@code where} names it in messages. */
    public static AthleteProfile parse(String where, String text) throws TargetException {
        try (JsonParser p = YAML.createParser(text)) {
            return new Reader(where, p).read();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String line = loc == null || loc.getLineNr() < 1 ? "" : " line " + loc.getLineNr();
            throw new TargetException(where + line + ": not valid YAML (" + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + "); see docs/cli.md, e.g. time_trials: [{ distance: 5k, time: \"20:00\" }]", e);
        } catch (IOException e) {
            throw new TargetException(where + ": cannot read the profile: " + e.getMessage(), e);
        }
    }

    /** A hand-walked reader for the profile's small fixed shape. */
    private static final class Reader {
        private final String where;
        private final JsonParser p;

        Reader(String where, JsonParser p) {
            this.where = where;
            this.p = p;
        }

        AthleteProfile read() throws IOException, TargetException {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw fail("the profile is empty; it needs time_trials, e.g. time_trials: [{ distance: 5k, time: \"20:00\" }]");
            }
            if (first != JsonToken.START_OBJECT) {
                throw fail("the profile must be a mapping with name, time_trials and model");
            }
            String name = "";
            List<TimeTrial> trials = new ArrayList<>();
            Optional<String> model = Optional.empty();
            Optional<ZoneId> zone = Optional.empty();
            OptionalDouble hrMax = OptionalDouble.empty();
            OptionalDouble hrRest = OptionalDouble.empty();
            int hrRestLine = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "name" -> name = scalar("name", value);
                    case "model" -> {
                        String m = scalar("model", value);
                        try {
                            model = Optional.of(TargetModels.checkName(m));
                        } catch (TargetException e) {
                            throw fail(keyLine, e.getMessage());
                        }
                    }
                    case "timezone" -> {
                        String z = scalar("timezone", value);
                        try {
                            zone = Optional.of(ZoneId.of(z));
                        } catch (DateTimeException e) {
                            throw fail(keyLine, "timezone '" + z + "' is not a time zone; use an IANA name such as Europe/Rome");
                        }
                    }
                    case "time_trials" -> {
                        if (value == JsonToken.VALUE_NULL) {
                            break;
                        }
                        if (value != JsonToken.START_ARRAY) {
                            throw fail("time_trials must be a list, e.g. - { distance: 5k, time: \"20:00\" }");
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            trials.add(trial());
                        }
                    }
                    case "hr_max" -> hrMax = OptionalDouble.of(bpm(keyLine, "hr_max", value, MIN_HR_MAX, MAX_HR_MAX));
                    case "hr_rest" -> {
                        hrRest = OptionalDouble.of(bpm(keyLine, "hr_rest", value, MIN_HR_REST, MAX_HR_REST));
                        hrRestLine = keyLine;
                    }
                    default -> throw fail(keyLine, "unknown key '" + key + "'; the profile knows name, time_trials, "
                            + "model, timezone, hr_max and hr_rest");
                }
            }
            if (hrRest.isPresent() && hrMax.isEmpty()) {
                throw fail(hrRestLine, "hr_rest is used with hr_max (Banister's TRIMP); give hr_max too");
            }
            if (hrRest.isPresent() && hrRest.getAsDouble() >= hrMax.getAsDouble() - 40) {
                throw fail(hrRestLine, String.format(java.util.Locale.ROOT,
                        "hr_rest %.0f bpm is not well below hr_max %.0f bpm", hrRest.getAsDouble(),
                        hrMax.getAsDouble()));
            }
            return new AthleteProfile(name, trials, model, zone, new HeartRateAnchors(hrMax, hrRest));
        }

        /** A heart rate in bpm, a whole number in {@code [min, max]}. */
        private double bpm(int line, String key, JsonToken value, double min, double max)
                throws IOException, TargetException {
            String text = scalar(key, value);
            double v;
            try {
                v = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw fail(line, key + " '" + text + "' is not a heart rate; give whole beats per minute, e.g. "
                        + key + ": " + (key.equals("hr_max") ? "190" : "50"));
            }
            if (v < min || v > max) {
                throw fail(line, String.format(java.util.Locale.ROOT, "%s %.0f bpm is outside %.0f-%.0f bpm", key, v,
                        min, max));
            }
            return v;
        }

        private TimeTrial trial() throws IOException, TargetException {
            int start = line();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw fail("a time trial must be a mapping, e.g. - { distance: 5k, time: \"20:00\", date: 2026-09-01 }");
            }
            String distance = null;
            String time = null;
            String date = null;
            int distanceLine = start;
            int timeLine = start;
            int dateLine = start;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line();
                JsonToken value = p.nextToken();
                switch (key) {
                    case "distance" -> { distance = scalar(key, value); distanceLine = keyLine; }
                    case "time" -> { time = scalar(key, value); timeLine = keyLine; }
                    case "date" -> { date = scalar(key, value); dateLine = keyLine; }
                    default -> throw fail(keyLine, "unknown time-trial key '" + key + "'; a time trial has distance, time and date");
                }
            }
            if (distance == null || time == null) {
                throw fail(start, "a time trial needs a distance and a time, e.g. { distance: 5k, time: \"20:00\" }");
            }
            String dist = distance;
            String tm = time;
            String dt = date;
            double metres = at(distanceLine, () -> TimeTrialSpec.parseDistance(dist));
            double seconds = at(timeLine, () -> TimeTrialSpec.parseTime(tm));
            Optional<LocalDate> when = dt == null ? Optional.empty()
                    : Optional.of(at(dateLine, () -> TimeTrialSpec.parseDate(dt)));
            return at(start, () -> TimeTrialSpec.of(metres, seconds, when));
        }

        private String scalar(String key, JsonToken value) throws IOException, TargetException {
            if (value == null || !value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                throw fail("'" + key + "' must be a single value");
            }
            return p.getText();
        }

        private interface Step<T> {
            T run() throws TargetException;
        }

        private <T> T at(int line, Step<T> step) throws TargetException {
            try {
                return step.run();
            } catch (TargetException e) {
                throw fail(line, e.getMessage());
            }
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private TargetException fail(String message) {
            return fail(line(), message);
        }

        private TargetException fail(int line, String message) {
            return new TargetException(where + " line " + line + ": " + message);
        }
    }
}
