package org.repcheck.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.TargetBand;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.RacePaceLimit;
import org.repcheck.targets.TargetException;
import org.repcheck.targets.TargetModel;
import org.repcheck.targets.TargetModels;
import org.repcheck.targets.TargetPlan;
import org.repcheck.targets.TimeTrials;

/**
 * The bands a runner's time trials set on a date, exactly as {@code judge} holds reps to them: the model's band,
 * held back to the Riegel race pace where it reaches past it ({@link RacePaceLimit}), so the watch alerts on the
 * same range the report later judges against.
 *
 * @param timeTrial the TT in force (the latest; critical-speed fits all in force)
 */
public record BandsInForce(TargetModel model, TimeTrial timeTrial) {
    /** Within this, the expected distance of a timed rep has settled (a fraction of a stride). */
    private static final double SETTLED_M = 0.01;

    public BandsInForce {
        if (model == null || timeTrial == null) {
            throw new IllegalArgumentException("bands need a model and a time trial");
        }
    }

    /** The bands in force on {@code date} (empty: every TT counts, as for {@code targets} without --date). */
    public static BandsInForce of(TargetPlan plan, Optional<LocalDate> date) throws TargetException {
        List<TimeTrial> inForce = TimeTrials.allInForce(plan.trials(), date);
        TargetModel model = TargetModels.create(plan.model(), inForce, plan.options());
        TimeTrial tt = TimeTrials.inForce(inForce, date).orElseThrow(() -> new TargetException(TargetModels.NO_TT));
        return new BandsInForce(model, tt);
    }

    public TargetBand band(double distanceM) {
        return RacePaceLimit.apply(model.band(distanceM), timeTrial);
    }

    /**
     * How far a rep of {@code seconds} run in its own band goes: the distance d with d = t × centre(band(d)),
     * found by fixed-point iteration from the TT pace. It settles in a few steps because the band's speed
     * changes only slowly with distance (a few s/km across 200 m–2 km).
     */
    public double expectedDistanceM(double seconds) {
        double d = seconds * timeTrial.speedMps();
        for (int i = 0; i < 50; i++) {
            double next = seconds * SpeedRange.of(band(d)).centreMps();
            if (Math.abs(next - d) < SETTLED_M) {
                return next;
            }
            d = next;
        }
        return d;
    }
}
