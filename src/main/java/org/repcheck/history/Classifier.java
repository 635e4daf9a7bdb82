package org.repcheck.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.repcheck.model.RepKind;
import org.repcheck.model.TimeTrial;
import org.repcheck.targets.Riegel;

/**
 * Classes every run with its basis (issue 12 part 1), first rule that holds wins:
 * <ol>
 * <li>not a run → OTHER;</li>
 * <li>≥ {@value #MIN_REPS} reps found → INTERVAL (the detector's answer), or the watch ran a quality plan and its
 * work was found → INTERVAL (a warm-up / 20 min threshold / cool-down is a quality session with one "rep");</li>
 * <li>a tempo block, or a framed steady plan (benchmark, goal pace) → TEMPO;</li>
 * <li>a best effort of ≥ {@value #RACE_MIN_M} m over most of the run at race speed — against the TT in force by
 * Riegel, else against the history's best at that distance with a hard mean HR → RACE_OR_TT;</li>
 * <li>≥ 90 min moving → LONG;</li>
 * <li>≥ {@value #HARD_MIN_S} s at or above {@value #HARD_HR_FRACTION} of HR max (about the lactate threshold), and
 * steady windows at least {@value #HARD_SPEED_RATIO} × the history's typical window speed → TEMPO. The pace is
 * needed too: an easy pace at a high HR is what fatigue (or heat) looks like, the very thing the week after
 * measures, and calling it tempo would hide it;</li>
 * <li>else EASY.</li>
 * </ol>
 */
final class Classifier {
    static final int MIN_REPS = 2;
    static final double LONG_S = 5400;
    static final double RACE_MIN_M = 3000;
    /** The effort must be this share of the run: a race is the run, not a fast stretch inside it. */
    static final double RACE_SHARE = 0.7;
    /** Effort speed over the TT's Riegel prediction (or the history's best) for a race. */
    static final double RACE_RATIO = 0.98;
    static final double RACE_HR_FRACTION = 0.88;
    static final double HARD_HR_FRACTION = 0.88;
    static final double HARD_MIN_S = 1200;
    static final double HARD_SPEED_RATIO = 1.05;

    private final double hrMaxBpm;
    private final Map<Double, Double> bestSpeed = new HashMap<>();
    private final double typicalSpeedMps;

    Classifier(List<RunDigest> runs, double hrMaxBpm) {
        this.hrMaxBpm = hrMaxBpm;
        this.typicalSpeedMps = Stats.median(runs.stream().filter(RunDigest::isRunning)
                .flatMapToDouble(d -> java.util.Arrays.stream(d.windows().speedMps())).toArray());
        for (RunDigest d : runs) {
            if (d.isRunning()) {
                for (TimeTrial e : d.bestEfforts()) {
                    bestSpeed.merge(e.distanceM(), e.speedMps(), Math::max);
                }
            }
        }
    }

    Classification classify(RunDigest d) {
        if (!d.isRunning()) {
            return new Classification(RunClass.OTHER, ClassBasis.NOT_RUNNING, Double.NaN, Double.NaN);
        }
        long reps = d.reps().stream().filter(r -> r.kind() == RepKind.REP).count();
        if (reps >= MIN_REPS) {
            return new Classification(RunClass.INTERVAL, ClassBasis.REPS_FOUND, reps, MIN_REPS);
        }
        if (d.plan().isQuality() && !d.reps().isEmpty()) {
            return new Classification(RunClass.INTERVAL, ClassBasis.PLANNED_QUALITY_WORKOUT, d.reps().size(), 1);
        }
        Optional<RepDigest> block = d.reps().stream().filter(r -> r.kind() == RepKind.TEMPO_BLOCK).findFirst();
        if (block.isPresent()) {
            return new Classification(RunClass.TEMPO, ClassBasis.TEMPO_BLOCK, block.get().durationS(), Double.NaN);
        }
        if (d.plan() == PlanShape.STEADY_WORK && !d.reps().isEmpty()) {
            return new Classification(RunClass.TEMPO, ClassBasis.PLANNED_STEADY_WORK, d.reps().size(), 1);
        }
        Optional<Classification> race = race(d);
        if (race.isPresent()) {
            return race.get();
        }
        if (d.movingS() >= LONG_S) {
            return new Classification(RunClass.LONG, ClassBasis.DURATION, d.movingS(), LONG_S);
        }
        if (hrMaxBpm > 0 && d.hrCoverage() > 0) {
            double hardHr = HARD_HR_FRACTION * hrMaxBpm;
            long hard = d.hrHistogram().secondsAtOrAbove(hardHr);
            double pace = Stats.median(d.windows().speedMps());
            boolean fast = Double.isNaN(pace) || !(pace < HARD_SPEED_RATIO * typicalSpeedMps);
            if (hard >= HARD_MIN_S && fast) {
                return new Classification(RunClass.TEMPO, ClassBasis.SUSTAINED_HARD_HR, hard, hardHr);
            }
        }
        return new Classification(RunClass.EASY, ClassBasis.NOTHING_HARD,
                hrMaxBpm > 0 ? d.avgHrBpm() / hrMaxBpm : Double.NaN, Double.NaN);
    }

    /** The run's longest best effort of at least 3 km, when it is most of the run. */
    static Optional<TimeTrial> mainEffort(RunDigest d) {
        for (int i = d.bestEfforts().size() - 1; i >= 0; i--) {
            TimeTrial e = d.bestEfforts().get(i);
            if (e.distanceM() >= RACE_MIN_M && e.distanceM() >= RACE_SHARE * d.distanceM()) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private Optional<Classification> race(RunDigest d) {
        Optional<TimeTrial> effort = mainEffort(d);
        if (effort.isEmpty()) {
            return Optional.empty();
        }
        TimeTrial e = effort.get();
        if (d.ttInForce().isPresent()) {
            double ratio = e.speedMps() / Riegel.raceSpeedMps(d.ttInForce().get(), e.distanceM());
            return ratio >= RACE_RATIO
                    ? Optional.of(new Classification(RunClass.RACE_OR_TT, ClassBasis.EFFORT_VS_TT, ratio, RACE_RATIO))
                    : Optional.empty();
        }
        double best = bestSpeed.getOrDefault(e.distanceM(), Double.NaN);
        double ratio = e.speedMps() / best;
        boolean hard = hrMaxBpm > 0 && d.avgHrBpm() >= RACE_HR_FRACTION * hrMaxBpm;
        return ratio >= RACE_RATIO && hard
                ? Optional.of(new Classification(RunClass.RACE_OR_TT, ClassBasis.EFFORT_VS_HISTORY, ratio, RACE_RATIO))
                : Optional.empty();
    }
}
