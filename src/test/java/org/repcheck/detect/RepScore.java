package org.repcheck.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.repcheck.model.Rep;
import org.repcheck.synth.TrueRep;

/**
 * Scores detected reps against true ones, accumulated over many sessions: rep F1, boundary error and pace error.
 * A detected rep matches a true one when they overlap by at least half of the longer of the two (one-to-one, best
 * overlap first). Reusable for real files, where the truth is the laps of a session run with the lap button.
 */
public final class RepScore {
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int sessions;
    private int negativeSessions;
    private int negativeSessionsWithReps;
    private final List<Double> boundaryErrorsS = new ArrayList<>();
    private final List<Double> paceErrorsSPerKm = new ArrayList<>();

    /** Adds one session. An empty truth is a negative: any detected rep there is a false positive. */
    public RepScore add(List<TrueRep> truth, List<Rep> detected) {
        sessions++;
        if (truth.isEmpty()) {
            negativeSessions++;
            if (!detected.isEmpty()) {
                negativeSessionsWithReps++;
            }
        }
        boolean[] used = new boolean[detected.size()];
        int matched = 0;
        for (TrueRep t : truth) {
            int best = -1;
            double bestOverlap = 0;
            for (int j = 0; j < detected.size(); j++) {
                if (used[j]) {
                    continue;
                }
                Rep d = detected.get(j);
                double overlap = Math.min(t.endS(), d.endS()) - Math.max(t.startS(), d.startS());
                double longer = Math.max(t.durationS(), d.endS() - d.startS());
                if (overlap >= 0.5 * longer && overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                falseNegatives++;
                continue;
            }
            used[best] = true;
            matched++;
            Rep d = detected.get(best);
            boundaryErrorsS.add(Math.abs(d.startS() - t.startS()));
            boundaryErrorsS.add(Math.abs(d.endS() - t.endS()));
            double truePace = 1000.0 * t.durationS() / t.distanceM();
            double pace = 1000.0 * d.durationS() / d.distanceM();
            paceErrorsSPerKm.add(Math.abs(pace - truePace));
        }
        truePositives += matched;
        falsePositives += detected.size() - matched;
        return this;
    }

    public double f1() {
        int denom = 2 * truePositives + falsePositives + falseNegatives;
        return denom == 0 ? 1.0 : 2.0 * truePositives / denom;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : truePositives / (double) (truePositives + falseNegatives);
    }

    public double medianBoundaryErrorS() {
        return quantile(boundaryErrorsS, 0.5);
    }

    public double p90BoundaryErrorS() {
        return quantile(boundaryErrorsS, 0.9);
    }

    public double medianPaceErrorSPerKm() {
        return quantile(paceErrorsSPerKm, 0.5);
    }

    public double p90PaceErrorSPerKm() {
        return quantile(paceErrorsSPerKm, 0.9);
    }

    public int negativeSessions() {
        return negativeSessions;
    }

    public int negativeSessionsWithReps() {
        return negativeSessionsWithReps;
    }

    private static double quantile(List<Double> xs, double q) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[(int) Math.min(a.length - 1, Math.floor(q * a.length))];
    }

    /** One block, for a test's output. */
    public String report(String title) {
        return String.format(Locale.ROOT, """
                ==== %s ====
                sessions            %d (negatives %d)
                reps                TP %d  FP %d  FN %d
                rep F1              %.4f  (precision %.4f, recall %.4f)
                boundary error      median %.2f s, p90 %.2f s
                rep pace error      median %.2f s/km, p90 %.2f s/km
                negatives with reps %d of %d
                """, title, sessions, negativeSessions, truePositives, falsePositives, falseNegatives, f1(),
                precision(), recall(), medianBoundaryErrorS(), p90BoundaryErrorS(), medianPaceErrorSPerKm(),
                p90PaceErrorSPerKm(), negativeSessionsWithReps, negativeSessions);
    }
}
