package org.repcheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.repcheck.history.Baseline;
import org.repcheck.history.Caveat;
import org.repcheck.history.Classification;
import org.repcheck.history.LoadBasis;
import org.repcheck.history.OvercookCost;
import org.repcheck.history.PostRun;
import org.repcheck.history.RepDigest;
import org.repcheck.history.ResidualInterval;
import org.repcheck.history.RunClass;
import org.repcheck.history.RunDigest;
import org.repcheck.history.SessionDelta;
import org.repcheck.history.SkippedRun;
import org.repcheck.history.StructureKey;
import org.repcheck.history.TrialFound;
import org.repcheck.history.TrimpMethod;
import org.repcheck.history.WeekAfter;
import org.repcheck.history.WeekAfterFinding;
import org.repcheck.model.RepSource;

/**
 * The history's values in words (issue 12; SCIENCE §7's wording rules), in the runner's units, built from
 * {@link Words}. The page, the report's week-after box and the terminal text all call these, so a finding reads the
 * same everywhere. Every week-after sentence carries its evidence: the runs, the baseline, the interval, the caveats.
 */
public final class HistoryWords {
    private final Words w;

    public HistoryWords(Units units) {
        this.w = new Words(units);
    }

    /** A run named by its file's own name, without the folders it was given with (the page's title has it all). */
    public static String fileName(String input) {
        return input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
    }

    /** The class as a stable code for JSON, CSV and CSS: interval, tempo, long, race, easy, other. */
    public static String code(RunClass c) {
        return switch (c) {
            case INTERVAL -> "interval";
            case TEMPO -> "tempo";
            case LONG -> "long";
            case RACE_OR_TT -> "race";
            case EASY -> "easy";
            case OTHER -> "other";
        };
    }

    /** The class for people. */
    public static String label(RunClass c) {
        return switch (c) {
            case INTERVAL -> "interval session";
            case TEMPO -> "tempo";
            case LONG -> "long run";
            case RACE_OR_TT -> "race or time trial";
            case EASY -> "easy";
            case OTHER -> "other";
        };
    }

    /** Why the run got its class, with the numbers that decided it. */
    public String basis(Classification c, RunDigest d) {
        double v = c.value();
        double t = c.threshold();
        return switch (c.basis()) {
            case NOT_RUNNING -> "not a run (" + (d.sport().isEmpty() ? "no sport given" : d.sport()) + ")";
            case REPS_FOUND -> String.format(Locale.ROOT, "%.0f reps found from %s", v, source(d.repSource()))
                    + (Double.isFinite(t) ? String.format(Locale.ROOT, " (%.0f or more make a session)", t) : "")
                    + plan(d.plan());
            case PLANNED_QUALITY_WORKOUT -> String.format(Locale.ROOT, "the watch ran a quality workout%s and its "
                    + "work was found (%.0f rep%s)", plan(d.plan()), v, v == 1 ? "" : "s");
            case PLANNED_STEADY_WORK -> String.format(Locale.ROOT, "the watch ran a framed steady workout%s (%.0f "
                    + "work step%s found)", plan(d.plan()), v, v == 1 ? "" : "s");
            case EFFORT_VS_HISTORY -> String.format(Locale.ROOT, "a best effort at %.0f %% of this history's best "
                    + "speed over its distance, no time trial to compare (%.0f %% or more is race-like)", 100 * v,
                    100 * t);
            case TEMPO_BLOCK -> "a tempo block of " + Words.clock(v, 0);
            case SUSTAINED_HARD_HR -> Words.clock(v, 0) + String.format(Locale.ROOT, " at or above %.0f bpm", t);
            case DURATION -> "moving " + Words.clock(v, 0) + ", at least " + Words.clock(t, 0);
            case EFFORT_VS_TT -> String.format(Locale.ROOT, "a best effort at %.0f %% of the speed your time trial "
                    + "predicts over its distance (Riegel; %.0f %% or more is race-like)", 100 * v, 100 * t);
            case EFFORT_VS_HR_MAX -> String.format(Locale.ROOT, "mean HR %.0f %% of HR max, no time trial to compare "
                    + "(%.0f %% or more is race-like)", 100 * v, 100 * t);
            case NOTHING_HARD -> "no reps, no tempo block, under 90 min and no race-like effort"
                    + (Double.isFinite(v) ? String.format(Locale.ROOT, " (mean HR %.0f %% of HR max)", 100 * v) : "");
        };
    }

    /** ", warm-up, work and recoveries": what the watch's plan looked like, "" for none. */
    private static String plan(org.repcheck.history.PlanShape p) {
        return switch (p) {
            case NONE -> "";
            case SINGLE_STEP -> ", a single-step plan";
            case STEADY_WORK -> ", warm-up and cool-down around steady work";
            case QUALITY_WORK -> ", warm-up and cool-down around a quality block";
            case REPEATS -> ", work steps with recoveries between them";
        };
    }

    private static String source(RepSource s) {
        return switch (s) {
            case WORKOUT -> "the watch's workout steps";
            case LAPS -> "device laps";
            case SIGNAL -> "the speed signal";
            case NONE -> "nothing";
        };
    }

    /** The finding's headline; "not enough easy runs to compare" for either lack of data (SCIENCE §7 step 3, 6). */
    public static String finding(WeekAfterFinding f) {
        return switch (f) {
            case SLOWER_AT_SAME_HR -> "Slower at the same HR.";
            case POSSIBLY_SLOWER -> "Possibly slower.";
            case NO_DETECTABLE_CHANGE -> "No detectable change.";
            case NOT_ENOUGH_EASY_RUNS, NOT_ENOUGH_BASELINE -> "Not enough easy runs to compare.";
        };
    }

    /** The finding as a stable code. */
    public static String code(WeekAfterFinding f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /** "bad", "warn", "plain" or "none": how the box is coloured. */
    public static String findingClass(WeekAfterFinding f) {
        return switch (f) {
            case SLOWER_AT_SAME_HR -> "bad";
            case POSSIBLY_SLOWER -> "warn";
            case NO_DETECTABLE_CHANGE -> "plain";
            case NOT_ENOUGH_EASY_RUNS, NOT_ENOUGH_BASELINE -> "none";
        };
    }

    /** The sentence after the headline: what was measured, or what was missing (then no number at all). */
    public String statement(WeekAfter wa) {
        Optional<Double> ref = wa.baseline().fit().map(f -> f.refHrBpm());
        String at = ref.map(h -> String.format(Locale.ROOT, " at %.0f bpm", h)).orElse(" at the same HR");
        switch (wa.finding()) {
            case NOT_ENOUGH_BASELINE:
                return String.format(Locale.ROOT, "Only %d fresh easy run%s in the 4 weeks before this session (each "
                        + "at least 72 h after a hard session); a baseline needs 6, so no number is given.",
                        wa.baseline().runs(), wa.baseline().runs() == 1 ? "" : "s");
            case NOT_ENOUGH_EASY_RUNS:
                return String.format(Locale.ROOT, "%s on the three days after qualified; a claim needs 2 (one run "
                        + "alone is noisy by about 4–7 s/km), so no number is given.",
                        wa.postRuns().isEmpty() ? "No easy run" : "Only " + wa.postRuns().size() + " easy run");
            default:
                break;
        }
        ResidualInterval i = wa.interval().orElseThrow();
        String swc = wa.baseline().fit().map(f -> w.gap(f.swcSPerKm())).orElse("–");
        String mean = (i.meanSPerKm() >= 0 ? w.gap(i.meanSPerKm()) + " slower" : w.gap(i.meanSPerKm()) + " faster");
        String head = String.format(Locale.ROOT, "Over %d easy run%s on the three days after, %s%s than your fresh "
                + "baseline (90 %% interval %s)", i.runs(), i.runs() == 1 ? "" : "s", mean, at, interval(i));
        String tail = switch (wa.finding()) {
            case SLOWER_AT_SAME_HR -> ", wholly beyond the smallest worthwhile change of " + swc + ".";
            case POSSIBLY_SLOWER -> ": slower than no change, but not clearly beyond the smallest worthwhile change of "
                    + swc + ".";
            default -> ", which " + (i.lowSPerKm() <= 0 && i.highSPerKm() >= 0 ? "includes no change"
                    : "does not show a slowdown") + " (smallest worthwhile change " + swc + ").";
        };
        String low = wa.lowHrAtPace() ? " Faster at the same HR can mean a lower HR at pace from accumulated fatigue "
                + "(functional overreaching): flagged, not celebrated." : "";
        return head + tail + low;
    }

    /** "+6.1 to +18.5 s/km" (positive = slower at the same HR). */
    public String interval(ResidualInterval i) {
        return signed(i.lowSPerKm()) + " to " + signed(i.highSPerKm()) + " s" + w.units().paceSuffix();
    }

    /** The interval cell: the mean and its 90 % interval with how it was worked out, or why there is none. */
    public String intervalLine(WeekAfter wa) {
        return wa.interval().map(i -> signed(i.meanSPerKm()) + " s" + w.units().paceSuffix() + " (90 % interval "
                        + interval(i) + "; t with " + i.degreesOfFreedom() + " df, " + i.runs() + " runs; + is slower)")
                .orElse("none: not enough data for a number");
    }

    private String signed(double sPerKm) {
        return w.signedGap(sPerKm);
    }

    /** The baseline's size and what it sets, shown even when it is too small. */
    public String baseline(Baseline b) {
        String span = b.from().isPresent() && b.to().isPresent() ? b.from().get() + " – " + b.to().get() : "no dates";
        String size = String.format(Locale.ROOT, "%d easy run%s, %d steady windows, %s (4 weeks before, each at least "
                + "72 h after a hard session)", b.runs(), b.runs() == 1 ? "" : "s", b.windows(), span);
        return size + b.fit().map(f -> String.format(Locale.ROOT, "; reference HR %.0f bpm, pace there %s; typical "
                + "error %s, smallest worthwhile change %s", f.refHrBpm(), w.pace(Units.secondsPerKm(f.refSpeedMps())),
                w.gap(f.teSPerKm()), w.gap(f.swcSPerKm()))).orElse("; 6 runs are needed for a baseline");
    }

    /** A post-session run used: "2025-01-18 (D+1): +12.3 s/km at median HR 148 bpm, 31 windows". */
    public String postRun(PostRun p, String file) {
        return String.format(Locale.ROOT, "%s (D+%d) %s: %s s%s at median HR %.0f bpm, %d windows", p.date(),
                p.daysAfter(), file, signed(p.residualSPerKm()), w.units().paceSuffix(), p.medianHrBpm(), p.windows());
    }

    /** A run of D+1..D+3 left out, and why. */
    public static String skipped(SkippedRun s, String file) {
        String why = switch (s.reason()) {
            case HARD_SESSION -> "a hard session itself";
            case LONG_RUN -> "a long run (90 min or more drifts, so it is no easy run's evidence)";
            case NOT_ELIGIBLE -> "its data cannot enter the comparison (under 20 min, HR on under 90 %, or no steady "
                    + "60 s window)";
            case TREADMILL -> "a treadmill run (left out unless calibrated)";
            case NO_SPEED -> "no GPS or footpod speed";
            case FEW_WINDOWS -> "too few steady 60 s windows to count";
        };
        return "not used: " + s.date() + " (D+" + s.daysAfter() + ") " + file + ", " + why;
    }

    /** A caveat shown with the number. */
    public static String caveat(Caveat c) {
        return switch (c) {
            case HEAT_NOT_MEASURED -> "heat: the files hold no temperature, and heat raises HR at a pace";
            case HILLS_GRADE_ADJUSTED -> "hills: windows on grades were grade-adjusted (Minetti), a model";
            case GRADE_UNKNOWN -> "route: a run has no altitude, so its grade is unknown";
            case NEW_PLACE -> "route: a run started over 50 km from every baseline run (another route or climate)";
            case WRIST_HR -> "HR from the wrist: noisier, and it can lock onto the step rate";
            case HR_SOURCE_UNKNOWN -> "HR source not recorded (chest strap or wrist)";
            case HR_SOURCE_CHANGED -> "some runs used another HR sensor (strap or wrist) than the baseline";
            case TREADMILL_EXCLUDED -> "treadmill runs left out";
            case NO_SPEED_EXCLUDED -> "runs without GPS or footpod speed left out";
            case LOW_HR_AT_PACE -> "lower HR at pace: accumulated fatigue can lower HR (functional overreaching)";
            case HARD_SESSION_IN_WINDOW -> "another hard session in the three days after: part of the cost may be its";
        };
    }

    /** Across the history: does overcooking cost more in the week after? With the counts and the test. */
    public String overcook(OvercookCost c) {
        int over = c.overcookedIds().size();
        int on = c.onTargetIds().size();
        String counts = String.format(Locale.ROOT, "%d overcooked and %d on-target session%s have a week-after "
                + "number", over, on, on == 1 ? "" : "s");
        if (c.finding() == org.repcheck.history.CostFinding.NOT_ENOUGH_SESSIONS) {
            return "Whether overcooked sessions cost more the week after: not enough sessions to say — " + counts
                    + "; " + OvercookCost.MIN_EACH + " of each are needed (sessions are labelled only when their reps"
                    + " were judged against a time trial).";
        }
        String means = "after overcooked sessions the easy runs were " + signedUnit(c.meanOvercookedSPerKm())
                + " at the same HR, after on-target ones " + signedUnit(c.meanOnTargetSPerKm()) + ", a difference of "
                + signedUnit(c.differenceSPerKm());
        String test = String.format(Locale.ROOT, " (permutation test over the session labels, %d shuffles: p = %s)",
                c.permutations(), c.pValue().isPresent() ? String.format(Locale.ROOT, "%.3f", c.pValue().getAsDouble())
                        : "–");
        return (c.finding() == org.repcheck.history.CostFinding.MORE_COST_AFTER_OVERCOOKED
                ? "Overcooked sessions cost more the week after: " : "No difference shown between overcooked and "
                + "on-target sessions: ") + counts + "; " + means + test + ".";
    }

    private String signedUnit(java.util.OptionalDouble v) {
        return v.isPresent() ? signed(v.getAsDouble()) + " s" + w.units().paceSuffix() : "–";
    }

    /** "6 × 400 m", "5 × 3 min", "8 × 40 s", "4 reps of 1600 m, 1200 m, 800 m, 400 m". */
    public static String structure(StructureKey k) {
        List<String> lengths = new ArrayList<>();
        for (double l : k.lengths()) {
            lengths.add(k.unit() == StructureKey.Unit.DISTANCE ? Words.repDistance(l) : timeLength(l));
        }
        return k.uniform() ? k.reps() + " × " + lengths.get(0) : k.reps() + " reps of " + String.join(", ", lengths);
    }

    private static String timeLength(double s) {
        return s >= 60 && Math.abs(s % 60) < 0.5 ? Math.round(s / 60) + " min" : Math.round(s) + " s";
    }

    /** One rep of a group session: "2: 3:45.0/km, band 3:40.0–3:44.0/km, overcooked, 171 bpm". */
    public String rep(RepDigest r) {
        String hr = Double.isFinite(r.avgHrBpm()) ? String.format(Locale.ROOT, ", %.0f bpm", r.avgHrBpm()) : "";
        return r.index() + ": " + w.pace(Units.secondsPerKm(r.speedMps()))
                + r.band().map(b -> ", band " + w.band(b)).orElse("")
                + ", " + Formats.verdict(r.verdict()) + hr;
    }

    /** "2.0 s/km faster than last time (41 days before) at 4 bpm less". */
    public String change(SessionDelta d) {
        String pace = Double.isFinite(d.paceDeltaSPerKm()) ? w.gap(d.paceDeltaSPerKm())
                + (d.paceDeltaSPerKm() <= 0 ? " faster" : " slower") : "pace not comparable";
        String hr = !Double.isFinite(d.hrDeltaBpm()) ? "" : Math.round(d.hrDeltaBpm()) == 0 ? " at the same HR"
                : String.format(Locale.ROOT, " at %d bpm %s", Math.abs(Math.round(d.hrDeltaBpm())),
                d.hrDeltaBpm() < 0 ? "less" : "more");
        return pace + " than last time (" + d.days() + " days before)" + hr;
    }

    /** Which load the weekly TRIMP is, and the HR anchors it used. */
    public static String load(LoadBasis b, String hrMaxRunFile) {
        String method = b.method() == TrimpMethod.EDWARDS
                ? "Edwards' TRIMP (minutes in 50–60, 60–70, 70–80, 80–90 and 90–100 % of HR max, weighted 1 to 5)"
                : "Banister's TRIMP (minutes × HR reserve × 0.64·e^(1.92·HR reserve))";
        String max = switch (b.hrMaxFrom()) {
            case GIVEN -> String.format(Locale.ROOT, "HR max %.0f bpm as given", b.hrMaxBpm());
            case HISTORY_PEAK -> String.format(Locale.ROOT, "HR max %.0f bpm, the highest 60 s HR in these runs%s — "
                    + "a lower bound, so the zones may sit a little high", b.hrMaxBpm(),
                    hrMaxRunFile.isEmpty() ? "" : " (" + hrMaxRunFile + ")");
            case NONE -> "no heart rate in these runs, so no load";
        };
        String rest = b.hrRestBpm().isPresent() ? String.format(Locale.ROOT, ", resting HR %.0f bpm",
                b.hrRestBpm().getAsDouble()) : "";
        return "Load: " + method + ", with " + max + rest + "; every activity with HR counts, cross-training too.";
    }

    /** "5 km in 19:52" within the run. */
    public static String effort(TrialFound t) {
        return Words.raceDistance(t.effort().distanceM()) + " in " + Words.clock(t.effort().timeS(), 0);
    }

    /** "a 5 km time trial of 19:40 (--tt 5k=19:40@2025-03-01)". */
    public static String implied(TrialFound t) {
        return "a " + Words.raceDistance(t.implied().distanceM()) + " time trial of "
                + Words.clock(t.implied().timeS(), 0) + " (--tt " + Words.ttOption(t.implied()) + ")";
    }

    /** How the implied TT compares with the one in force. */
    public static String against(TrialFound t) {
        if (t.inForce().isEmpty() || t.deltaS().isEmpty()) {
            return "no time trial was in force on that date";
        }
        double d = t.deltaS().getAsDouble();
        String by = Words.clock(Math.abs(d), 0);
        return (Math.abs(d) < 0.5 ? "the same as" : d < 0 ? by + " faster than" : by + " slower than")
                + " the time trial in force, " + Words.timeTrial(t.inForce().get());
    }
}
