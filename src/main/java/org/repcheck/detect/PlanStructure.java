package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.WorkoutStep;

/**
 * The shape of a structured workout: which steps a real repeat block (run two or more times) holds directly. The
 * shape says more than the steps' intensity flags, which lie: Garmin's suggested workouts mark recoveries and steady
 * blocks ACTIVE and some mark the reps WARMUP, while the repeat block always holds the work and its recovery.
 */
final class PlanStructure {
    /** A repeat block: the step positions it repeats (inclusive) and how many times it runs. */
    record Block(int from, int to, int count) {
        boolean contains(int pos) {
            return pos >= from && pos <= to;
        }

        int size() {
            return to - from + 1;
        }
    }

    private final List<WorkoutStep> ordered;
    private final Map<Integer, Integer> positionOfIndex = new HashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    private PlanStructure(List<WorkoutStep> steps) {
        ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(WorkoutStep::index));
        for (int i = 0; i < ordered.size(); i++) {
            positionOfIndex.put(ordered.get(i).index(), i);
        }
        for (int i = 0; i < ordered.size(); i++) {
            WorkoutStep s = ordered.get(i);
            Integer from = positionOfIndex.get(s.repeatFrom());
            // A "repeat" that runs its block once is no repeat at all (5 × 2 min build-ups written as 1 × block).
            if (s.isRepeat() && s.repeatCount() >= 2 && from != null && from < i) {
                blocks.add(new Block(from, i - 1, s.repeatCount()));
            }
        }
    }

    static PlanStructure of(List<WorkoutStep> steps) {
        return new PlanStructure(steps);
    }

    boolean hasRepeats() {
        return !blocks.isEmpty();
    }

    List<Block> blocks() {
        return blocks;
    }

    Optional<WorkoutStep> step(int index) {
        Integer p = positionOfIndex.get(index);
        return p == null ? Optional.empty() : Optional.of(ordered.get(p));
    }

    /** The step index ({@code message_index}) at a position in plan order. */
    int indexAt(int pos) {
        return ordered.get(pos).index();
    }

    int position(int index) {
        return positionOfIndex.getOrDefault(index, -1);
    }

    /** The innermost real repeat block holding this step position, if any. */
    Optional<Block> innermost(int pos) {
        Block best = null;
        for (Block b : blocks) {
            if (b.contains(pos) && (best == null || b.size() < best.size())) {
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The plain (non-repeat) steps whose innermost block is {@code block}: the block's own children. */
    List<Integer> children(Block block) {
        List<Integer> out = new ArrayList<>();
        for (int p = block.from(); p <= block.to(); p++) {
            if (!ordered.get(p).isRepeat() && innermost(p).map(block::equals).orElse(false)) {
                out.add(p);
            }
        }
        return out;
    }

    /** True when another real block sits inside this one (3 × (4 × 400 m) / 4 min: the outer block). */
    boolean holdsBlock(Block block) {
        return blocks.stream().anyMatch(b -> b != block && block.contains(b.from()) && block.contains(b.to()));
    }

    /** Work steps in the plan once its repeats (nested too) are expanded, counting the given positions as work. */
    int plannedCount(java.util.Set<Integer> workPositions) {
        int total = 0;
        for (int p : workPositions) {
            int times = 1;
            for (Block b : blocks) {
                if (b.contains(p)) {
                    times *= b.count();
                }
            }
            total += times;
        }
        return total;
    }
}
