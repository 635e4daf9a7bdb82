package org.repcheck.history;

import java.util.List;

/** Interval sessions of the same structure, oldest first, and the change from each to the next. */
public record WorkoutGroup(StructureKey key, List<GroupSession> sessions, List<SessionDelta> deltas) {
    public WorkoutGroup {
        sessions = List.copyOf(sessions);
        deltas = List.copyOf(deltas);
    }
}
