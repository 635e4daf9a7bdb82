package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.repcheck.model.TimeRange;
/**
 * Reps from the speed signal alone, for GPX tracks and sessions run without the lap button. Each step below fixed
 * a failure the generated sessions (SignalDetectionScoreTest) or real corpus files exposed.
 *
 * <ol>
 * <li>Speed: the centred difference of the timing series (distance integrated from the watch's Doppler speed when it
 * wrote one, else the distance itself) over ±4 s at 1 s recording, wider for "smart" recording (less wide for
 * strides, {@link SmoothedSpeed#strideHalfWindow}), box-smoothed once more; zero while paused.
 * Where the file has altitude, speed is grade-adjusted, so climbs do not chop a long rep
 * and a hilly easy run does not look like fartlek. Where the speed does not follow the 30 s grade (a GPS chip's
 * altitude, see {@link Grades}), or where the first reading finds nothing, the run is read a second time with the
 * grade over two minutes; {@link GradeReadings} says which reading stands.</li>
 * <li>Work and recovery: Otsu's threshold on the session's own distribution of moving speeds, with hysteresis. The
 * session must be clearly two-paced: fast/easy class means ≥ {@link #MIN_CLASS_RATIO}, Otsu's η ≥ {@link #MIN_ETA}
 * (or ≥ {@link #MIN_BIMODAL_RATIO} with η ≥ {@link #MIN_BIMODAL_ETA}: two levels, as a tempo block gives), each class
 * ≥ {@link #MIN_CLASS_SHARE} of the moving time. Steady, progressive and hilly easy runs fail here.</li>
 * <li>Bouts ({@link FastBouts}): dips shorter than {@link FastBouts#MAX_DIP_S}, or up to
 * {@link FastBouts#MAX_SOFT_DIP_S} but still near rep pace, are bridged (never across a pause); a brisk warm-up or
 * cool-down glued to a rep is cut off where a two-line fit finds the pace change; bouts shorter than
 * {@link #MIN_REP_S} are dropped, unless every bout is a stride of 12-45 s far faster than the running around it (a
 * session of strides, {@link Strides}, looked for too when the reps found are all short enough to be strides).</li>
 * <li>Boundaries: each is placed on the timing series by a local two-line fit (±{@link #LOCAL_FIT_S}) near the
 * threshold crossing, refined to the lines' intersection, then moved back by {@link #TRANSITION_LEAD_S} to where
 * the change of pace begins. Smoothing delays a crossing by seconds; a 90 s rep needs its time to ±0.5 s.</li>
 * <li>Checks: each bout ≥ {@link #MIN_LOCAL_RATIO} × the speed of the minute either side; reps not most of the
 * run ({@link SetOfReps}); and structure — most reps share a distance or duration, or they form a ladder at one pace. A trail run's
 * running between walks, or a steady run broken by stops, has none.</li>
 * </ol>
 * Pauses (the activity's, and long recording gaps while standing) are recoveries.
 */
final class SignalSegmenter {
    static final double MOVING_MPS = 1.6;
    /** Half-width of the two-line fit that places a boundary: long enough to average GPS noise, short enough
     * that the pace on each side is one pace. */
    static final double LOCAL_FIT_S = 30;
    /**
     * Two fitted lines cross in the middle of a change of pace, but a rep begins (the lap button, the start line)
     * where the runner begins to speed up, and ends where they begin to ease off: speeding up takes 2-4 s, easing
     * off 3-5 s, and a watch's speed lags a little more. On the real IpBike 4 × 6 min file the crossings fell
     * 1.5-3.0 s after the lap presses at the starts and 3.4-5.4 s after them at the ends. Starts move back by this.
     */
    static final double TRANSITION_LEAD_S = 1.5;
    /** Easing off takes longer than speeding up (see above), so an end's crossing lags further behind the press. */
    static final double END_LEAD_S = 2.5;
    static final double MIN_CLASS_RATIO = 1.15;
    static final double MIN_ETA = 0.5;
    /**
     * Two paces closer than {@link #MIN_CLASS_RATIO} are still two when the split explains this much of the spread:
     * Otsu's η is 0.64 for one pace with normal scatter and 0.75 for a steady progression (a uniform spread), and
     * near 1 for two levels, as a tempo block 10-15 % faster than its warm-up and cool-down gives.
     */
    static final double MIN_BIMODAL_ETA = 0.80;
    static final double MIN_BIMODAL_RATIO = 1.10;
    /** The least share of the moving time each pace class must hold. */
    static final double MIN_CLASS_SHARE = 0.05;
    static final double MIN_REP_S = 25;
    static final double MIN_LOCAL_RATIO = 1.15;
    /** Faster than this is a GPS glitch or a vehicle, not running: left out of the speed distribution. */
    static final double MAX_MPS = 8.0;

    private SignalSegmenter() {
    }

    static List<RepSpan> find(Track track, RunningRanges running, List<String> notes) {
        int n = track.n;
        double dt = track.dt;
        boolean[] in = new boolean[n];
        int inCount = 0;
        for (int i = 0; i < n; i++) {
            in[i] = running.contains(track.time(i));
            if (in[i]) {
                inCount++;
            }
        }
        if (inCount * dt < 120) {
            notes.add("signal: under two minutes of running to search");
            return List.of();
        }
        Speeds raw = Speeds.of(track);
        double[] grade = track.alt == null ? null : Grades.over(track, Grades.HALF_S);
        double[] longGrade = track.alt == null ? null : Grades.over(track, Grades.LONG_HALF_S);
        GradeReadings.Reading reading = search(track, in, inCount, raw, grade, false);
        if (grade != null) {
            OptionalDouble response = GradeResponse.slope(track, in, raw.reps(), grade);
            boolean ignored = response.isPresent() && response.getAsDouble() > Grades.WEAK_RESPONSE_SLOPE;
            if (ignored || reading.found() == GradeReadings.Found.NONE) {
                reading = GradeReadings.choose(track, reading, search(track, in, inCount, raw, longGrade, false),
                        ignored);
            }
            if (ignored) {
                reading = GradeReadings.orStridesOnTheGround(reading, search(track, in, inCount, raw, null, false));
            }
        }
        if (reading.found() == GradeReadings.Found.NONE) {
            reading = stridesInTheFastClass(track, in, inCount, raw, grade, longGrade).orElse(reading);
        }
        notes.addAll(reading.notes());
        return reading.spans();
    }

    /**
     * Strides the run's own split cannot see: when the easy class holds both the jog and brisker running (a
     * warm-up on hills, effort-adjusted), the split falls between those two and the strides are a sliver of the
     * fast class. Asked only of a run where both readings found nothing, with the fast class split again
     * ({@link Strides#inFastClass}), over the 30 s grade and then over two minutes.
     */
    private static Optional<GradeReadings.Reading> stridesInTheFastClass(Track track, boolean[] in, int inCount,
                                                                        Speeds raw, double[] grade,
                                                                        double[] longGrade) {
        GradeReadings.Reading deeper = search(track, in, inCount, raw, grade, true);
        if (deeper.found() != GradeReadings.Found.STRIDES && longGrade != null) {
            deeper = search(track, in, inCount, raw, longGrade, true);
        }
        return deeper.found() == GradeReadings.Found.STRIDES ? Optional.of(deeper) : Optional.empty();
    }

    /**
     * One reading of the run: its speed grade-adjusted with {@code grade} (none when null), split, checked; with
     * {@code deeper}, strides only, looked for in the split's fast class.
     */
    private static GradeReadings.Reading search(Track track, boolean[] in, int inCount, Speeds raw,
                                                double[] grade, boolean deeper) {
        Moving run = Moving.of(track, in, raw.reps(), grade);
        if (run.count() * track.dt < 120) {
            return none("signal: under two minutes of running movement");
        }
        PaceSplit split = run.split();
        List<String> notes = new ArrayList<>();
        List<RepSpan> reps = List.of();
        if (deeper) {
            notes.add("signal: no strides in the run's fast class");
        } else if (split.twoPaces(MIN_CLASS_RATIO, MIN_ETA, MIN_CLASS_SHARE)
                || split.twoPaces(MIN_BIMODAL_RATIO, MIN_BIMODAL_ETA, MIN_CLASS_SHARE)) {
            reps = fromSplit(track, run.v(), run.effort(), in, inCount, split, Bouts.REPS, notes);
        } else {
            notes.add(String.format(Locale.ROOT,
                    "signal: the run is one-paced (fast/easy speed ratio %.2f, separation %.2f, easy share %.2f): no reps",
                    split.fastMps() / split.easyMps(), split.eta(), split.easyShare()));
        }
        if (reps.isEmpty() || Strides.couldBe(reps)) {
            Moving strideRun = raw.strides() == raw.reps() ? run : Moving.of(track, in, raw.strides(), grade);
            Optional<GradeReadings.Reading> strides = strides(track, strideRun, in, inCount, reps, deeper);
            if (strides.isPresent()) {
                return strides.get();
            }
        }
        GradeReadings.Found found = reps.isEmpty() ? GradeReadings.Found.NONE
                : reps.size() == 1 ? GradeReadings.Found.BLOCK : GradeReadings.Found.REPS;
        return new GradeReadings.Reading(found, reps, notes);
    }

    /**
     * The run's speed as the reps are read ({@link SmoothedSpeed#halfWindow}), and as strides are: the same at
     * every-second recording, narrower with "smart" recording, where the reps' wide window halved a 21 s stride's
     * rise above a walk and hid it under the split's threshold ({@link SmoothedSpeed#strideHalfWindow}).
     */
    private record Speeds(double[] reps, double[] strides) {
        static Speeds of(Track track) {
            double[] reps = SmoothedSpeed.of(track);
            int strideHalf = SmoothedSpeed.strideHalfWindow(track);
            return new Speeds(reps, strideHalf < SmoothedSpeed.halfWindow(track)
                    ? SmoothedSpeed.of(track, strideHalf) : reps);
        }
    }

    /** A speed grade-adjusted for one reading, its effort series, and the samples of running movement, split. */
    private record Moving(double[] v, double[] effort, boolean[] moving, int count, PaceSplit split) {
        static Moving of(Track track, boolean[] in, double[] raw, double[] grade) {
            double[] v = raw.clone();
            double[] effort = Grades.adjust(track, v, grade);
            boolean[] moving = new boolean[track.n];
            int count = 0;
            for (int i = 0; i < track.n; i++) {
                moving[i] = in[i] && !track.paused[i] && v[i] >= MOVING_MPS;
                count += moving[i] ? 1 : 0;
            }
            return new Moving(v, effort, moving, count, PaceSplit.of(v, moving, MOVING_MPS, MAX_MPS));
        }
    }

    /**
     * The session of strides the run holds, in the run's own split or (when {@code deeper}) in its fast class split
     * again, and holding every rep the reps rule found ({@link Strides#fillIn}); empty when there is none.
     */
    private static Optional<GradeReadings.Reading> strides(Track track, Moving run, boolean[] in, int inCount,
                                                           List<RepSpan> reps, boolean deeper) {
        Optional<PaceSplit> strideSplit = deeper ? Strides.inFastClass(run.v(), run.moving(), run.split())
                : Optional.of(run.split()).filter(p -> p.twoPaces(Strides.CLASS_RATIO, Strides.ETA, Strides.MIN_SHARE));
        if (strideSplit.isEmpty()) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        List<RepSpan> strides = fromSplit(track, run.v(), run.effort(), in, inCount, strideSplit.get(), Bouts.STRIDES,
                notes);
        if (!Strides.isSession(strides) || !Strides.fillIn(strides, reps)) {
            return Optional.empty();
        }
        notes.add(0, Strides.note(strides.size()));
        return Optional.of(new GradeReadings.Reading(GradeReadings.Found.STRIDES, strides, notes));
    }

    private static GradeReadings.Reading none(String note) {
        return new GradeReadings.Reading(GradeReadings.Found.NONE, List.of(), List.of(note));
    }

    /** How long a bout must last, and how far above the minute around it it must run, to be kept. */
    enum Bouts {
        REPS(MIN_REP_S, MIN_LOCAL_RATIO, BreakpointFit.Windows.AROUND_EACH),
        STRIDES(Strides.MIN_S, Strides.LOCAL_RATIO, BreakpointFit.Windows.AROUND_GUESS);

        final double minS;
        final double localRatio;
        /** How a bout's boundaries are fitted: a stride is shorter than the fit's two windows. */
        final BreakpointFit.Windows windows;

        Bouts(double minS, double localRatio, BreakpointFit.Windows windows) {
            this.minS = minS;
            this.localRatio = localRatio;
            this.windows = windows;
        }

        /**
         * Whether a bout this long, as its boundaries measure it, can be one. A stride cut out of longer running
         * ({@link Strides#gluedStride}) whose boundaries put it back past {@link Strides#MAX_S} is the last stride
         * run on into the cool-down (the real FR245 5 × 20 s with walked recoveries, read without its laps): it is
         * left out, like a bout that does not stand out, where keeping it lost the whole session. A stride the
         * boundaries stretched without a cut still fails the session ({@link Strides#isSession}), and the second
         * reading may find it.
         */
        boolean fits(double s, boolean glued) {
            return this == REPS || !glued || s <= Strides.MAX_S;
        }
    }

    /** The reps above the split's threshold, with the checks every set of bouts must pass. */
    private static List<RepSpan> fromSplit(Track track, double[] v, double[] effort, boolean[] in, int inCount,
                                           PaceSplit split, Bouts rule, List<String> notes) {
        List<Boolean> glued = new ArrayList<>();
        List<int[]> kept = FastBouts.trimmed(track, effort, FastBouts.above(track, v, in, split), rule, glued);
        if (kept.isEmpty()) {
            notes.add("signal: no fast bout lasts " + (int) MIN_REP_S + " s");
            return List.of();
        }
        double[][] edges = boundaries(track, effort, kept, rule.windows);
        List<RepSpan> fast = new ArrayList<>();
        List<RepSpan> spans = new ArrayList<>();
        for (int r = 0; r < kept.size(); r++) {
            double s = edges[0][r];
            double e = edges[1][r];
            if (!(e - s >= rule.minS)) {
                continue;
            }
            fast.add(RepSpan.of(s, e));
            if (rule.fits(e - s, glued.get(r)) && standsOutMeasured(track, s, e, rule, notes)) {
                spans.add(RepSpan.of(s, e));
            }
        }
        return SetOfReps.check(track, fast, spans, inCount * track.dt, notes);
    }

    /**
     * Whether a bout stands out from the minute around it, and has no recording gap inside it or at its edge (the
     * bout is then the part the GPS saw of a rep, and a dropout's catch-up is a "sprint" no one ran).
     */
    private static boolean standsOutMeasured(Track track, double s, double e, Bouts rule, List<String> notes) {
        double moving = track.movingTime(s, e);
        double repSpeed = moving > 0 ? track.distance(s, e) / moving : 0;
        double lo = Math.max(track.t0, s - 60);
        double hi = Math.min(track.endTime(), e + 60);
        double aroundTime = (s - lo) + (hi - e);
        double aroundSpeed = aroundTime > 0 ? (track.distance(lo, s) + track.distance(e, hi)) / aroundTime : 0;
        if (repSpeed < rule.localRatio * aroundSpeed) {
            return false;
        }
        Optional<TimeRange> gap = track.dropouts.stream()
                .filter(d -> d.startS() < e + GAP_TOUCH_S && d.endS() > s - GAP_TOUCH_S)
                .findFirst();
        gap.ifPresent(g -> notes.add(String.format(Locale.ROOT,
                "signal: recording gap of %.0f s at %s into the activity, inside a fast stretch: no rep is "
                        + "measured across it", g.endS() - g.startS(), clock(g.startS()))));
        return gap.isEmpty();
    }

    /** Each bout's start and end on the timing series ({@code [0]} starts, {@code [1]} ends), by the two-line fit. */
    private static double[][] boundaries(Track track, double[] effort, List<int[]> kept,
                                         BreakpointFit.Windows windows) {
        int n = track.n;
        double dt = track.dt;
        int half = SmoothedSpeed.halfWindow(track);
        int search = Math.max((int) Math.ceil(20 / dt), 3 * half);
        int pad = (int) Math.ceil(30 / dt);
        int local = Math.max((int) Math.ceil(LOCAL_FIT_S / dt), 3 * half);
        double[] starts = new double[kept.size()];
        double[] ends = new double[kept.size()];
        for (int r = 0; r < kept.size(); r++) {
            int[] b = kept.get(r);
            int mid = (b[0] + b[1]) / 2;
            int prevLimit = r == 0 ? 0 : (kept.get(r - 1)[1] + b[0]) / 2;
            int nextLimit = r + 1 == kept.size() ? n - 1 : (b[1] + kept.get(r + 1)[0]) / 2;
            starts[r] = BreakpointFit.refine(track, effort, b[0], Math.max(prevLimit, b[0] - search - pad), mid, search,
                    local, windows) - TRANSITION_LEAD_S;
            ends[r] = BreakpointFit.refine(track, effort, b[1], mid, Math.min(nextLimit, b[1] + search + pad), search,
                    local, windows) - END_LEAD_S;
        }
        return new double[][] {starts, ends};
    }

    /** A recording gap this close to a bout's edge cut the bout short: the rep went on where the GPS saw nothing. */
    static final double GAP_TOUCH_S = 5;

    /** Elapsed time as h:mm:ss or m:ss, for notes that say where something happened. */
    static String clock(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60)
                : String.format(Locale.ROOT, "%d:%02d", t / 60, t % 60);
    }
}
