package org.repcheck.history;

/**
 * From one session of a group to the next: "2 s/km faster than last time at 4 bpm less" as numbers.
 *
 * @param fromId          the earlier session
 * @param toId            the later one
 * @param paceDeltaSPerKm later minus earlier mean rep pace, s/km (negative = faster)
 * @param hrDeltaBpm      later minus earlier mean rep HR, bpm (negative = lower; NaN without HR in either)
 * @param days            days between them
 */
public record SessionDelta(String fromId, String toId, double paceDeltaSPerKm, double hrDeltaBpm, long days) {
}
