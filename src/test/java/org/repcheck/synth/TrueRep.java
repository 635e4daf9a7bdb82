package org.repcheck.synth;

/**
 * A rep as it really happened in a generated session: from the moment the runner began to speed up to the moment
 * they began to ease off, with the distance actually covered (the nominal distance for distance-based reps).
 */
public record TrueRep(int index, double startS, double endS, double distanceM) {
    public double durationS() {
        return endS - startS;
    }

    public double speedMps() {
        return distanceM / durationS();
    }
}
