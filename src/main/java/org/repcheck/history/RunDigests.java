package org.repcheck.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.Activity;
import org.repcheck.model.Analysis;
import org.repcheck.model.Channel;
import org.repcheck.model.Intensity;
import org.repcheck.model.JudgedRep;
import org.repcheck.model.LocalClock;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeTrial;
import org.repcheck.model.WorkoutStep;
import org.repcheck.targets.BestEffort;
import org.repcheck.targets.TargetException;

/**
 * Makes a {@link RunDigest} from what the batch worker already holds: the file's {@link Analysis} (its session's
 * activity and samples, the judged reps, the local clock). A few passes over the samples the worker has in memory —
 * the steady windows, the HR statistics, a best-effort scan per standard distance — and nothing is re-read.
 */
public final class RunDigests {
    /** Standard distances a best effort is looked for at, metres. */
    static final double[] EFFORT_M = {1000, 1609.344, 3000, 5000, 10000, 21097.5, 42195};
    /** SCIENCE §7 step 1. */
    static final double MIN_MOVING_S = 1200;
    static final double MIN_HR_COVERAGE = 0.9;
    /** Share of samples with a position for a run to count as GPS. */
    static final double MIN_GPS_SHARE = 0.5;

    private RunDigests() {
    }

    /**
     * The digest of one analysed file.
     *
     * @param id the caller's id for the run (the report folder id): everything in the history points at it
     */
    public static RunDigest of(String id, Analysis analysis) {
        Activity a = analysis.session().activity();
        Samples s = a.samples();
        Optional<LocalClock> clock = analysis.clock();
        Optional<LocalDate> date = a.start().flatMap(t -> clock.map(c -> c.date(t)));
        boolean[] paused = WindowFinder.pausedMask(s, a.pauses());
        HrStats hr = HrStats.of(s, paused);
        SpeedSource speed = speedSource(a);
        boolean running = a.sport().equals("running");
        SteadyWindows windows = running && a.hasTimeAxis() && hr.coverage() > 0
                ? new WindowFinder(s, paused).find() : SteadyWindows.none();
        double moving = a.timerS() > 0 ? a.timerS() : a.elapsedS();
        List<RepDigest> reps = reps(analysis.reps());
        int first = firstPosition(s);
        return new RunDigest(id, a.source(), a.start(), clock, date, a.sport(), a.subSport(), a.elapsedS(), moving,
                a.distanceM(), hr.meanBpm(), hr.peak60sBpm(), hr.coverage(), a.hrSource(), speed,
                first < 0 ? Double.NaN : s.lat(first), first < 0 ? Double.NaN : s.lon(first),
                eligibility(running, moving, hr.coverage(), speed, windows), analysis.session().source(),
                planShape(a.workoutSteps()), reps, StructureKeys.ofDigests(reps), windows, hr.histogram(),
                running && speed == SpeedSource.GPS ? bestEfforts(a, date) : List.of(), analysis.timeTrial());
    }

    static RunEligibility eligibility(boolean running, double movingS, double hrCoverage, SpeedSource speed,
                                      SteadyWindows windows) {
        if (!running) {
            return RunEligibility.NOT_RUNNING;
        }
        if (!(movingS >= MIN_MOVING_S)) {
            return RunEligibility.TOO_SHORT;
        }
        if (!(hrCoverage >= MIN_HR_COVERAGE)) {
            return RunEligibility.HR_COVERAGE_LOW;
        }
        if (speed == SpeedSource.TREADMILL) {
            return RunEligibility.TREADMILL;
        }
        if (speed == SpeedSource.NONE) {
            return RunEligibility.NO_SPEED_SOURCE;
        }
        return windows.isEmpty() ? RunEligibility.NO_STEADY_WINDOWS : RunEligibility.ELIGIBLE;
    }

    static SpeedSource speedSource(Activity a) {
        if (a.subSport().equals("treadmill")) {
            return SpeedSource.TREADMILL;
        }
        Samples s = a.samples();
        if (s.size() > 0 && s.count(Channel.LAT) >= MIN_GPS_SHARE * s.size()) {
            return SpeedSource.GPS;
        }
        return s.has(Channel.DISTANCE) || s.has(Channel.SPEED) ? SpeedSource.DEVICE_DISTANCE : SpeedSource.NONE;
    }

    /**
     * The plan's shape from its steps: recovery between work steps is an interval plan; warm-up or cool-down around
     * work is a framed block, quality when the work is flagged {@code interval}; a lone work step is Garmin's
     * single-step suggestion, which flags its step {@code interval} too (epix2 README).
     */
    static PlanShape planShape(List<WorkoutStep> steps) {
        boolean work = false;
        boolean frame = false;
        boolean intervalWork = false;
        boolean recoveryAfterWork = false;
        for (WorkoutStep st : steps) {
            Intensity in = st.intensity();
            if (in.isWork()) {
                work = true;
                intervalWork |= in == Intensity.INTERVAL;
            } else if (in.isRecovery()) {
                recoveryAfterWork |= work;
            } else if (in == Intensity.WARMUP || in == Intensity.COOLDOWN) {
                frame = true;
            }
        }
        if (!work) {
            return PlanShape.NONE;
        }
        if (recoveryAfterWork) {
            return PlanShape.REPEATS;
        }
        if (!frame) {
            return PlanShape.SINGLE_STEP;
        }
        return intervalWork ? PlanShape.QUALITY_WORK : PlanShape.STEADY_WORK;
    }

    private static List<RepDigest> reps(List<JudgedRep> judged) {
        List<RepDigest> out = new ArrayList<>();
        for (JudgedRep j : judged) {
            Rep r = j.rep();
            out.add(new RepDigest(r.index(), r.kind(), r.startS(), r.durationS(), r.distanceM(),
                    r.nominalDistanceM().orElse(Double.NaN), r.nominalDurationS().orElse(Double.NaN), r.speedMps(),
                    r.avgHr(), j.target(), j.verdict(), j.deltaSPerKm()));
        }
        return out;
    }

    private static int firstPosition(Samples s) {
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isNaN(s.lat(i)) && !Double.isNaN(s.lon(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Fastest stretches over each standard distance the run covers (targets' scan, dated with the local date). */
    private static List<TimeTrial> bestEfforts(Activity a, Optional<LocalDate> date) {
        List<TimeTrial> out = new ArrayList<>();
        if (!a.hasTimeAxis() || !a.samples().has(Channel.DISTANCE)) {
            return out;
        }
        for (double d : EFFORT_M) {
            if (!(a.distanceM() >= d)) {
                break;
            }
            try {
                TimeTrial t = BestEffort.of(a, OptionalDouble.of(d));
                out.add(new TimeTrial(t.distanceM(), t.timeS(), date));
            } catch (TargetException | IllegalArgumentException e) {
                // A run whose samples cover less than its summary says: no effort at this distance or beyond.
                break;
            }
        }
        return out;
    }

    /** The structure key rule, one place: nominal lengths of the reps (not tempo blocks). */
    static final class StructureKeys {
        private StructureKeys() {
        }

        static Optional<StructureKey> of(List<JudgedRep> judged) {
            return ofDigests(reps(judged));
        }

        /**
         * The reps that make the structure: the reps, and when some have a planned length (a workout step), only
         * those — a stray 20 s bit between two planned 8-minute reps (epix2's Tempo session) is not part of it.
         */
        static List<RepDigest> keyReps(List<RepDigest> all) {
            List<RepDigest> reps = all.stream().filter(r -> r.kind() == RepKind.REP).toList();
            List<RepDigest> planned = reps.stream().filter(StructureKeys::planned).toList();
            return planned.isEmpty() ? reps : planned;
        }

        private static boolean planned(RepDigest r) {
            return !Double.isNaN(r.nominalM()) || !Double.isNaN(r.nominalS());
        }

        static Optional<StructureKey> ofDigests(List<RepDigest> all) {
            List<RepDigest> reps = keyReps(all);
            if (reps.isEmpty()) {
                return Optional.empty();
            }
            boolean byTime = reps.stream().allMatch(r -> !Double.isNaN(r.nominalS()))
                    && reps.stream().allMatch(r -> Double.isNaN(r.nominalM()));
            LinkedHashSet<Double> lengths = new LinkedHashSet<>();
            for (RepDigest r : reps) {
                lengths.add(byTime ? r.nominalS()
                        : !Double.isNaN(r.nominalM()) ? r.nominalM() : roundTo(r.distanceM(), 100));
            }
            return Optional.of(new StructureKey(reps.size(),
                    byTime ? StructureKey.Unit.DURATION : StructureKey.Unit.DISTANCE, List.copyOf(lengths)));
        }

        private static double roundTo(double v, double step) {
            return Math.max(step, Math.round(v / step) * step);
        }
    }

    /** Heart-rate statistics over the moving samples, time-weighted (smart recording is irregular). */
    record HrStats(double meanBpm, double peak60sBpm, double coverage, HrHistogram histogram) {
        static HrStats of(Samples s, boolean[] paused) {
            int[] bins = new int[HrHistogram.BINS];
            double withHr = 0;
            double all = 0;
            double sum = 0;
            for (int i = 1; i < s.size(); i++) {
                double dt = s.time(i) - s.time(i - 1);
                if (!(dt > 0) || dt > WindowFinder.MAX_GAP_S || paused[i]) {
                    continue;
                }
                all += dt;
                double h = s.hr(i);
                if (!Double.isNaN(h) && h > 0) {
                    withHr += dt;
                    sum += h * dt;
                    bins[HrHistogram.bin(h)] += (int) Math.round(dt);
                }
            }
            return new HrStats(withHr > 0 ? sum / withHr : Double.NaN, peak60s(s), all > 0 ? withHr / all : 0,
                    new HrHistogram(bins));
        }

        /** The highest mean HR over any 60 s, sample-weighted, two pointers. */
        private static double peak60s(Samples s) {
            double best = Double.NaN;
            double sum = 0;
            int n = 0;
            int from = 0;
            for (int i = 0; i < s.size(); i++) {
                double h = s.hr(i);
                if (Double.isNaN(h) || Double.isNaN(s.time(i))) {
                    continue;
                }
                sum += h;
                n++;
                while (s.time(i) - s.time(from) > 60 || Double.isNaN(s.hr(from)) || Double.isNaN(s.time(from))) {
                    if (!Double.isNaN(s.hr(from)) && !Double.isNaN(s.time(from))) {
                        sum -= s.hr(from);
                        n--;
                    }
                    from++;
                }
                if (s.time(i) - s.time(from) >= 50 && n > 0) {
                    best = Double.isNaN(best) ? sum / n : Math.max(best, sum / n);
                }
            }
            return best;
        }
    }
}
