package org.repcheck.model;

/** The judgement on one rep. */
public enum Verdict {
    OVERCOOKED, ON_TARGET, SLOW, UNJUDGED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
