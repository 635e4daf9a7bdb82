package org.repcheck.history;

import java.time.LocalDate;

/**
 * A run's aerobic efficiency for the chart: its steady windows' median speed carried to the history's reference
 * easy HR along the history's HR–speed slope.
 *
 * @param id               the run's id
 * @param date             its local date
 * @param speedAtRefHrMps  speed at the reference HR, m/s
 * @param refHrBpm         that HR, bpm (the same for every point of a history)
 * @param windows          windows behind the point
 * @param runClass         the run's class
 * @param afterHardSession true when a hard session fell in the 3 days before (the chart marks it)
 */
public record EfficiencyPoint(String id, LocalDate date, double speedAtRefHrMps, double refHrBpm, int windows,
                              RunClass runClass, boolean afterHardSession) {
}
