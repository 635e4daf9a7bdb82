package org.repcheck.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.repcheck.model.Activity;
import org.repcheck.model.Lap;
import org.repcheck.model.WorkoutStep;

/**
 * Reps from a structured workout: each lap names the step it ran ({@code wkt_step_index}), and the plan's
 * <em>structure</em> says which steps are work — not the steps' intensity flags, which lie (Garmin's suggested
 * workouts mark recoveries and steady blocks ACTIVE, some mark the reps WARMUP, a one-step "Base" run is INTERVAL).
 *
 * <ul>
 *   <li>A plan with real repeat blocks (run two or more times): in each block the work is the child step the runner
 *   ran clearly fastest, else the block's first step; the other children are recoveries. Steps outside every block
 *   (warm-up, steady block, cool-down) are never reps.</li>
 *   <li>A plan without repeats (warm-up, 25 min tempo, cool-down): its fastest step is one sustained effort when it
 *   was run faster than the rest and is a part of the run, not nearly all of it; a single steady step is no rep.</li>
 * </ul>
 * Laps of one step that follow each other without another step between (auto-laps inside a 2-mile tempo step) are
 * one bout, as long as together they do not outgrow the step.
 *
 * <p>{@link #find} answers empty when the file has no usable workout (the next level decides), and an empty list
 * when the workout shows there are no reps (a steady run on a plan).
 */
final class WorkoutStepReps {
    /** Work laps shorter than this are button bounces. */
    static final double MIN_WORK_LAP_S = 5;
    /** A bout that ran less than this share of its step was cut short. */
    static final double PARTIAL = 0.8;
    /** A block child must be run this much faster than its siblings to be taken as the work over the first child. */
    static final double CLEARLY_FASTER = 1.03;
    /** A plan's one sustained effort must be run at least this much faster than the rest of the running. */
    static final double EFFORT_CONTRAST = 1.03;
    /** ... and be a part of the run: a step taking more than this share of the running is the run itself. */
    static final double EFFORT_MAX_SHARE = 0.8;
    /** Below this a bout was walked or stood through, and says nothing about the running pace. */
    static final double RUNNING_MPS = 1.5;

    private WorkoutStepReps() {
    }

    /** One step as run: contiguous laps of that step. Seconds since the activity's start. */
    record Bout(int step, double startS, double endS, double distanceM, double timerS) {
        double speed() {
            return timerS > 0 ? distanceM / timerS : Double.NaN;
        }
    }

    static Optional<List<RepSpan>> find(Activity activity, List<String> notes) {
        if (activity.workoutSteps().isEmpty()) {
            notes.add("workout: the file has no workout steps");
            return Optional.empty();
        }
        PlanStructure plan = PlanStructure.of(activity.workoutSteps());
        List<Bout> bouts = bouts(activity.laps(), plan);
        if (bouts.isEmpty()) {
            notes.add("workout: no lap names a workout step");
            return Optional.empty();
        }
        Map<Integer, double[]> perStep = stepTotals(bouts);
        Set<Integer> work = plan.hasRepeats() ? blockWork(plan, perStep) : singleEffort(plan, bouts, perStep, notes);
        if (work.isEmpty()) {
            if (plan.hasRepeats()) {
                notes.add("workout: no lap ran a work step of the plan's repeats");
                return Optional.empty();
            }
            return Optional.of(List.of());
        }
        List<RepSpan> spans = new ArrayList<>();
        for (Bout b : bouts) {
            if (work.contains(b.step()) && b.timerS() >= MIN_WORK_LAP_S) {
                spans.add(span(b, plan.step(b.step()).orElseThrow(), notes));
            }
        }
        if (spans.isEmpty()) {
            notes.add("workout: no lap ran a work step of the plan");
            return Optional.empty();
        }
        int planned = planned(plan, work);
        if (planned > spans.size()) {
            notes.add("workout: " + spans.size() + " of " + planned + " planned work steps were run");
        }
        return Optional.of(spans);
    }

    /** How many work steps the plan holds once its repeats (nested too) are expanded, read from its shape alone. */
    static int plannedWorkSteps(List<WorkoutStep> steps) {
        PlanStructure plan = PlanStructure.of(steps);
        Set<Integer> work = new HashSet<>();
        if (plan.hasRepeats()) {
            work.addAll(blockWork(plan, Map.of()));
        } else {
            steps.stream().filter(s -> s.intensity().isWork() && !s.isRepeat()).forEach(s -> work.add(s.index()));
        }
        return planned(plan, work);
    }

    private static int planned(PlanStructure plan, Set<Integer> work) {
        Set<Integer> positions = new HashSet<>();
        work.forEach(i -> positions.add(plan.position(i)));
        return plan.plannedCount(positions);
    }

    /** The laps joined to plain steps, contiguous laps of one step merged while they fit the step's planned size. */
    static List<Bout> bouts(List<Lap> laps, PlanStructure plan) {
        List<Bout> out = new ArrayList<>();
        for (Lap lap : laps) {
            if (lap.wktStepIndex().isEmpty()) {
                continue;
            }
            int idx = lap.wktStepIndex().getAsInt();
            Optional<WorkoutStep> step = plan.step(idx);
            if (step.isEmpty() || step.get().isRepeat()) {
                continue;
            }
            double timer = Double.isFinite(lap.timerS()) ? lap.timerS() : lap.elapsedS();
            double dist = Double.isFinite(lap.distanceM()) ? lap.distanceM() : 0;
            Bout last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.step() == idx && lap.startS() <= last.endS() + 5
                    && nearerPlan(step.get(), last, dist, timer)) {
                out.set(out.size() - 1, new Bout(idx, last.startS(), lap.endS(), last.distanceM() + dist,
                        last.timerS() + timer));
            } else {
                out.add(new Bout(idx, lap.startS(), lap.endS(), dist, timer));
            }
        }
        return out;
    }

    /**
     * True when the next lap of the same step brings the bout nearer the step's planned size: it is the rest of this
     * repetition (an auto-lap split it), not the next one. On the real epix2 Tempo session the 1-mile auto-lap fell
     * at 7:37 of each 8:00 step, and the 23 s left over came out as a rep of its own. A step of no planned size (lap
     * button, open) takes every contiguous lap.
     */
    private static boolean nearerPlan(WorkoutStep step, Bout bout, double lapDistanceM, double lapTimerS) {
        double planned = step.durationValue();
        return switch (step.duration()) {
            case TIME -> Math.abs(bout.timerS() + lapTimerS - planned) < Math.abs(bout.timerS() - planned);
            case DISTANCE -> Math.abs(bout.distanceM() + lapDistanceM - planned) < Math.abs(bout.distanceM() - planned);
            default -> true;
        };
    }

    /** Per step index: {distance, timer} summed over its bouts that were run. */
    private static Map<Integer, double[]> stepTotals(List<Bout> bouts) {
        Map<Integer, double[]> out = new LinkedHashMap<>();
        for (Bout b : bouts) {
            double[] t = out.computeIfAbsent(b.step(), k -> new double[2]);
            t[0] += b.distanceM();
            t[1] += b.timerS();
        }
        return out;
    }

    private static double speed(Map<Integer, double[]> perStep, int index) {
        double[] t = perStep.get(index);
        return t == null || !(t[1] > 0) ? Double.NaN : t[0] / t[1];
    }

    /** The work step of each innermost repeat block: the child run clearly fastest, else the block's first child. */
    private static Set<Integer> blockWork(PlanStructure plan, Map<Integer, double[]> perStep) {
        Set<Integer> work = new HashSet<>();
        for (PlanStructure.Block block : plan.blocks()) {
            List<Integer> children = plan.children(block);
            if (children.isEmpty() || plan.holdsBlock(block)) {
                // The outer block of 3 × (4 × 400 m) / 4 min: its own children are the set recoveries.
                continue;
            }
            WorkoutStep first = plan.step(plan.indexAt(children.get(0))).orElseThrow();
            if (children.size() == 1) {
                if (!first.intensity().isRecovery()) {
                    work.add(first.index());
                }
                continue;
            }
            int fastest = -1;
            double best = 0;
            double second = 0;
            for (int pos : children) {
                int index = plan.indexAt(pos);
                double v = speed(perStep, index);
                if (!(v > 0)) {
                    continue;
                }
                if (v > best) {
                    second = best;
                    best = v;
                    fastest = index;
                } else if (v > second) {
                    second = v;
                }
            }
            // The run's contrast speaks only when the fastest child was run at a running speed: on the real epix2
            // Sprint session the GPS lost the 15 s sprints (0-16 m each), and its 3 min rests "won" at 30 min/km.
            if (fastest >= 0 && best >= SignalSegmenter.MOVING_MPS
                    && (second == 0 || best >= CLEARLY_FASTER * second)) {
                work.add(fastest);
            } else {
                work.add(first.index());
            }
        }
        return work;
    }

    /**
     * A plan without repeats: its fastest step (and any other step run as fast and as long) is one sustained effort
     * when it was run faster than the rest of the running and is only part of the run.
     */
    private static Set<Integer> singleEffort(PlanStructure plan, List<Bout> bouts, Map<Integer, double[]> perStep,
                                             List<String> notes) {
        int fastest = -1;
        double best = 0;
        for (Map.Entry<Integer, double[]> e : perStep.entrySet()) {
            double v = speed(perStep, e.getKey());
            if (e.getValue()[1] >= 60 && v > best) {
                best = v;
                fastest = e.getKey();
            }
        }
        if (fastest < 0) {
            notes.add("workout: no step was run long enough to be an effort");
            return Set.of();
        }
        double longest = perStep.get(fastest)[1];
        Set<Integer> work = new HashSet<>();
        for (Map.Entry<Integer, double[]> e : perStep.entrySet()) {
            double v = speed(perStep, e.getKey());
            if (v >= best / CLEARLY_FASTER && e.getValue()[1] >= 0.5 * longest) {
                work.add(e.getKey());
            }
        }
        double workDist = 0;
        double workTime = 0;
        double restDist = 0;
        double restTime = 0;
        for (Bout b : bouts) {
            if (work.contains(b.step())) {
                workDist += b.distanceM();
                workTime += b.timerS();
            } else if (b.speed() >= RUNNING_MPS) {
                restDist += b.distanceM();
                restTime += b.timerS();
            }
        }
        if (!(restTime > 0) || workTime > EFFORT_MAX_SHARE * (workTime + restTime)) {
            notes.add("workout: one steady step is nearly the whole run: a run, not an effort inside it");
            return Set.of();
        }
        double ratio = (workDist / workTime) / (restDist / restTime);
        if (ratio < EFFORT_CONTRAST) {
            notes.add(String.format(Locale.ROOT,
                    "workout: the plan's main step was run only %.0f %% faster than the rest: no effort to judge",
                    (ratio - 1) * 100));
            return Set.of();
        }
        return work;
    }

    private static RepSpan span(Bout b, WorkoutStep step, List<String> notes) {
        OptionalDouble dist = step.duration() == WorkoutStep.Duration.DISTANCE && step.durationValue() > 0
                ? OptionalDouble.of(step.durationValue()) : OptionalDouble.empty();
        OptionalDouble dur = step.duration() == WorkoutStep.Duration.TIME && step.durationValue() > 0
                ? OptionalDouble.of(step.durationValue()) : OptionalDouble.empty();
        // A step cut short (skipped on the watch, workout abandoned) did not run its planned size: it is measured,
        // not judged on the plan.
        boolean cutShort = (dur.isPresent() && b.timerS() < PARTIAL * dur.getAsDouble())
                || (dist.isPresent() && b.distanceM() < PARTIAL * dist.getAsDouble());
        if (cutShort) {
            notes.add(String.format(Locale.ROOT, "workout: the lap at %.0f s ran only part of its step", b.startS()));
            dist = OptionalDouble.empty();
            dur = OptionalDouble.empty();
        }
        return new RepSpan(b.startS(), b.endS(), dist, dur, b.distanceM() > 0 ? b.distanceM() : Double.NaN, b.timerS());
    }
}
