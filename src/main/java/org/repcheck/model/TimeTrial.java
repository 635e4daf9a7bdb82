package org.repcheck.model;

import java.time.LocalDate;
import java.util.Optional;

/** A time trial or race effort: {@code distanceM} run in {@code timeS}, on {@code date} when known. */
public record TimeTrial(double distanceM, double timeS, Optional<LocalDate> date) {
    public TimeTrial {
        if (!(distanceM > 0) || !(timeS > 0) || date == null) {
            throw new IllegalArgumentException("a time trial needs a positive distance and time");
        }
    }

    public double speedMps() {
        return distanceM / timeS;
    }
}
