package org.repcheck.history;

import org.repcheck.model.HrSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.repcheck.model.GeoDistance;

/**
 * The week after each interval session, SCIENCE §7 exactly: a baseline from the 4 weeks before D of easy runs at
 * least 72 h after any hard session, speed = α + β·HR over their windows, ≥ 6 runs or no number; each run's
 * residual the median of its windows' in s/km at the reference HR; TE the SD of the baseline runs' residuals; the
 * D+1..D+3 mean residual with a 90 % t interval; "slower" only with ≥ 2 runs and the interval wholly beyond
 * SWC = 0.5 × TE.
 *
 * <p>Choices SCIENCE leaves open, and why: the relation is the athlete's (step 3, "per athlete"): its slope β
 * from every easy window of the history, where the pace varies enough to show it, and α from the 4-week baseline,
 * which is what the runner's fresh level is — a slope from one month's narrow band of easy paces is mostly noise
 * and lets the day's pace choice leak into the residuals (measured: TE 7.2 → 6.5 s/km on generated histories). The
 * interval's SD is the baseline's TE, not the 2–3 post runs' own
 * (an SD from two values is no estimate), with the baseline's degrees of freedom, and its width counts the
 * baseline mean's own error too: SE = TE·√(1/n + 1/n_baseline). The post mean is taken less the baseline runs'
 * mean residual (a median-of-windows residual need not average 0). A run needs {@value #MIN_WINDOWS} steady
 * windows to count: one or two minutes are not a run's evidence.
 */
final class WeekAfters {
    static final int BASELINE_DAYS = 28;
    static final Duration FRESH_AFTER_HARD = Duration.ofHours(72);
    static final int MIN_BASELINE_RUNS = 6;
    static final int MIN_POST_RUNS = 2;
    static final int POST_DAYS = 3;
    static final int MIN_WINDOWS = 5;
    static final double LEVEL = 0.90;
    static final double NEW_PLACE_M = 50_000;

    private final List<ClassifiedRun> runs;
    private final double athleteBeta;

    /** @param athleteBeta the athlete's HR–speed slope, m/s per bpm, from the whole history */
    WeekAfters(List<ClassifiedRun> runs, double athleteBeta) {
        this.runs = runs;
        this.athleteBeta = athleteBeta;
    }

    List<WeekAfter> all() {
        List<WeekAfter> out = new ArrayList<>();
        for (ClassifiedRun r : runs) {
            if (r.runClass() == RunClass.INTERVAL && r.digest().localDate().isPresent()) {
                out.add(of(r));
            }
        }
        return out;
    }

    WeekAfter of(ClassifiedRun session) {
        LocalDate d = session.digest().localDate().get();
        List<RunDigest> base = baselineRuns(d);
        Baseline baseline = new Baseline(base.stream().map(RunDigest::id).toList(),
                base.stream().mapToInt(b -> b.windows().size()).sum(), base.stream().findFirst()
                .flatMap(RunDigest::localDate), base.isEmpty() ? Optional.empty()
                : base.get(base.size() - 1).localDate(), Optional.empty());
        List<SkippedRun> skipped = new ArrayList<>();
        List<RunDigest> post = postRuns(d, skipped);
        Optional<SessionLabel> label = label(session.digest());
        if (base.size() < MIN_BASELINE_RUNS) {
            return new WeekAfter(session.id(), d, label, WeekAfterFinding.NOT_ENOUGH_BASELINE, baseline, List.of(),
                    skipped, Optional.empty(), false, caveats(List.of(), base, skipped));
        }
        EasyRelation rel = EasyRelation.withSlope(base, athleteBeta);
        double[] baseRes = leaveOneOut(base, rel);
        double te = Stats.sd(baseRes);
        BaselineFit fit = new BaselineFit(rel.alphaMps(), rel.betaMpsPerBpm(), rel.refHrBpm(), rel.refSpeedMps(), te,
                0.5 * te);
        baseline = new Baseline(baseline.runIds(), baseline.windows(), baseline.from(), baseline.to(),
                Optional.of(fit));
        List<PostRun> used = new ArrayList<>();
        for (RunDigest p : post) {
            double[] hr = p.windows().hrBpm();
            used.add(new PostRun(p.id(), p.localDate().get(), (int) ChronoUnit.DAYS.between(d, p.localDate().get()),
                    p.windows().size(), rel.runResidualSPerKm(p), Stats.median(hr), p.hrSource()));
        }
        List<Caveat> caveats = caveats(post, base, skipped);
        if (used.size() < MIN_POST_RUNS) {
            return new WeekAfter(session.id(), d, label, WeekAfterFinding.NOT_ENOUGH_EASY_RUNS, baseline, used,
                    skipped, Optional.empty(), false, caveats);
        }
        ResidualInterval ci = interval(used, baseRes, te);
        WeekAfterFinding finding = ci.lowSPerKm() > fit.swcSPerKm() ? WeekAfterFinding.SLOWER_AT_SAME_HR
                : ci.lowSPerKm() > 0 ? WeekAfterFinding.POSSIBLY_SLOWER : WeekAfterFinding.NO_DETECTABLE_CHANGE;
        boolean lowHr = ci.highSPerKm() < -fit.swcSPerKm();
        if (lowHr) {
            caveats = new ArrayList<>(caveats);
            caveats.add(Caveat.LOW_HR_AT_PACE);
        }
        return new WeekAfter(session.id(), d, label, finding, baseline, used, skipped, Optional.of(ci), lowHr,
                caveats);
    }

    /**
     * Each baseline run's residual against the fit on the other baseline runs. A run scored against a fit it helped
     * make sits closer to it than a new run will (in-sample residuals shrink by the fit's leverage), so the post
     * runs, which are new, would be judged against a TE too small and "slower" would be claimed too often (in-sample:
     * 5.2 % false "slower" on generated histories; left out: about 2 %). The reference HR and speed stay the full
     * fit's, so every residual is in the same s/km.
     */
    private double[] leaveOneOut(List<RunDigest> base, EasyRelation full) {
        double[] out = new double[base.size()];
        for (int i = 0; i < out.length; i++) {
            List<RunDigest> others = new ArrayList<>(base);
            others.remove(i);
            EasyRelation rel = EasyRelation.withSlope(others, athleteBeta);
            out[i] = new EasyRelation(rel.alphaMps(), rel.betaMpsPerBpm(), full.refHrBpm(), rel.windows())
                    .runResidualSPerKm(base.get(i));
        }
        return out;
    }

    static ResidualInterval interval(List<PostRun> used, double[] baseRes, double te) {
        double[] r = used.stream().mapToDouble(PostRun::residualSPerKm).toArray();
        double mean = Stats.mean(r) - Stats.mean(baseRes);
        int df = baseRes.length - 1;
        double half = Stats.tQuantile(LEVEL, df) * te * Math.sqrt(1.0 / r.length + 1.0 / baseRes.length);
        return new ResidualInterval(mean, mean - half, mean + half, r.length, df);
    }

    /** Easy eligible runs of D−28..D−1, each starting at least 72 h after the end of any hard session. */
    private List<RunDigest> baselineRuns(LocalDate d) {
        List<RunDigest> out = new ArrayList<>();
        Optional<Instant> lastHardEnd = Optional.empty();
        for (ClassifiedRun r : runs) {
            RunDigest g = r.digest();
            if (g.localDate().isEmpty() || g.start().isEmpty()) {
                continue;
            }
            LocalDate day = g.localDate().get();
            if (!day.isBefore(d)) {
                break;
            }
            boolean inRange = !day.isBefore(d.minusDays(BASELINE_DAYS));
            boolean fresh = lastHardEnd.map(e -> !g.start().get().isBefore(e.plus(FRESH_AFTER_HARD))).orElse(true);
            if (inRange && fresh && usable(r)) {
                out.add(g);
            }
            if (r.runClass().isHard()) {
                lastHardEnd = Optional.of(g.start().get().plusSeconds((long) finite(g.elapsedS(), g.movingS())));
            }
        }
        return out;
    }

    private static double finite(double a, double b) {
        return Double.isFinite(a) ? a : Double.isFinite(b) ? b : 0;
    }

    private static boolean usable(ClassifiedRun r) {
        return r.runClass() == RunClass.EASY && r.digest().eligibility() == RunEligibility.ELIGIBLE
                && r.digest().windows().size() >= MIN_WINDOWS;
    }

    private List<RunDigest> postRuns(LocalDate d, List<SkippedRun> skipped) {
        List<RunDigest> out = new ArrayList<>();
        for (ClassifiedRun r : runs) {
            RunDigest g = r.digest();
            if (g.localDate().isEmpty() || !g.isRunning()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(d, g.localDate().get());
            if (days < 1 || days > POST_DAYS) {
                continue;
            }
            Optional<SkippedRun.Reason> why = whyNot(r);
            if (why.isPresent()) {
                skipped.add(new SkippedRun(g.id(), g.localDate().get(), (int) days, why.get()));
            } else {
                out.add(g);
            }
        }
        return out;
    }

    private static Optional<SkippedRun.Reason> whyNot(ClassifiedRun r) {
        RunDigest g = r.digest();
        if (r.runClass().isHard()) {
            return Optional.of(SkippedRun.Reason.HARD_SESSION);
        }
        if (r.runClass() != RunClass.EASY) {
            return Optional.of(SkippedRun.Reason.LONG_RUN);
        }
        return switch (g.eligibility()) {
            case TREADMILL -> Optional.of(SkippedRun.Reason.TREADMILL);
            case NO_SPEED_SOURCE -> Optional.of(SkippedRun.Reason.NO_SPEED);
            case ELIGIBLE -> g.windows().size() >= MIN_WINDOWS ? Optional.empty()
                    : Optional.of(SkippedRun.Reason.FEW_WINDOWS);
            case NO_STEADY_WINDOWS -> Optional.of(SkippedRun.Reason.FEW_WINDOWS);
            default -> Optional.of(SkippedRun.Reason.NOT_ELIGIBLE);
        };
    }

    /** Overcooked when at least a third of the judged reps (and at least one) were; on target otherwise. */
    static Optional<SessionLabel> label(RunDigest d) {
        long judged = d.reps().stream().filter(r -> r.verdict() != org.repcheck.model.Verdict.UNJUDGED).count();
        long over = d.reps().stream().filter(r -> r.verdict() == org.repcheck.model.Verdict.OVERCOOKED).count();
        if (judged == 0) {
            return Optional.empty();
        }
        return Optional.of(over >= 1 && 3 * over >= judged ? SessionLabel.OVERCOOKED : SessionLabel.ON_TARGET);
    }

    private static List<Caveat> caveats(List<RunDigest> post, List<RunDigest> base, List<SkippedRun> skipped) {
        Set<Caveat> c = EnumSet.of(Caveat.HEAT_NOT_MEASURED);
        for (RunDigest p : post) {
            SteadyWindows w = p.windows();
            for (int i = 0; i < w.size(); i++) {
                if (Double.isNaN(w.grade(i))) {
                    c.add(Caveat.GRADE_UNKNOWN);
                } else if (Math.abs(w.grade(i)) > 0.01) {
                    c.add(Caveat.HILLS_GRADE_ADJUSTED);
                }
            }
            if (p.hrSource() == HrSource.WRIST) {
                c.add(Caveat.WRIST_HR);
            } else if (p.hrSource() == HrSource.UNKNOWN) {
                c.add(Caveat.HR_SOURCE_UNKNOWN);
            }
            if (p.hrSource() != HrSource.UNKNOWN && base.stream().map(RunDigest::hrSource)
                    .anyMatch(b -> b != HrSource.UNKNOWN && b != p.hrSource())) {
                c.add(Caveat.HR_SOURCE_CHANGED);
            }
            if (farFromAll(p, base)) {
                c.add(Caveat.NEW_PLACE);
            }
        }
        for (SkippedRun s : skipped) {
            switch (s.reason()) {
                case TREADMILL -> c.add(Caveat.TREADMILL_EXCLUDED);
                case NO_SPEED -> c.add(Caveat.NO_SPEED_EXCLUDED);
                case HARD_SESSION -> c.add(Caveat.HARD_SESSION_IN_WINDOW);
                default -> { }
            }
        }
        return List.copyOf(c);
    }

    private static boolean farFromAll(RunDigest p, List<RunDigest> base) {
        if (Double.isNaN(p.startLatDeg()) || base.isEmpty()) {
            return false;
        }
        for (RunDigest b : base) {
            double m = GeoDistance.haversineM(p.startLatDeg(), p.startLonDeg(), b.startLatDeg(), b.startLonDeg());
            if (!(m > NEW_PLACE_M)) {
                return false;
            }
        }
        return true;
    }
}
