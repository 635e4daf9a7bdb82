package org.repcheck.targets;

/**
 * Speed ↔ seconds-per-kilometre. The science (docs/science.md) is written in s/km, so the models compute there and
 * hand out {@code TargetBand}s in m/s; this is the one conversion they share. Package-private on purpose: pace
 * for people lives in {@code report.Units}.
 */
final class Pace {
    private Pace() {
    }

    static double sPerKm(double speedMps) {
        return 1000.0 / speedMps;
    }

    static double mps(double sPerKm) {
        return 1000.0 / sPerKm;
    }

    /** s/km of running {@code distanceM} in {@code timeS}. */
    static double sPerKm(double distanceM, double timeS) {
        return 1000.0 * timeS / distanceM;
    }
}
