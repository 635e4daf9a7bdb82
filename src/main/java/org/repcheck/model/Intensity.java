package org.repcheck.model;

/**
 * What a lap or workout step says it is. Devices disagree on these (some mark every lap INTERVAL, TCX marks
 * recoveries ACTIVE), so detect treats a lap's intensity as evidence, not truth; a workout step's is the plan.
 */
public enum Intensity {
    ACTIVE, INTERVAL, REST, RECOVERY, WARMUP, COOLDOWN, OTHER, UNKNOWN;

    /** Work in a structured workout: active or interval. */
    public boolean isWork() {
        return this == ACTIVE || this == INTERVAL;
    }

    /** Recovery in a structured workout: rest or recovery. */
    public boolean isRecovery() {
        return this == REST || this == RECOVERY;
    }
}
