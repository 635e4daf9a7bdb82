package org.repcheck.history;

/** Which heart-rate load the weekly TRIMP is. */
public enum TrimpMethod {
    /**
     * Edwards' summated-zone TRIMP: minutes in 50–60, 60–70, 70–80, 80–90, 90–100 % of HR max weighted 1–5. Needs
     * only HR max, which runs show; Banister's also needs a resting HR, which no run shows.
     */
    EDWARDS,
    /** Banister's: minutes × HRr × 0.64·e^(1.92·HRr), HRr = (HR − rest)/(max − rest). */
    BANISTER
}
