package org.repcheck.plan;

import java.util.Optional;
import org.repcheck.model.StepLength;

/**
 * How to dress a session as a workout file.
 *
 * @param name              the workout's name on the watch; empty: the session text
 * @param warmup            before the reps; {@link StepLength#OPEN} = until the lap button, empty = none
 * @param cooldown          after the reps, the same way
 * @param alertMarginSPerKm widens each work step's range by this much pace on both edges (docs/science.md §8)
 */
public record PlanOptions(String name, Optional<StepLength> warmup, Optional<StepLength> cooldown,
                          double alertMarginSPerKm) {
    /** Warm-up and cool-down until the lap button, no margin: the band itself. */
    public static final PlanOptions DEFAULTS = new PlanOptions("", Optional.of(StepLength.OPEN),
            Optional.of(StepLength.OPEN), 0);

    public PlanOptions {
        if (name == null || warmup == null || cooldown == null) {
            throw new IllegalArgumentException("plan options must not be null");
        }
        if (!(alertMarginSPerKm >= 0 && alertMarginSPerKm <= 60)) {
            throw new IllegalArgumentException("the alert margin must be 0 to 60 s/km: " + alertMarginSPerKm);
        }
    }

    public PlanOptions withName(String n) {
        return new PlanOptions(n, warmup, cooldown, alertMarginSPerKm);
    }
}
