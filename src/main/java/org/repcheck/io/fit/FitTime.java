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

    /**
     * The runner's offset from a local-minus-UTC difference in seconds: rounded to the quarter hour (every zone's
     * offset is one; the two stamps may be written a second apart), empty beyond ±14 h (a broken clock, not a zone).
     */
    static java.util.Optional<java.time.ZoneOffset> offset(double localMinusUtcS) {
        long quarterHours = Math.round(localMinusUtcS / 900.0);
        if (Double.isNaN(localMinusUtcS) || Math.abs(quarterHours) > 14 * 4) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(java.time.ZoneOffset.ofTotalSeconds((int) (quarterHours * 900)));
    }
}
