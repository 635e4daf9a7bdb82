package org.repcheck.model;

import java.util.OptionalInt;

/**
 * One device lap. Times are seconds from the activity's start; {@code distanceM}, {@code avgHr}, {@code maxHr}
 * are NaN when the file does not say.
 *
 * @param startS       start, seconds since the activity's start
 * @param elapsedS     wall-clock duration, pauses included
 * @param timerS       timer duration, pauses excluded
 * @param wktStepIndex the workout step this lap ran, when the watch ran a structured workout
 */
public record Lap(double startS, double elapsedS, double timerS, double distanceM, Intensity intensity,
                  LapTrigger trigger, OptionalInt wktStepIndex, double avgHr, double maxHr) {
    public Lap {
        if (intensity == null || trigger == null || wktStepIndex == null) {
            throw new IllegalArgumentException("lap fields must not be null");
        }
    }

    public double endS() {
        return startS + elapsedS;
    }
}
