package org.repcheck.history;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.TimeTrial;

/**
 * A race or TT-like effort found in the history, and the TT it implies (Riegel, at the distance of the TT in
 * force, or 5 km without one) against the TT in force on its date.
 *
 * @param id        the run's id
 * @param date      its local date
 * @param effort    the effort (distance, time, date)
 * @param implied   the TT the effort implies
 * @param inForce   the TT in force on that date
 * @param deltaS    implied minus in-force time, seconds (negative = the effort implies a faster TT)
 */
public record TrialFound(String id, LocalDate date, TimeTrial effort, TimeTrial implied, Optional<TimeTrial> inForce,
                         OptionalDouble deltaS) {
}
