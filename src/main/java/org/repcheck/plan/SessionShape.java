package org.repcheck.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.Session;
import org.repcheck.model.StepLength;
import org.repcheck.model.WorkoutStep;

/**
 * The structure of a session that was run, as session text: the reps in order (runs of equal reps become
 * {@code N x …}, different ones a ladder) and one recovery for all. So the next session repeats what the
 * runner did, and only the targets are new.
 *
 * <p>Rep lengths: a timed rep's planned duration, else its planned or snapped distance, else its measured
 * distance rounded to 50 m (100 m from 1 km up) — the distances runners plan. Recovery: the workout's own
 * recovery step when the watch ran one (its distance or time as planned), else the median recovery time rounded
 * to 15 s. Equal reps whose every k-th recovery is clearly longer than the others were run in sets, and become
 * {@code 3x(4x400m/90s)/4min}.
 */
public final class SessionShape {
    /** Fewer reps than this is not an interval session to repeat. */
    static final int MIN_REPS = 2;
    /**
     * More runs of different reps than this is no plan a runner wrote (a ladder or pyramid has 4–5): it is
     * reps found in a run without a structure, and a workout file copying them would not help.
     */
    static final int MAX_ITEMS = 6;
    private static final double RECOVERY_ROUNDING_S = 15;
    /** A break between sets is this many times longer than any recovery inside a set, at least. */
    static final double SET_BREAK_RATIO = 1.8;

    private SessionShape() {
    }

    public static Optional<SessionSpec> of(Session s) {
        List<Rep> reps = s.reps().stream().filter(r -> r.kind() == RepKind.REP).toList();
        if (reps.size() < MIN_REPS) {
            return Optional.empty();
        }
        List<SessionSpec.Item> items = new ArrayList<>();
        StepLength run = null;
        int count = 0;
        for (Rep r : reps) {
            StepLength l = length(r);
            if (l.equals(run)) {
                count++;
                continue;
            }
            if (run != null) {
                items.add(new SessionSpec.Item(count, new SessionUnit.Work(run)));
            }
            run = l;
            count = 1;
        }
        items.add(new SessionSpec.Item(count, new SessionUnit.Work(run)));
        if (items.size() > MAX_ITEMS) {
            return Optional.empty();
        }
        Optional<StepLength> planned = plannedRecovery(s);
        if (items.size() == 1 && planned.isEmpty()) {
            Optional<SessionSpec> sets = sets(run, count, s.recoveries());
            if (sets.isPresent()) {
                return sets;
            }
        }
        return Optional.of(new SessionSpec(items, planned.isPresent() ? planned : measuredRecovery(times(s.recoveries()))));
    }

    /**
     * {@code n} equal reps as sets of k: the smallest k (2 ≤ k ≤ n/2, dividing n) for which every recovery after
     * a k-th rep is over {@value #SET_BREAK_RATIO} times the longest of the others.
     */
    static Optional<SessionSpec> sets(StepLength rep, int n, List<Recovery> recoveries) {
        if (recoveries.size() != n - 1) {
            return Optional.empty();
        }
        double[] t = recoveries.stream().mapToDouble(Recovery::durationS).toArray();
        for (int k = 2; k <= n / 2; k++) {
            if (n % k != 0) {
                continue;
            }
            List<Double> between = new ArrayList<>();
            List<Double> within = new ArrayList<>();
            for (int i = 0; i < t.length; i++) {
                ((i + 1) % k == 0 ? between : within).add(t[i]);
            }
            double shortest = between.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double longest = within.stream().mapToDouble(Double::doubleValue).max().orElse(Double.MAX_VALUE);
            if (shortest > SET_BREAK_RATIO * longest) {
                SessionSpec inner = new SessionSpec(List.of(new SessionSpec.Item(k, new SessionUnit.Work(rep))),
                        measuredRecovery(within.stream().mapToDouble(Double::doubleValue).toArray()));
                return Optional.of(new SessionSpec(List.of(new SessionSpec.Item(n / k, inner)),
                        measuredRecovery(between.stream().mapToDouble(Double::doubleValue).toArray())));
            }
        }
        return Optional.empty();
    }

    static StepLength length(Rep r) {
        if (r.nominalDurationS().isPresent() && r.nominalDistanceM().isEmpty()) {
            return StepLength.seconds(Math.max(5, Math.round(r.nominalDurationS().getAsDouble())));
        }
        if (r.nominalDistanceM().isPresent()) {
            return StepLength.metres(Math.max(50, r.nominalDistanceM().getAsDouble()));
        }
        double step = r.distanceM() >= 1000 ? 100 : 50;
        return StepLength.metres(Math.max(50, Math.round(r.distanceM() / step) * step));
    }

    private static Optional<StepLength> plannedRecovery(Session s) {
        List<StepLength> planned = new ArrayList<>();
        for (WorkoutStep w : s.activity().workoutSteps()) {
            if (w.intensity().isRecovery() && w.durationValue() > 0) {
                if (w.duration() == WorkoutStep.Duration.DISTANCE) {
                    planned.add(StepLength.metres(w.durationValue()));
                } else if (w.duration() == WorkoutStep.Duration.TIME) {
                    planned.add(StepLength.seconds(w.durationValue()));
                }
            }
        }
        return planned.stream().findFirst();
    }

    private static double[] times(List<Recovery> recoveries) {
        return recoveries.stream().mapToDouble(Recovery::durationS).toArray();
    }

    /** The median of recovery times, rounded to 15 s; empty when there are none. */
    private static Optional<StepLength> measuredRecovery(double[] raw) {
        double[] times = java.util.Arrays.stream(raw).filter(d -> d > 0).sorted().toArray();
        if (times.length == 0) {
            return Optional.empty();
        }
        double median = org.repcheck.model.Median.of(times);
        return Optional.of(StepLength.seconds(Math.max(RECOVERY_ROUNDING_S,
                Math.round(median / RECOVERY_ROUNDING_S) * RECOVERY_ROUNDING_S)));
    }
}
