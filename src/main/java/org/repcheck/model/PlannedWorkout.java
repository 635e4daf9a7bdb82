package org.repcheck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A structured workout to run next: what a FIT workout file holds, as a tree of steps and repeats.
 *
 * @param name  the workout's name on the watch ("6x400m/200m")
 * @param sport "running" (the FIT sport name in snake case)
 */
public record PlannedWorkout(String name, String sport, List<PlanNode> steps) {
    public PlannedWorkout {
        if (name == null || sport == null || steps == null) {
            throw new IllegalArgumentException("planned workout fields must not be null");
        }
        steps = List.copyOf(steps);
    }

    /** Every step the runner will run, repeats unrolled, in order (for totals and tables). */
    public List<PlanNode.Step> unrolled() {
        List<PlanNode.Step> out = new ArrayList<>();
        unroll(steps, out);
        return out;
    }

    private static void unroll(List<PlanNode> nodes, List<PlanNode.Step> out) {
        for (PlanNode n : nodes) {
            if (n instanceof PlanNode.Step s) {
                out.add(s);
            } else if (n instanceof PlanNode.Repeat r) {
                for (int i = 0; i < r.count(); i++) {
                    unroll(r.steps(), out);
                }
            }
        }
    }
}
