package org.repcheck.spark;

import java.time.Instant;
import java.util.Optional;

/**
 * What one run did: the files it read (all of them, or those modified after {@code since}) and the rows it wrote
 * for them. The tables may hold more rows: those of files read by earlier runs.
 */
public record JobResult(long filesRead, long activities, long reps, long recoveries, long errors,
                        Optional<Instant> since) {
    static JobResult nothingRead(Optional<Instant> since) {
        return new JobResult(0, 0, 0, 0, 0, since);
    }
}
