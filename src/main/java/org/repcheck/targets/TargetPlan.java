package org.repcheck.targets;

import java.util.List;
import org.repcheck.model.TimeTrial;

/**
 * What the runner asked the reps to be judged against: every TT known (from --tt, --tt-file and the profile, all
 * dates — the assessor picks the ones in force on the workout's date), the model's name and its options.
 */
public record TargetPlan(List<TimeTrial> trials, String model, TargetOptions options) {
    public TargetPlan {
        if (trials == null || model == null || options == null) {
            throw new IllegalArgumentException("target plan fields must not be null");
        }
        trials = List.copyOf(trials);
    }

    public TargetPlan(List<TimeTrial> trials, String model) {
        this(trials, model, TargetOptions.DEFAULTS);
    }

    /** No TT known: every rep is found and shown but unjudged. */
    public static TargetPlan none(String model) {
        return new TargetPlan(List.of(), model, TargetOptions.DEFAULTS);
    }

    public boolean hasTrials() {
        return !trials.isEmpty();
    }
}
