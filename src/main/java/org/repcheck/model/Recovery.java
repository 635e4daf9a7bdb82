package org.repcheck.model;

/**
 * The recovery after rep {@code afterRep}.
 *
 * @param hrDrop   HR at the rep's end minus HR at the recovery's end (NaN without HR)
 * @param standing true when the runner stood or walked (or paused) rather than jogged
 */
public record Recovery(int afterRep, double startS, double endS, double durationS, double distanceM,
                       double avgHr, double hrDrop, boolean standing) {
}
