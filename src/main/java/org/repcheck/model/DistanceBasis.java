package org.repcheck.model;

/** Which distance a rep is judged on — the report always says which (docs/science.md §2). */
public enum DistanceBasis {
    /** The structured workout step's planned distance: exact, whatever GPS measured. */
    WORKOUT_STEP,
    /** A measured distance within max(10 m, 4 %) of a nominal one, snapped to it. */
    SNAPPED,
    /** The measured distance, with its GPS uncertainty. */
    MEASURED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
