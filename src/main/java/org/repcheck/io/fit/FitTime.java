package org.repcheck.io.fit;

import java.time.Instant;

/** FIT time: seconds since 1989-12-31T00:00:00Z; values below 0x10000000 are device-relative, not clock time. */
final class FitTime {
    /** Seconds from the Unix epoch to the FIT epoch. */
    static final long EPOCH_OFFSET_S = 631_065_600L;
    /** FIT's date_time minimum: smaller values count seconds since the device powered up. */
    static final long MIN_ABSOLUTE = 0x10000000L;

    private FitTime() {
    }

    static boolean isAbsolute(double fitSeconds) {
        return fitSeconds >= MIN_ABSOLUTE && fitSeconds < 0xFFFFFFFFL;
    }

    static Instant toInstant(double fitSeconds) {
        long whole = (long) Math.floor(fitSeconds);
        long nanos = Math.round((fitSeconds - whole) * 1e9);
        return Instant.ofEpochSecond(whole + EPOCH_OFFSET_S, nanos);
    }

    static long fromInstant(Instant t) {
        return t.getEpochSecond() - EPOCH_OFFSET_S;
    }
}
