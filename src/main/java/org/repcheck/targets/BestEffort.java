package org.repcheck.targets;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;
import org.repcheck.model.Activity;
import org.repcheck.model.Channel;
import org.repcheck.model.Samples;
import org.repcheck.model.TimeTrial;

/**
 * A time trial taken from a recorded activity ({@code --tt-file}): the whole activity, or ({@code --tt-distance})
 * the fastest continuous stretch of that distance inside it. The TT is dated with the activity's start (UTC).
 */
public final class BestEffort {
    private BestEffort() {
    }

    public static TimeTrial of(Activity activity, OptionalDouble distanceM) throws TargetException {
        String file = activity.source();
        if (!activity.hasTimeAxis()) {
            throw new TargetException(file + ": has no times, so it cannot be a time trial; use a recorded run, or --tt 5k=20:00");
        }
        Samples s = activity.samples();
        if (!s.has(Channel.DISTANCE)) {
            throw new TargetException(file + ": has no distance data, so it cannot be a time trial; use --tt 5k=20:00 instead");
        }
        Optional<LocalDate> date = activity.start().map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC));
        // Only samples with both a time and a distance count; distance must not run backwards.
        int n = s.size();
        double[] t = new double[n];
        double[] d = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            double ti = s.time(i);
            double di = s.distance(i);
            if (Double.isNaN(ti) || Double.isNaN(di) || (m > 0 && (ti < t[m - 1] || di < d[m - 1]))) {
                continue;
            }
            t[m] = ti;
            d[m] = di;
            m++;
        }
        if (m < 2) {
            throw new TargetException(file + ": has too few timed samples to be a time trial; use --tt 5k=20:00 instead");
        }
        double covered = d[m - 1] - d[0];
        if (distanceM.isEmpty()) {
            double time = activity.timerS() > 0 ? activity.timerS() : t[m - 1] - t[0];
            return TimeTrialSpec.of(covered, time, date);
        }
        double target = distanceM.getAsDouble();
        if (covered < target) {
            throw new TargetException(String.format(java.util.Locale.ROOT,
                    "%s: covers %.0f m, shorter than the %s asked for; give a shorter --tt-distance or another file",
                    file, covered, TimeTrialSpec.describeDistance(target)));
        }
        // Scanned both ways so that either end of the best stretch may fall between samples.
        double[] rt = new double[m];
        double[] rd = new double[m];
        for (int k = 0; k < m; k++) {
            rt[k] = -t[m - 1 - k];
            rd[k] = -d[m - 1 - k];
        }
        double best = Math.min(fastest(t, d, m, target), fastest(rt, rd, m, target));
        return TimeTrialSpec.of(target, best, date);
    }

    /**
     * The shortest time to cover {@code target} metres: for every sample j as the end, the start is where the
     * cumulative distance was {@code d[j] − target}, interpolated between the samples around it; the start index
     * only moves forward, so the scan is linear.
     */
    static double fastest(double[] t, double[] d, int m, double target) {
        double best = Double.POSITIVE_INFINITY;
        int i = 0;
        for (int j = 1; j < m; j++) {
            double startDist = d[j] - target;
            if (startDist < d[0]) {
                continue;
            }
            while (i + 1 < j && d[i + 1] <= startDist) {
                i++;
            }
            // d[i] <= startDist < d[i+1] (or d[i+1] == d[i] at a standstill).
            double span = d[i + 1] - d[i];
            double startTime = span > 0 ? t[i] + (t[i + 1] - t[i]) * (startDist - d[i]) / span : t[i];
            best = Math.min(best, t[j] - Math.min(startTime, t[i + 1]));
        }
        return best;
    }
}
