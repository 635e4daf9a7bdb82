package org.repcheck.model;

import java.util.List;
import java.util.Optional;

/**
 * One node of a planned workout: a step the watch runs, or a block of nodes repeated a number of times. A tree
 * (repeats nest: {@code 3x(4x400m/200m)/4min}); the FIT file flattens it into indexed steps and repeat steps.
 */
public sealed interface PlanNode permits PlanNode.Step, PlanNode.Repeat {

    /**
     * A step: warm-up, work, recovery or cool-down, with its length and, for work, the speed range to hold.
     *
     * @param name   what the watch shows ("400 m", "Recover"), may be empty
     * @param target the speed range the watch alerts on; empty for a step without a target
     */
    record Step(String name, Intensity intensity, StepLength length, Optional<SpeedRange> target) implements PlanNode {
        public Step {
            if (name == null || intensity == null || length == null || target == null) {
                throw new IllegalArgumentException("plan step fields must not be null");
            }
        }
    }

    /** {@code steps} run {@code count} times in all. */
    record Repeat(int count, List<PlanNode> steps) implements PlanNode {
        public Repeat {
            if (count < 1 || steps == null || steps.isEmpty()) {
                throw new IllegalArgumentException("a repeat needs a count of at least 1 and steps: " + count);
            }
            steps = List.copyOf(steps);
        }
    }
}
