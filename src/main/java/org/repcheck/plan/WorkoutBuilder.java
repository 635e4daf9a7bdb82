package org.repcheck.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.Intensity;
import org.repcheck.model.PlanNode;
import org.repcheck.model.PlannedWorkout;
import org.repcheck.model.SpeedRange;
import org.repcheck.model.StepLength;

/**
 * Session text (parsed) + the bands in force → the workout a watch runs: warm-up, the reps with each work step's
 * band as its speed range, recoveries without a target (the runner jogs them as they feel), cool-down.
 *
 * <p>Every work bout is followed by the set's recovery, the last one too: that is what a FIT repeat of
 * (work, recovery) does, and a recovery jog before the cool-down costs nothing. Intensities follow docs/science.md §8:
 * warmup, active (work), recovery, cooldown. A timed rep gets the band for the distance it is expected to cover
 * ({@link BandsInForce#expectedDistanceM}).
 */
public final class WorkoutBuilder {
    static final String RUNNING = "running";

    private final BandsInForce bands;
    private final double margin;
    private final Map<StepLength, WorkoutPlan.WorkTarget> targets = new LinkedHashMap<>();

    private WorkoutBuilder(BandsInForce bands, double margin) {
        this.bands = bands;
        this.margin = margin;
    }

    public static WorkoutPlan build(SessionSpec session, BandsInForce bands, PlanOptions options) {
        WorkoutBuilder b = new WorkoutBuilder(bands, options.alertMarginSPerKm());
        List<PlanNode> steps = new ArrayList<>();
        options.warmup().ifPresent(l -> steps.add(new PlanNode.Step("Warm up", Intensity.WARMUP, l, Optional.empty())));
        steps.addAll(b.set(session));
        options.cooldown().ifPresent(l -> steps.add(new PlanNode.Step("Cool down", Intensity.COOLDOWN, l,
                Optional.empty())));
        String name = options.name().isBlank() ? session.text() : options.name().trim();
        PlannedWorkout workout = new PlannedWorkout(name, RUNNING, steps);
        return new WorkoutPlan(session, workout, bands, List.copyOf(b.targets.values()), options.alertMarginSPerKm());
    }

    private List<PlanNode> set(SessionSpec set) {
        List<PlanNode> out = new ArrayList<>();
        for (SessionSpec.Item item : set.items()) {
            List<PlanNode> body = new ArrayList<>(unit(item.unit()));
            set.recovery().ifPresent(r -> body.add(new PlanNode.Step("Recover", Intensity.RECOVERY, r, Optional.empty())));
            if (item.count() > 1) {
                out.add(new PlanNode.Repeat(item.count(), body));
            } else {
                out.addAll(body);
            }
        }
        return out;
    }

    private List<PlanNode> unit(SessionUnit unit) {
        if (unit instanceof SessionUnit.Work w) {
            return List.of(new PlanNode.Step(SessionSpec.length(w.length()), Intensity.ACTIVE, w.length(),
                    Optional.of(target(w.length()).range())));
        }
        return set((SessionSpec) unit);
    }

    private WorkoutPlan.WorkTarget target(StepLength length) {
        return targets.computeIfAbsent(length, l -> {
            double d = l.isDistance() ? l.value() : bands.expectedDistanceM(l.value());
            var band = bands.band(d);
            SpeedRange range = SpeedRange.of(band).widenedBy(margin);
            return new WorkoutPlan.WorkTarget(l, d, band, range);
        });
    }
}
