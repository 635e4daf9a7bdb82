package org.repcheck.history;

/** A run with its class. */
public record ClassifiedRun(RunDigest digest, Classification classification) {
    public ClassifiedRun {
        if (digest == null || classification == null) {
            throw new IllegalArgumentException("classified run fields must not be null");
        }
    }

    public String id() {
        return digest.id();
    }

    public RunClass runClass() {
        return classification.runClass();
    }
}
