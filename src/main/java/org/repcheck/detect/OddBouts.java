package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fast bouts the signal found that are not of the session's set of reps. On the real lapless sessions (the GPX twins
 * of ../shared/corpus/reps) most extra "reps" were of two kinds, and both are common to any runner's session:
 * <ul>
 * <li>a surge or a jog run far slower than the reps — a cool-down stride, the jog to the track — that still stood out
 * from a walk or a stand beside it;</li>
 * <li>a warm-up stride, or the first seconds of the recording, before the set (or a stride after it): far shorter than
 * the reps and no faster than them.</li>
 * </ul>
 * A rep the runner faded in is still a rep: reps of one session are run at one effort, within about 10 % of each
 * other even in a fartlek ({@link SignalEvidence#IRREGULAR_PACE_SPREAD}), so only a bout well outside that is cut.
 */
final class OddBouts {
    private OddBouts() {
    }

    /**
     * A bout run this much slower than the session's typical bout (speed ratio) is no rep of the set, unless it lies
     * in the set's rhythm ({@link #inRhythm}).
     */
    static final double SLOWER_THAN_SET = 1.20;
    /** A stride before or after a set of sized reps lasts less than this share of a rep... */
    static final double STRIDE_SHARE = 0.35;

    /**
     * ...and one faster than the reps lasts at most this long: strides are run for 15-30 s, and the bout the signal
     * finds runs a few seconds longer.
     */
    static final double MAX_STRIDE_S = 45;

    /** The bouts without the odd ones; unchanged when too few would be left to be a set. */
    static List<RepSpan> drop(Track track, List<RepSpan> bouts) {
        if (bouts.size() < 3) {
            return bouts;
        }
        double[] speed = speeds(track, bouts);
        double setSpeed = median(speed);
        List<RepSpan> paced = new ArrayList<>();
        double period = Strides.period(bouts);
        for (int i = 0; i < bouts.size(); i++) {
            if (speed[i] * SLOWER_THAN_SET >= setSpeed || inRhythm(bouts, i, period)) {
                paced.add(bouts.get(i));
            }
        }
        if (paced.size() < 2) {
            return bouts;
        }
        return withoutStrides(track, paced);
    }

    /**
     * Whether bout {@code i} lies inside the set, one period ({@link Strides#period}, within
     * {@link Strides#RHYTHM_TOLERANCE}) after the bout before it and before the bout after it: a rep the runner
     * faded in, or ran uphill, is a rep however slow, where a surge or a jog falls out of the set's rhythm. A
     * stride run up a hill ran 20-30 % slower than the flat ones beside it and was cut, and the runner never saw
     * that it was slow. On the realistic generated sessions, dev seeds 20000-59999 and the tuned mix (3,340
     * sessions): 12 came out whole (8 strides sessions, 4 interval sessions; one with
     * {@link Strides#SESSION_STRETCH}), 4 more found more of their reps, none was lost. No real file's reps changed.
     */
    private static boolean inRhythm(List<RepSpan> bouts, int i, double period) {
        if (i == 0 || i + 1 == bouts.size()) {
            return false;
        }
        return Strides.onePeriod(bouts.get(i).startS() - bouts.get(i - 1).startS(), period)
                && Strides.onePeriod(bouts.get(i + 1).startS() - bouts.get(i).startS(), period);
    }

    /** A bout at a set's end lies this many times its typical gap from the next bout, or more... */
    static final double ISOLATED_FACTOR = 3;
    /** ...and this long away at least, to be no rep of the set. */
    static final double MIN_ISOLATED_S = 240;

    /**
     * An accepted set without the bouts at its ends that lie far further from it than its reps lie from each other
     * ({@link #ISOLATED_FACTOR}, {@link #MIN_ISOLATED_S}): the surges of a warm-up, or the first minutes of the
     * recording, eight minutes before a fartlek whose reps are one or two minutes apart (the real epix 2 fartlek
     * with walked recoveries). At least three bouts stay. Only a set the checks already accepted is trimmed, so the
     * trim cannot make a set of a run broken by stops (the real FR110 2013 run keeps no reps). At 2.5 times the gap
     * a real fartlek lost a rep.
     */
    static List<RepSpan> withoutIsolatedEnds(Track track, List<RepSpan> bouts) {
        int first = 0;
        int last = bouts.size() - 1;
        while (last - first + 1 > 3) {
            double typical = typicalGap(bouts, first, last);
            double lead = bouts.get(first + 1).startS() - bouts.get(first).endS();
            double trail = bouts.get(last).startS() - bouts.get(last - 1).endS();
            boolean leadOff = lead > MIN_ISOLATED_S && lead > ISOLATED_FACTOR * typical
                    && !lostRepsAway(track, bouts.get(first), lead, bouts.subList(first + 1, last + 1), typical);
            boolean trailOff = trail > MIN_ISOLATED_S && trail > ISOLATED_FACTOR * typical
                    && !lostRepsAway(track, bouts.get(last), trail, bouts.subList(first, last), typical);
            if (leadOff && (!trailOff || lead >= trail)) {
                first++;
            } else if (trailOff) {
                last--;
            } else {
                break;
            }
        }
        return first == 0 && last == bouts.size() - 1 ? bouts : List.copyOf(bouts.subList(first, last + 1));
    }

    /**
     * An accepted set without the short bouts at its ends that easy running, not a recovery, parts from it: warm-up
     * strides before a set whose recoveries are jogged, walked or stood. After a stride the runner runs on at the
     * warm-up's pace; between reps they recover, clearly slower. A ladder opens with its shortest rep, near the
     * strides' size and speed, and only this tells the two apart. At least three bouts stay.
     */
    static List<RepSpan> withoutEasyPacedEnds(Track track, List<RepSpan> bouts) {
        int first = 0;
        int last = bouts.size() - 1;
        if (last < 3) {
            return bouts;
        }
        double opens = bouts.get(0).startS();
        double closes = bouts.get(last).endS();
        double warmup = easyPace(track, Math.max(track.t0, opens - EASY_SPAN_S), opens);
        double cooldown = easyPace(track, closes, Math.min(track.endTime(), closes + EASY_SPAN_S));
        while (last - first + 1 > 3 && easyPaced(track, bouts, first, first + 1, last, warmup)) {
            first++;
        }
        while (last - first + 1 > 3 && easyPaced(track, bouts, last, first, last - 1, cooldown)) {
            last--;
        }
        return first == 0 && last == bouts.size() - 1 ? bouts : List.copyOf(bouts.subList(first, last + 1));
    }

    /**
     * The pace of the easy running over {@code [from, to]}: the median of its {@link #EASY_CHUNK_S} pieces, so a
     * warm-up stride inside it does not raise it. Over the mean, a stride in the three minutes before a ladder's
     * opening 200 m put the easy running between it and the set below {@link #EASY_SHARE} of "easy". On the dev
     * seeds, 30000 on: three ladders and an interval session came out whole, none was lost; 50000 on: an interval
     * session came out whole and a ladder was lost.
     */
    private static double easyPace(Track track, double from, double to) {
        int k = (int) Math.max(1, Math.floor((to - from) / EASY_CHUNK_S));
        double[] v = new double[k];
        double w = (to - from) / k;
        for (int i = 0; i < k; i++) {
            v[i] = track.speed(from + i * w, from + (i + 1) * w);
        }
        return median(v);
    }

    /** Long enough to average a GPS fix's scatter, short enough that a stride is a piece or two of eighteen. */
    static final double EASY_CHUNK_S = 10;

    /** The easy running before the first bout, or after the last, is read over this long. */
    static final double EASY_SPAN_S = 180;
    /** A stretch between bouts is easy running, no recovery, at this share of that pace at least... */
    static final double EASY_SHARE = 0.95;
    /** ...each half of it at this share at least (a climb slows one half, a rep's lost part speeds it)... */
    static final double HALF_SHARE = 0.85;
    /**
     * ...and this many times the pace of the set's own recoveries (those slower than {@link #EASY_SHARE} of easy,
     * so that a second stride's easy running is not taken for one)...
     */
    static final double RECOVERY_CONTRAST = 1.15;
    /**
     * ...and the bout lasts less than this share of the set's typical rep, or covers less than this share of its
     * distance: a GPS chip's altitude "climb" after a stride can stretch its end into the easy running by 20 s (a
     * realistic generated 24 s stride measured 48 s against 60 s reps, but 215 m against 300 m).
     */
    static final double SHORT_SHARE = 0.75;

    /**
     * Whether bout {@code end} is parted from the set {@code [from, to]} by easy running: the stretch between it and
     * the set runs at {@link #EASY_SHARE} of {@code easy}, each half at its pace ({@link #atEasyPace}), clearly faster
     * than the set's own recoveries ({@link #RECOVERY_CONTRAST}), and the bout is short in time or in distance
     * ({@link #SHORT_SHARE}).
     *
     * <p>The contrast is the set's own: a ladder's jog runs at 0.7-0.9 of the warm-up's pace, and at 0.9 a fixed
     * "recoveries at 0.85 of easy at most" kept the warm-up stride before it as its first rep. On the realistic
     * generated sessions, dev seeds 20000-59999 (2,800 sessions): against that fixed share, 11 sessions came out
     * whole (8 ladders, 3 interval sessions with warm-up strides) and 1 ladder was lost, its chopped rung now in
     * the set that won; a contrast of 1.1 lost 2. On the real files two extra "reps" went: the FR245 speed play
     * twin's warm-up surge before its first 2 min, and 87 s of an epix 2 run's brisk warm-up before its 4 × 1 km.
     */
    private static boolean easyPaced(Track track, List<RepSpan> bouts, int end, int from, int to, double easy) {
        RepSpan b = bouts.get(end);
        RepSpan next = end < from ? bouts.get(from) : bouts.get(to);
        double gapFrom = Math.min(b.endS(), next.endS());
        double gapTo = Math.max(b.startS(), next.startS());
        double[] rec = new double[to - from];
        double[] dur = new double[to - from + 1];
        double[] dist = new double[to - from + 1];
        for (int i = from; i <= to; i++) {
            dur[i - from] = bouts.get(i).endS() - bouts.get(i).startS();
            dist[i - from] = track.distance(bouts.get(i).startS(), bouts.get(i).endS());
            if (i < to) {
                rec[i - from] = track.speed(bouts.get(i).endS(), bouts.get(i + 1).startS());
            }
        }
        double mid = (gapFrom + gapTo) / 2;
        boolean shortBout = b.endS() - b.startS() < SHORT_SHARE * median(dur)
                || track.distance(b.startS(), b.endS()) < SHORT_SHARE * median(dist);
        double[] recoveries = Arrays.stream(rec).filter(v -> v < EASY_SHARE * easy).toArray();
        double gap = track.speed(gapFrom, gapTo);
        return shortBout && recoveries.length > 0
                && gap >= EASY_SHARE * easy && gap >= RECOVERY_CONTRAST * median(recoveries)
                && atEasyPace(track.speed(gapFrom, mid), easy) && atEasyPace(track.speed(mid, gapTo), easy);
    }

    /**
     * Whether a half of the running between a bout and the set is at the easy pace: a rep's part the signal lost
     * (a chopped rep), or the next rep's opening, runs far faster, and a climb or a recovery slower.
     */
    private static boolean atEasyPace(double speed, double easy) {
        return speed >= HALF_SHARE * easy && speed <= EASY_MAX * easy;
    }

    /** A half of that running may run this much faster than the easy pace, as a runner's own pace drifts. */
    static final double EASY_MAX = 1.15;

    /**
     * At most this many reps may be lost between a set and its far end bout, which lies within
     * {@link Strides#RHYTHM_TOLERANCE} of where the set's rhythm puts it.
     */
    static final int MAX_LOST_REPS = 2;

    /**
     * Whether {@code bout}, {@code gap} seconds from the set, is the set's next rep after one or two the signal
     * lost: the set is one rep repeated ({@link SignalEvidence#sharesSize}), the bout has its distance or duration
     * within {@link SignalEvidence#SIZE_SPREAD}, and it lies a whole number of the set's periods (rep and recovery)
     * further on. A generated 5 × 5 min whose fourth rep a GPS loss hid lost its fifth too as isolated; a warm-up
     * stride that happens to run the reps' 200 m lies out of their rhythm.
     */
    private static boolean lostRepsAway(Track track, RepSpan bout, double gap, List<RepSpan> set,
                                        double typicalGap) {
        if (!SignalEvidence.sharesSize(track, set) || !repeats(track, bout, set)) {
            return false;
        }
        double period = median(set.stream().mapToDouble(r -> r.endS() - r.startS()).toArray()) + typicalGap;
        double lost = (gap - typicalGap) / period;
        long k = Math.round(lost);
        return k >= 1 && k <= MAX_LOST_REPS && Math.abs(lost - k) <= Strides.RHYTHM_TOLERANCE;
    }

    /** Whether the bout has the set's distance or duration, within {@link SignalEvidence#SIZE_SPREAD}. */
    private static boolean repeats(Track track, RepSpan bout, List<RepSpan> set) {
        double[] dist = distances(track, set);
        double[] dur = set.stream().mapToDouble(r -> r.endS() - r.startS()).toArray();
        return SignalEvidence.nearSize(track.distance(bout.startS(), bout.endS()), median(dist))
                || SignalEvidence.nearSize(bout.endS() - bout.startS(), median(dur));
    }

    /** The median gap between bouts {@code first} to {@code last}. */
    private static double typicalGap(List<RepSpan> bouts, int first, int last) {
        double[] gaps = new double[last - first];
        for (int i = first; i < last; i++) {
            gaps[i - first] = bouts.get(i + 1).startS() - bouts.get(i).endS();
        }
        return median(gaps);
    }

    /**
     * Leading and trailing bouts far shorter than the reps, and no faster, when the rest share a size: strides of the
     * warm-up or the cool-down. Only at the ends — a short bout between reps is a rep cut short, and the scorer of
     * the session (and the runner) wants it kept. A stride may be faster than the reps (strides are run near mile
     * pace, before 1-3 km reps at 10 km pace), but a ladder's opening 200 m is faster than its 1000 m too: a faster
     * short bout goes only when what is left is one rep repeated ({@link SignalEvidence#sharesSize}), which a ladder
     * is not; and a bout that is a ladder's next step ({@link Ladder#continues}) stays, however short.
     */
    private static List<RepSpan> withoutStrides(Track track, List<RepSpan> bouts) {
        List<RepSpan> set = withoutEnds(track, bouts, false);
        List<RepSpan> repeated = withoutEnds(track, bouts, true);
        return repeated.size() < set.size() && SignalEvidence.sharesSize(track, repeated) ? repeated : set;
    }

    /** The bouts without their leading and trailing strides; the same list when none, or when no set is left. */
    private static List<RepSpan> withoutEnds(Track track, List<RepSpan> bouts, boolean fasterToo) {
        double[] dur = new double[bouts.size()];
        for (int i = 0; i < dur.length; i++) {
            dur[i] = bouts.get(i).endS() - bouts.get(i).startS();
        }
        double typical = median(dur);
        double typicalM = median(distances(track, bouts));
        double setSpeed = median(speeds(track, bouts));
        double[] dist = distances(track, bouts);
        int first = 0;
        while (first < bouts.size() && (isStride(track, bouts.get(first), typical, setSpeed, fasterToo)
                || fasterToo && isLeadingStride(track, bouts.get(first), typical, typicalM))
                && !Ladder.continues(bouts, dist, first, 1)) {
            first++;
        }
        int last = bouts.size() - 1;
        while (last > first && isStride(track, bouts.get(last), typical, setSpeed, fasterToo)
                && !Ladder.continues(bouts, dist, last, -1)) {
            last--;
        }
        List<RepSpan> set = bouts.subList(first, last + 1);
        if ((first == 0 && last == bouts.size() - 1) || set.size() < 3 || !SignalEvidence.structured(track, set)) {
            return bouts;
        }
        return List.copyOf(set);
    }

    private static boolean isStride(Track track, RepSpan b, double typicalS, double setSpeed, boolean fasterToo) {
        double d = b.endS() - b.startS();
        return d < STRIDE_SHARE * typicalS && (speed(track, b) <= setSpeed || fasterToo && d <= MAX_STRIDE_S);
    }

    /**
     * A bout before a set of one rep repeated that is at most about half a rep in both time and distance: a warm-up
     * stride whose edges the boundary fit stretched into the jog beside it (on the realistic generated mix a 15-25 s
     * stride measures 26-50 s, 0.4-0.6 of a 1-2 min rep and 0.4-0.52 of its distance, where the
     * {@link #STRIDE_SHARE} rule misses it). Half, not more: the real 8 × 1 min's first rep, which the runner eased
     * into, measures 0.72 of its reps. A stride ends a warm-up of minutes; a short bout in the recording's first
     * minutes is a rep the recording began inside (the real fenix 5X 4 × 1 km, whose signal sees only the last 50 s
     * of its first kilometre).
     */
    private static boolean isLeadingStride(Track track, RepSpan b, double typicalS, double typicalM) {
        return b.startS() - track.t0 >= MIN_WARMUP_S
                && b.endS() - b.startS() < LEAD_SHARE_S * typicalS
                && track.distance(b.startS(), b.endS()) < LEAD_SHARE_M * typicalM;
    }

    /** A leading stride lasts less than this share of the set's typical rep... */
    static final double LEAD_SHARE_S = 0.6;
    /**
     * ...covers less than this share of its distance (at 0.6 a hilly 500 m rep the climbs cut to 290 m went: the
     * stride runs into a slower jog, a cut rep does not)...
     */
    static final double LEAD_SHARE_M = 0.55;
    /** ...and starts this long into the recording at least (a warm-up comes first). */
    static final double MIN_WARMUP_S = 240;

    private static double[] distances(Track track, List<RepSpan> bouts) {
        double[] d = new double[bouts.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = track.distance(bouts.get(i).startS(), bouts.get(i).endS());
        }
        return d;
    }

    private static double[] speeds(Track track, List<RepSpan> bouts) {
        double[] v = new double[bouts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = speed(track, bouts.get(i));
        }
        return v;
    }

    private static double speed(Track track, RepSpan b) {
        return track.speed(b.startS(), b.endS());
    }

    /** The middle value; for an even count, the mean of the two middle ones (one fast rep must not set the bar). */
    private static double median(double[] xs) {
        return org.repcheck.model.Median.of(xs);
    }
}
