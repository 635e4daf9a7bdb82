package org.repcheck.history;

import org.repcheck.model.HrSource;
import java.time.LocalDate;

/**
 * One easy run on D+1..D+3 that the week after used.
 *
 * @param id             the run's id
 * @param date           its local date
 * @param daysAfter      1, 2 or 3
 * @param windows        steady windows it contributed
 * @param residualSPerKm the median of its windows' residuals, s/km at the reference HR (positive = slower than the
 *                       baseline at the same HR)
 * @param medianHrBpm    the median HR of its windows, bpm
 * @param hrSource       its HR source
 */
public record PostRun(String id, LocalDate date, int daysAfter, int windows, double residualSPerKm,
                      double medianHrBpm, HrSource hrSource) {
}
