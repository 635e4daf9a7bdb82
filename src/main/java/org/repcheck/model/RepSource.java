package org.repcheck.model;

/** Where the reps came from, as the contract names it. */
public enum RepSource {
    WORKOUT, LAPS, SIGNAL, NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
