package org.repcheck.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.repcheck.model.Activity;
import org.repcheck.model.Lap;
import org.repcheck.model.WorkoutStep;

/**
 * Reps from a structured workout: each lap names the step it ran ({@code wkt_step_index}), and the step's intensity
 * is the plan, so it is trusted where a lap's own intensity flag is not. Active/interval steps are work, rest/recovery
 * steps are recoveries, warm-up and cool-down are neither — a fast lap in the cool-down is never a rep.
 *
 * <p>Repeat steps (nested too) are expanded only to count the planned work steps, so an abandoned workout says how
 * far it got; the join itself is lap → step index, which is what the watch wrote.
 */
final class WorkoutStepReps {
    /** Guard against a malformed repeat that would expand without end. */
    private static final int MAX_EXPANDED = 10_000;
    /** Work laps shorter than this are button bounces. */
    static final double MIN_WORK_LAP_S = 5;
    /** A lap that ran less than this share of its step was cut short. */
    static final double PARTIAL = 0.8;

    private WorkoutStepReps() {
    }

    /** Spans of the laps that ran work steps; empty with a note when the file has no usable workout. */
    static List<RepSpan> find(Activity activity, List<String> notes) {
        List<WorkoutStep> steps = activity.workoutSteps();
        if (steps.isEmpty()) {
            notes.add("workout: the file has no workout steps");
            return List.of();
        }
        Map<Integer, WorkoutStep> byIndex = new HashMap<>();
        for (WorkoutStep s : steps) {
            byIndex.put(s.index(), s);
        }
        List<Lap> joined = activity.laps().stream().filter(l -> l.wktStepIndex().isPresent()).toList();
        if (joined.isEmpty()) {
            notes.add("workout: no lap names a workout step");
            return List.of();
        }
        List<RepSpan> spans = new ArrayList<>();
        for (Lap lap : joined) {
            WorkoutStep step = byIndex.get(lap.wktStepIndex().getAsInt());
            if (step == null || step.isRepeat() || !step.intensity().isWork()) {
                continue;
            }
            double ran = Double.isFinite(lap.timerS()) ? lap.timerS() : lap.elapsedS();
            if (!(ran >= MIN_WORK_LAP_S)) {
                // A lap button pressed twice, or a step skipped at once: not a bout of work.
                continue;
            }
            OptionalDouble dist = step.duration() == WorkoutStep.Duration.DISTANCE && step.durationValue() > 0
                    ? OptionalDouble.of(step.durationValue()) : OptionalDouble.empty();
            OptionalDouble dur = step.duration() == WorkoutStep.Duration.TIME && step.durationValue() > 0
                    ? OptionalDouble.of(step.durationValue()) : OptionalDouble.empty();
            // A step cut short (skipped on the watch, workout abandoned) did not run its planned size: it is
            // measured, not judged on the plan.
            boolean cutShort = (dur.isPresent() && ran < PARTIAL * dur.getAsDouble())
                    || (dist.isPresent() && Double.isFinite(lap.distanceM()) && lap.distanceM() < PARTIAL * dist.getAsDouble());
            if (cutShort) {
                notes.add(String.format(java.util.Locale.ROOT, "workout: the lap at %.0f s ran only part of its step",
                        lap.startS()));
                dist = OptionalDouble.empty();
                dur = OptionalDouble.empty();
            }
            spans.add(new RepSpan(lap.startS(), lap.endS(), dist, dur, lap.distanceM(), lap.timerS()));
        }
        if (spans.isEmpty()) {
            notes.add("workout: no lap ran an active or interval step");
            return List.of();
        }
        int planned = plannedWorkSteps(steps);
        if (planned > spans.size()) {
            notes.add("workout: " + spans.size() + " of " + planned + " planned work steps were run");
        }
        return spans;
    }

    /** How many work steps the workout plans once its repeats (nested too) are expanded. */
    static int plannedWorkSteps(List<WorkoutStep> steps) {
        List<WorkoutStep> ordered = new ArrayList<>(steps);
        ordered.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<WorkoutStep> run = new ArrayList<>();
        expand(ordered, 0, ordered.size() - 1, run);
        int work = 0;
        for (WorkoutStep s : run) {
            if (s.intensity().isWork()) {
                work++;
            }
        }
        return work;
    }

    /** Appends the steps from..to (positions) as executed: a repeat step re-runs its block count − 1 more times. */
    private static void expand(List<WorkoutStep> ordered, int from, int to, List<WorkoutStep> out) {
        for (int i = from; i <= to && out.size() < MAX_EXPANDED; i++) {
            WorkoutStep s = ordered.get(i);
            if (!s.isRepeat()) {
                out.add(s);
                continue;
            }
            int blockStart = position(ordered, s.repeatFrom());
            if (blockStart < 0 || blockStart >= i) {
                continue;
            }
            for (int r = 1; r < s.repeatCount() && out.size() < MAX_EXPANDED; r++) {
                expand(ordered, blockStart, i - 1, out);
            }
        }
    }

    private static int position(List<WorkoutStep> ordered, int index) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).index() == index) {
                return i;
            }
        }
        return -1;
    }
}
