package org.repcheck.synth;

import java.util.List;

import org.repcheck.model.Activity;

/**
 * A generated activity with its known truth. {@code reps} is empty for the negatives (steady, progressive, hilly).
 *
 * @param description one line saying what was generated, for failure messages and printouts
 */
public record GeneratedSession(Activity activity, List<TrueRep> reps, String description) {
    public GeneratedSession {
        reps = List.copyOf(reps);
    }

    public boolean isNegative() {
        return reps.isEmpty();
    }
}
