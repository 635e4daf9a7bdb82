package org.repcheck.model;

/** The file formats repcheck reads, named as the contract prints them. */
public enum Format {
    FIT, GPX, TCX;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
