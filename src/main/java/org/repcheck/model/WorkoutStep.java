package org.repcheck.model;

/**
 * One step of the structured workout the watch ran (FIT workout_step). A repeat step
 * ({@link Duration#REPEAT}) repeats steps {@code repeatFrom} up to itself {@code repeatCount} times in total;
 * repeats may nest.
 *
 * @param index         the step's message_index, which laps refer to through wkt_step_index
 * @param name          the step's name, or empty
 * @param durationValue metres for {@link Duration#DISTANCE}, seconds for {@link Duration#TIME}, NaN otherwise
 * @param repeatFrom    for a repeat step, the index of the first repeated step; -1 otherwise
 * @param repeatCount   for a repeat step, how many times the block runs; 0 otherwise
 */
public record WorkoutStep(int index, String name, Intensity intensity, Duration duration, double durationValue,
                          int repeatFrom, int repeatCount) {
    public WorkoutStep {
        if (name == null || intensity == null || duration == null) {
            throw new IllegalArgumentException("workout step fields must not be null");
        }
    }

    public enum Duration { DISTANCE, TIME, OPEN, REPEAT, OTHER }

    public boolean isRepeat() {
        return duration == Duration.REPEAT;
    }
}
