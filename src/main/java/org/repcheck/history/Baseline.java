package org.repcheck.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The fresh baseline a week after is measured against: easy runs of the 4 weeks before the session, each at least
 * 72 h after any hard session (SCIENCE §7 step 3).
 *
 * @param runIds  the baseline runs used, oldest first
 * @param windows how many steady windows they hold
 * @param from    the first baseline run's local date
 * @param to      the last one's
 * @param fit     the fit, present with at least 6 runs
 */
public record Baseline(List<String> runIds, int windows, Optional<LocalDate> from, Optional<LocalDate> to,
                       Optional<BaselineFit> fit) {
    public Baseline {
        runIds = List.copyOf(runIds);
        if (from == null || to == null || fit == null) {
            throw new IllegalArgumentException("baseline fields must not be null");
        }
    }

    public int runs() {
        return runIds.size();
    }
}
