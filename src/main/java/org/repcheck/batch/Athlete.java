package org.repcheck.batch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.repcheck.report.ActivityId;

/**
 * Whose runs an input holds, and the pipeline that judges them by that runner's time trials.
 *
 * @param name     the profile's name ("Alex"), "" when no profile names one
 * @param key      tells athletes apart in a batch (the profile's path, or "" for the unnamed one)
 */
public record Athlete(String name, String key, Pipeline pipeline) {
    public Athlete {
        if (name == null || key == null || pipeline == null) {
            throw new IllegalArgumentException("athlete fields must not be null");
        }
    }

    /** Everyone at once: one pipeline for every input (a --profile or --tt given for all). */
    public static Athlete everyone(String name, Pipeline pipeline) {
        return new Athlete(name, "", pipeline);
    }

    /**
     * The report folder of a run of this athlete: the activity id itself for everyone, and for a named athlete
     * the same start with a hash of the content id and the athlete, so one file found in two athletes' folders
     * gets two reports, each judged by its own athlete's trials, instead of two rows sharing one folder.
     */
    public String reportId(String activityId, Optional<Instant> start) {
        if (key.isEmpty()) {
            return activityId;
        }
        return ActivityId.ofContent(start, (activityId + "\0" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decides each input's athlete. */
    @FunctionalInterface
    public interface Roster {
        Athlete of(Input input);
    }
}
