package org.repcheck.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.repcheck.model.DistanceBasis;
import org.repcheck.model.Recovery;
import org.repcheck.model.Rep;
import org.repcheck.model.RepKind;

/**
 * Turns the spans a detector level found into measured {@link Rep}s and the {@link Recovery}s between them. Every
 * level shares this, so a rep's distance basis, time-based recognition and recovery statistics follow one rule.
 *
 * <p>Distance basis: a distance-based workout step's distance; else, when the reps share a whole duration better
 * than they share a nominal distance (6 × 3 min run at different paces), time-based with the measured distance;
 * else the session-wide snap (docs/science.md §2).
 */
final class RepAssembler {
    /** Below this speed (m/s) a runner is standing or walking, not jogging. */
    static final double STANDING_MPS = 1.2;
    /**
     * A bout at least this long is a sustained block (a tempo, a fast finish), judged by its own rule, not the
     * 400 m–1 km rep rule.
     */
    static final double TEMPO_BLOCK_MIN_S = 8 * 60;
    /** How much better durations must fit their nominal than distances theirs for reps to count as time-based. */
    static final double TIME_OVER_DISTANCE = 0.3;

    private RepAssembler() {
    }

    record Result(List<Rep> reps, List<Recovery> recoveries) {
    }

    static Result assemble(Track track, List<RepSpan> spans) {
        int n = spans.size();
        double[] measured = new double[n];
        double[] duration = new double[n];
        for (int i = 0; i < n; i++) {
            RepSpan s = spans.get(i);
            double trackDist = track.distance(s.startS(), s.endS());
            measured[i] = Double.isFinite(s.deviceDistanceM()) && s.deviceDistanceM() > 0 ? s.deviceDistanceM() : trackDist;
            double moving = track.movingTime(s.startS(), s.endS());
            duration[i] = Double.isFinite(s.deviceTimerS()) && s.deviceTimerS() > 0
                    ? Math.min(s.deviceTimerS(), s.endS() - s.startS()) : moving;
            if (!(duration[i] > 0)) {
                duration[i] = Math.max(1e-3, s.endS() - s.startS());
            }
        }
        // Reps without a plan decide together: distance-based (snapped) or time-based. Distance wins unless the
        // durations fit a common nominal over three times as well: 1000 m reps run in 3:30 are still 1000 m reps
        // (a whole 15 s is easy to land near), but 3 min reps at 3:50/km (783 m, 2 % off 800) are not 800 m reps.
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!spans.get(i).planned()) {
                open.add(i);
            }
        }
        double[] openDist = new double[open.size()];
        double[] openDur = new double[open.size()];
        for (int j = 0; j < open.size(); j++) {
            openDist[j] = measured[open.get(j)];
            openDur[j] = duration[open.get(j)];
        }
        OptionalDouble commonDuration = DurationRounder.common(openDur);
        boolean timeBased = commonDuration.isPresent() && timeBased(openDur, openDist, commonDuration.getAsDouble());
        List<DistanceSnapper.Snap> snaps = DistanceSnapper.snapAll(openDist);

        List<Rep> reps = new ArrayList<>(n);
        int openIdx = 0;
        for (int i = 0; i < n; i++) {
            RepSpan s = spans.get(i);
            double judged;
            DistanceBasis basis;
            OptionalDouble nomDist = OptionalDouble.empty();
            OptionalDouble nomDur = OptionalDouble.empty();
            if (s.stepDistanceM().isPresent()) {
                judged = s.stepDistanceM().getAsDouble();
                basis = DistanceBasis.WORKOUT_STEP;
                nomDist = s.stepDistanceM();
            } else if (s.stepDurationS().isPresent()) {
                judged = measured[i];
                basis = DistanceBasis.MEASURED;
                nomDur = s.stepDurationS();
            } else {
                DistanceSnapper.Snap snap = snaps.get(openIdx++);
                if (timeBased) {
                    judged = measured[i];
                    basis = DistanceBasis.MEASURED;
                    nomDur = commonDuration;
                } else {
                    judged = snap.distanceM();
                    basis = snap.basis();
                    nomDist = snap.nominalM();
                }
            }
            reps.add(new Rep(i + 1, s.startS(), s.endS(), duration[i], judged, measured[i], basis, nomDist, nomDur,
                    track.avgHr(s.startS(), s.endS()), track.maxHr(s.startS(), s.endS()),
                    duration[i] >= TEMPO_BLOCK_MIN_S ? RepKind.TEMPO_BLOCK : RepKind.REP));
        }
        return new Result(reps, recoveries(track, reps));
    }

    /**
     * Time-based when the durations fit their nominal far better than the distances fit theirs, or when they fit
     * better and also vary less: a time rep's duration is set by the watch and its distance by the legs, a distance
     * rep the other way round.
     */
    static boolean timeBased(double[] durations, double[] distances, double nominalS) {
        double rt = DurationRounder.meanRelativeResidual(durations, nominalS);
        double rd = DistanceSnapper.meanRelativeResidual(distances);
        if (rt < TIME_OVER_DISTANCE * rd) {
            return true;
        }
        return durations.length >= 3 && rt < rd && relativeSpread(durations) < 0.6 * relativeSpread(distances);
    }

    /** Mean absolute deviation from the median, relative to the median. */
    static double relativeSpread(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        double med = s[s.length / 2];
        double dev = 0;
        for (double x : xs) {
            dev += Math.abs(x - med);
        }
        return med > 0 ? dev / xs.length / med : 0;
    }

    /** The recoveries between consecutive reps (the cool-down after the last rep is not one). */
    static List<Recovery> recoveries(Track track, List<Rep> reps) {
        List<Recovery> out = new ArrayList<>();
        for (int i = 0; i + 1 < reps.size(); i++) {
            double s = reps.get(i).endS();
            double e = reps.get(i + 1).startS();
            if (!(e > s)) {
                continue;
            }
            double hrDrop = track.hrAt(s) - track.hrAt(e);
            boolean standing = track.standingShare(s, e, STANDING_MPS) >= 0.5;
            out.add(new Recovery(i + 1, s, e, e - s, track.distance(s, e), track.avgHr(s, e), hrDrop, standing));
        }
        return out;
    }
}
