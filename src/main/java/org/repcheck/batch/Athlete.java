package org.repcheck.batch;

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

    /** Decides each input's athlete. */
    @FunctionalInterface
    public interface Roster {
        Athlete of(Input input);
    }
}
