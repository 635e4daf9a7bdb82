package org.repcheck.plan;

import java.util.List;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;
import org.repcheck.model.TargetBand;

/**
 * A session turned into a workout with its targets, and why each target is what it is (for the table the
 * runner reads before the file goes on the watch).
 *
 * @param targets one per distinct work length, in order of first appearance
 */
public record WorkoutPlan(SessionSpec session, PlannedWorkout workout, BandsInForce bands, List<WorkTarget> targets,
                          double alertMarginSPerKm) {
    public WorkoutPlan {
        targets = List.copyOf(targets);
    }

    /**
     * The band behind a work step's range.
     *
     * @param distanceM the rep's distance, or for a timed rep the distance it is expected to cover in its band
     * @param band      the band in force for that distance
     * @param range     what the watch alerts on: the band, widened by the alert margin
     */
    public record WorkTarget(StepLength length, double distanceM, TargetBand band, SpeedRange range) {
    }
}
