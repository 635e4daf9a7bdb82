package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.Lap;

/**
 * Reps from device laps, judged on the laps' own evidence because their flags lie: some watches mark every lap
 * INTERVAL, TCX marks recoveries ACTIVE, and auto-laps split a steady run at every kilometre.
 *
 * <p>Standing, walking and timer-stopped laps, and pauses between laps, are recoveries whatever else happens; among
 * the laps that were run, the lap speeds must show a gap between work and the rest. A wide gap ({@link #CLEAR_GAP})
 * is enough; a narrower one ({@link #NARROW_GAP}: treadmill reps, fartlek floats at warm-up pace) needs the shape of
 * an interval session too — three or more bouts, each followed by a recovery — and heart rate not contradicting it
 * (an easy hilly run's slow laps are climbs, with the higher heart rate). Fast laps that follow each other make one
 * rep (an 800 m rep over two 400 m auto-laps). Of the splits that give reps, the widest gap wins.
 *
 * <p>A single fast block is a sustained effort (a 60-minute tempo between a warm-up and a cool-down) when it is a
 * part of the run with slower running before and after it. Laps of distance or position auto-laps alone carry no
 * evidence of where the effort changed; they are left to the signal.
 */
final class LapClassifier {
    /** A pace gap this wide between work and everything else is work by itself: 4:00/km over 4:36/km. */
    static final double CLEAR_GAP = 1.15;
    /** The narrowest gap accepted, with the shape of an interval session: 5:05/km over 5:25/km. */
    static final double NARROW_GAP = 1.06;
    /** A single sustained block must be run this much faster than the running around it. */
    static final double BLOCK_GAP = 1.12;
    /** ... and at one pace: laps inside it within this ratio of each other (a progression run is no block). */
    static final double BLOCK_EVEN = 1.06;
    /** A sustained block is at least this long. */
    static final double MIN_BLOCK_S = 8 * 60;
    /** Laps shorter than this are button bounces, neither work nor recovery. */
    static final double MIN_LAP_S = 10;
    /** A rep longer than this is a run, not a rep (a single sustained block is judged on its own). */
    static final double MAX_REP_S = 25 * 60;
    /** Reps are a part of a session, never nearly all of it. */
    static final double MAX_WORK_SHARE = 0.8;
    /** A pause between laps at least this long is a stopped-timer recovery. */
    static final double PAUSE_S = 5;
    /** With a narrow gap, recoveries may not run at a heart rate this much above the work's. */
    static final double HR_VETO_BPM = 3;

    /** Below this a lap was walked or stood through. */
    static final double RUNNING_MPS = 1.5;

    private LapClassifier() {
    }

    /** One lap as the classifier sees it. */
    private record L(Lap lap, double speed, boolean running) {
    }

    /** Contiguous fast laps: one rep. */
    private record Bout(int first, int last) {
    }

    /**
     * The reps the laps show; empty when the laps carry no evidence of reps (the signal decides).
     */
    static Optional<List<RepSpan>> find(Track track, List<Lap> laps, RunningRanges running, List<String> notes) {
        if (laps.size() < 3) {
            notes.add("laps: " + laps.size() + " lap(s), too few to hold reps and recoveries");
            return Optional.empty();
        }
        Optional<String> auto = AutoLaps.byDistance(laps);
        if (auto.isPresent()) {
            notes.add(auto.get());
            return Optional.empty();
        }
        List<L> usable = new ArrayList<>();
        for (Lap lap : laps) {
            if (lap.elapsedS() < MIN_LAP_S || !running.containsMid(lap.startS(), lap.endS())) {
                continue;
            }
            double speed = speed(track, lap);
            if (!Double.isFinite(speed)) {
                notes.add("laps: a lap has no distance, so lap paces cannot be compared");
                return Optional.empty();
            }
            boolean timerMostlyRunning = !(lap.timerS() < 0.5 * lap.elapsedS());
            usable.add(new L(lap, speed, speed >= RUNNING_MPS && timerMostlyRunning));
        }
        if (usable.size() < 3) {
            notes.add("laps: fewer than three laps in the running part");
            return Optional.empty();
        }
        List<RepSpan> flagged = honestFlags(usable);
        if (!flagged.isEmpty()) {
            return Optional.of(flagged);
        }
        List<RepSpan> repeated = repeated(usable);
        if (!repeated.isEmpty()) {
            return Optional.of(repeated);
        }
        Optional<String> timed = AutoLaps.byTime(usable.stream().map(L::lap).toList());
        if (timed.isPresent()) {
            notes.add(timed.get());
            return Optional.empty();
        }
        double[] sorted = usable.stream().filter(L::running).mapToDouble(L::speed).sorted().toArray();
        List<RepSpan> best = null;
        double bestRatio = 0;
        double widest = 0;
        String why = null;
        if (onlyRepsRun(usable, sorted)) {
            // Every lap run lies between walked, stood or paused ones: the runs are the reps, whatever their spread.
            List<RepSpan> spans = split(track, usable, 0.5 * sorted[0], sorted[0] / RUNNING_MPS, new ArrayList<>(1));
            if (!spans.isEmpty()) {
                best = spans;
                bestRatio = sorted[0] / RUNNING_MPS;
            }
        }
        for (int k = sorted.length - 1; k >= 1; k--) {
            double ratio = sorted[k] / sorted[k - 1];
            widest = Math.max(widest, ratio);
            if (ratio < NARROW_GAP || ratio <= bestRatio) {
                continue;
            }
            List<String> rejected = new ArrayList<>(1);
            List<RepSpan> spans = split(track, usable, 0.5 * (sorted[k] + sorted[k - 1]), ratio, rejected);
            if (!spans.isEmpty()) {
                best = spans;
                bestRatio = ratio;
            } else if (why == null) {
                why = rejected.get(0);
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        notes.add(why != null ? why : String.format(Locale.ROOT,
                "laps: lap paces show no clear gap between work and recovery (best gap %.0f %%)", (widest - 1) * 100));
        // Laps with no gap between their paces say nothing of reps, and the signal decides: a runner who presses the
        // key only as each rep starts has laps of a rep and its recovery, all of one pace, and a 41-minute lap can
        // hide a tempo. (They once said "no reps": read that way, the real sessions with laps pressed at each rep's
        // start scored F1 0.841 against 0.884 with no laps at all, and no real file needed the verdict.)
        return Optional.empty();
    }

    /**
     * Whether the laps run are all reps: at least three, each with no lap run next to it (a walk, a stand or a pause
     * on either side, or the start or end of the recording), at one effort ({@link #CLEAR_GAP} between the slowest
     * and the fastest). A 5 × 400 m with walked recoveries and no warm-up recorded has no running but its reps, so
     * its pace gap lies between reps, and the split there called two of them recoveries. A warm-up jogged on its own
     * is far slower than the reps and keeps the usual split.
     */
    private static boolean onlyRepsRun(List<L> usable, double[] runningSpeeds) {
        if (runningSpeeds.length < 3 || runningSpeeds[runningSpeeds.length - 1] > CLEAR_GAP * runningSpeeds[0]) {
            return false;
        }
        for (int i = 0; i + 1 < usable.size(); i++) {
            boolean joined = usable.get(i + 1).lap().startS() <= usable.get(i).lap().endS() + PAUSE_S;
            if (usable.get(i).running() && usable.get(i + 1).running() && joined) {
                return false;
            }
        }
        return true;
    }

    private static double speed(Track track, Lap lap) {
        double time = Double.isFinite(lap.timerS()) && lap.timerS() > 0 ? lap.timerS()
                : track == null ? lap.elapsedS() : track.movingTime(lap.startS(), lap.endS());
        double dist = Double.isFinite(lap.distanceM()) ? lap.distanceM()
                : track == null ? Double.NaN : track.distance(lap.startS(), lap.endS());
        return time > 0 ? dist / time : Double.NaN;
    }

    /** The laps faster than {@code threshold} as reps, or empty with the reason they are not reps. */
    private static List<RepSpan> split(Track track, List<L> usable, double threshold, double ratio, List<String> why) {
        boolean[] work = new boolean[usable.size()];
        for (int i = 0; i < work.length; i++) {
            work[i] = usable.get(i).running() && usable.get(i).speed() > threshold;
        }
        List<Bout> bouts = bouts(usable, work);
        double workTime = 0;
        for (Bout b : bouts) {
            workTime += usable.get(b.last()).lap().endS() - usable.get(b.first()).lap().startS();
        }
        double allTime = usable.get(usable.size() - 1).lap().endS() - usable.get(0).lap().startS();
        if (bouts.size() == 1) {
            return block(usable, bouts.get(0), ratio, workTime, allTime, why);
        }
        for (Bout b : bouts) {
            if (usable.get(b.last()).lap().endS() - usable.get(b.first()).lap().startS() > MAX_REP_S) {
                why.add("laps: a fast stretch lasts over 25 min among other fast laps: a run, not reps");
                return List.of();
            }
        }
        if (workTime > MAX_WORK_SHARE * allTime) {
            why.add("laps: the fast laps are nearly the whole run, so they are its pace, not reps");
            return List.of();
        }
        if (bouts.size() >= 3 && !setLike(usable, bouts)) {
            why.add("laps: the fast laps share no size and are not short efforts: a run's faster stretches, not reps");
            return List.of();
        }
        if (ratio < CLEAR_GAP) {
            if (bouts.size() < 3 || !eachFollowedByRecovery(usable, bouts)) {
                why.add(String.format(Locale.ROOT, "laps: a %.0f %% pace gap without the shape of reps and recoveries",
                        (ratio - 1) * 100));
                return List.of();
            }
            if (hrContradicts(usable, work)) {
                why.add("laps: the slower laps ran at a higher heart rate (climbs), so pace alone does not show reps");
                return List.of();
            }
        }
        return spans(usable, bouts);
    }

    /** The work laps of a repeat the laps' shape shows ({@link RepeatedLaps}), each its own rep; none when none. */
    private static List<RepSpan> repeated(List<L> usable) {
        List<Lap> laps = usable.stream().map(L::lap).toList();
        double[] speed = usable.stream().mapToDouble(L::speed).toArray();
        boolean[] running = new boolean[usable.size()];
        for (int i = 0; i < running.length; i++) {
            running[i] = usable.get(i).running();
        }
        boolean[] work = new RepeatedLaps(CLEAR_GAP, MAX_REP_S).work(laps, speed, running);
        List<Bout> bouts = new ArrayList<>();
        for (int i = 0; i < work.length; i++) {
            if (work[i]) {
                bouts.add(new Bout(i, i));
            }
        }
        return spans(usable, bouts);
    }

    /**
     * The laps' own work/rest flags, when the watch wrote both kinds (open-repeat intervals: the lap key toggles run
     * and rest) and the laps flagged work were run faster than those flagged rest. Flags that are all one kind, or
     * that the paces contradict, are not evidence.
     */
    private static List<RepSpan> honestFlags(List<L> usable) {
        boolean[] work = new boolean[usable.size()];
        int nWork = 0;
        int nRest = 0;
        double wd = 0;
        double wt = 0;
        double rd = 0;
        double rt = 0;
        for (int i = 0; i < work.length; i++) {
            Lap lap = usable.get(i).lap();
            double t = Double.isFinite(lap.timerS()) && lap.timerS() > 0 ? lap.timerS() : lap.elapsedS();
            if (lap.intensity().isWork()) {
                work[i] = usable.get(i).running();
                nWork++;
                wd += usable.get(i).speed() * t;
                wt += t;
            } else if (lap.intensity().isRecovery()) {
                nRest++;
                rd += usable.get(i).speed() * t;
                rt += t;
            }
        }
        if (nWork < 2 || nRest < 2 || !(wd / wt > NARROW_GAP * (rd / rt))) {
            return List.of();
        }
        List<Bout> bouts = bouts(usable, work);
        for (Bout b : bouts) {
            if (!onePace(usable, b)) {
                // TCX's "Active" means only "not resting": a warm-up lap flagged like the rep it runs into.
                return List.of();
            }
        }
        return bouts.size() >= 2 ? spans(usable, bouts) : List.of();
    }

    /** The laps of a bout were run at one pace (within {@link #BLOCK_EVEN}), as the laps of one rep are. */
    private static boolean onePace(List<L> usable, Bout b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = b.first(); i <= b.last(); i++) {
            lo = Math.min(lo, usable.get(i).speed());
            hi = Math.max(hi, usable.get(i).speed());
        }
        return hi <= BLOCK_EVEN * lo;
    }

    /** A single fast block: a sustained effort when it is a clear part of the run, with running before and after. */
    private static List<RepSpan> block(List<L> usable, Bout b, double ratio, double workTime, double allTime,
                                       List<String> why) {
        boolean before = false;
        boolean after = false;
        for (int i = 0; i < usable.size(); i++) {
            if (usable.get(i).running()) {
                before |= i < b.first();
                after |= i > b.last();
            }
        }
        if (ratio < BLOCK_GAP || !onePace(usable, b) || workTime < MIN_BLOCK_S || workTime > MAX_WORK_SHARE * allTime || !before || !after) {
            why.add("laps: the fast laps form a single block, not reps with recoveries between");
            return List.of();
        }
        return spans(usable, List.of(b));
    }

    /** Contiguous work laps (no pause between them) as bouts. */
    private static List<Bout> bouts(List<L> usable, boolean[] work) {
        List<Bout> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= work.length; i++) {
            boolean joins = i < work.length && work[i] && start >= 0
                    && usable.get(i).lap().startS() <= usable.get(i - 1).lap().endS() + PAUSE_S;
            if (joins) {
                continue;
            }
            if (start >= 0) {
                out.add(new Bout(start, i - 1));
                start = -1;
            }
            if (i < work.length && work[i]) {
                start = i;
            }
        }
        return out;
    }

    /**
     * The fast laps are a set: they share a duration or a distance (two thirds of them within
     * {@link SignalEvidence#SIZE_SPREAD} of the median), or every one is a short effort
     * ({@link SignalEvidence#IRREGULAR_MAX_S}: a fartlek's, a 200 m to 1200 m ladder's). A hilly or trail run with
     * laps pressed at landmarks has laps 20 % apart in pace, and its fast ones are descents and flats of any length
     * (1 to 23 minutes): the real steady runs of ../shared/corpus/reps with laps pressed at random moments gave
     * "reps" in 9 of 85 such recordings without this, 2 with it; no real interval session's laps fail it. Asked of
     * three fast stretches or more: two tempo reps of 20 and 10 minutes share no size, and are a session.
     */
    private static boolean setLike(List<L> usable, List<Bout> bouts) {
        double[] dur = new double[bouts.size()];
        double[] dist = new double[bouts.size()];
        boolean allShort = true;
        for (int j = 0; j < dur.length; j++) {
            Bout b = bouts.get(j);
            dur[j] = usable.get(b.last()).lap().endS() - usable.get(b.first()).lap().startS();
            for (int i = b.first(); i <= b.last(); i++) {
                dist[j] += usable.get(i).lap().distanceM();
            }
            allShort &= dur[j] <= SignalEvidence.IRREGULAR_MAX_S;
        }
        return allShort || SignalEvidence.mostNearMedian(dur) || SignalEvidence.mostNearMedian(dist);
    }

    /** Every bout but the last is followed by a slower lap or a stopped-timer pause before the next. */
    private static boolean eachFollowedByRecovery(List<L> usable, List<Bout> bouts) {
        for (int j = 0; j + 1 < bouts.size(); j++) {
            int next = bouts.get(j + 1).first();
            if (next == bouts.get(j).last() + 1
                    && usable.get(next).lap().startS() <= usable.get(bouts.get(j).last()).lap().endS() + PAUSE_S) {
                return false;
            }
        }
        return true;
    }

    /** Heart rate says the slow laps were the harder ones. */
    private static boolean hrContradicts(List<L> usable, boolean[] work) {
        double wHr = 0;
        double wT = 0;
        double rHr = 0;
        double rT = 0;
        for (int i = 0; i < work.length; i++) {
            Lap lap = usable.get(i).lap();
            if (!Double.isFinite(lap.avgHr()) || !usable.get(i).running()) {
                continue;
            }
            if (work[i]) {
                wHr += lap.avgHr() * lap.elapsedS();
                wT += lap.elapsedS();
            } else {
                rHr += lap.avgHr() * lap.elapsedS();
                rT += lap.elapsedS();
            }
        }
        return wT > 0 && rT > 0 && rHr / rT > wHr / wT + HR_VETO_BPM;
    }

    private static List<RepSpan> spans(List<L> usable, List<Bout> bouts) {
        List<RepSpan> spans = new ArrayList<>();
        for (Bout b : bouts) {
            double dist = 0;
            double timer = 0;
            for (int i = b.first(); i <= b.last(); i++) {
                Lap lap = usable.get(i).lap();
                dist += lap.distanceM();
                timer += Double.isFinite(lap.timerS()) ? lap.timerS() : lap.elapsedS();
            }
            spans.add(new RepSpan(usable.get(b.first()).lap().startS(), usable.get(b.last()).lap().endS(),
                    OptionalDouble.empty(), OptionalDouble.empty(), dist, timer));
        }
        return spans;
    }
}
