package org.repcheck.model;

import java.util.List;

/**
 * An activity with its reps found.
 *
 * @param notes why there are no reps, or what the detector had to guess ("no time axis: reps need times")
 */
public record Session(Activity activity, RepSource source, List<Rep> reps, List<Recovery> recoveries,
                      List<String> notes) {
    public Session {
        if (activity == null || source == null) {
            throw new IllegalArgumentException("session fields must not be null");
        }
        reps = List.copyOf(reps);
        recoveries = List.copyOf(recoveries);
        notes = List.copyOf(notes);
    }
}
