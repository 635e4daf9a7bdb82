package org.repcheck.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.repcheck.model.DistanceBasis;

/**
 * Snaps measured rep distances to the nominal distances runners actually set (docs/science.md §2): a GPS 403.1 m is a
 * 400 m rep, and judging it on 403.1 m would move its pace by 1.8 s/km for nothing. A measured distance snaps when
 * it lies within max(10 m, 4 %) of a nominal one; when it is near two (1550 m: 1500 or 1600), the one most reps of
 * the session can snap to wins, because a session repeats its distance far more often than it changes it.
 */
public final class DistanceSnapper {
    public static final double MILE_M = 1609.344;

    /** The distances coaches set, metres. */
    public static final List<Double> NOMINAL_M =
            List.of(200.0, 300.0, 400.0, 500.0, 600.0, 800.0, 1000.0, 1200.0, 1500.0, 1600.0, MILE_M, 2000.0, 3000.0);

    /** One rep's judged distance. */
    public record Snap(double distanceM, double measuredDistanceM, DistanceBasis basis, OptionalDouble nominalM) {
    }

    private DistanceSnapper() {
    }

    /** max(10 m, 4 %) of the nominal distance. */
    public static double toleranceM(double nominalM) {
        return Math.max(10.0, 0.04 * nominalM);
    }

    public static boolean near(double measuredM, double nominalM) {
        return Math.abs(measuredM - nominalM) <= toleranceM(nominalM);
    }

    /** Snaps one distance on its own (nearest nominal within tolerance). */
    public static Snap snap(double measuredM) {
        return snapAll(new double[] {measuredM}).get(0);
    }

    /**
     * Snaps the reps of one session together. Each nominal is ranked by how many reps it could take, then by how
     * close those reps are to it in total (1600 m and 1 mile are 9 m apart, so their votes often tie); each rep
     * takes the best-ranked nominal within its tolerance.
     */
    public static List<Snap> snapAll(double[] measuredM) {
        Map<Double, Integer> votes = new HashMap<>();
        Map<Double, Double> residual = new HashMap<>();
        for (double d : measuredM) {
            for (double nom : NOMINAL_M) {
                if (near(d, nom)) {
                    votes.merge(nom, 1, Integer::sum);
                    residual.merge(nom, Math.abs(d - nom), Double::sum);
                }
            }
        }
        List<Snap> out = new ArrayList<>(measuredM.length);
        for (double d : measuredM) {
            double best = Double.NaN;
            for (double nom : NOMINAL_M) {
                if (near(d, nom) && (Double.isNaN(best) || better(nom, best, votes, residual))) {
                    best = nom;
                }
            }
            out.add(Double.isNaN(best)
                    ? new Snap(d, d, DistanceBasis.MEASURED, OptionalDouble.empty())
                    : new Snap(best, d, DistanceBasis.SNAPPED, OptionalDouble.of(best)));
        }
        return out;
    }

    private static boolean better(double a, double b, Map<Double, Integer> votes, Map<Double, Double> residual) {
        int va = votes.get(a);
        int vb = votes.get(b);
        return va != vb ? va > vb : residual.get(a) < residual.get(b);
    }

    /**
     * Mean relative distance from each measured distance to its snap; a rep that did not snap counts as 6 % off
     * (just beyond the tolerance), so one GPS-stretched rep does not make a whole session "not distance-based".
     */
    static double meanRelativeResidual(double[] measuredM) {
        List<Snap> snaps = snapAll(measuredM);
        double sum = 0;
        for (Snap s : snaps) {
            sum += s.basis() == DistanceBasis.SNAPPED ? Math.abs(s.measuredDistanceM() - s.distanceM()) / s.distanceM() : 0.06;
        }
        return sum / Math.max(1, snaps.size());
    }
}
