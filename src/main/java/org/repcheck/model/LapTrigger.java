package org.repcheck.model;

/** What closed a lap: the runner's button, or the device's auto-lap by time, distance or position. */
public enum LapTrigger {
    MANUAL, TIME, DISTANCE, POSITION, SESSION_END, FITNESS_EQUIPMENT, OTHER, UNKNOWN;

    /** Laps the device closed by itself: they split a run at fixed points, not where the effort changed. */
    public boolean isAuto() {
        return this == TIME || this == DISTANCE || this == POSITION;
    }
}
